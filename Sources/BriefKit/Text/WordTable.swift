import Foundation

/// A map from words to values, keyed by the words' UTF-8 bytes: for look-ups made for every
/// word of the corpus (word lists, the corpus's vocabulary), where a `Dictionary` keyed by
/// `String` or `Substring` would hash each word with SipHash and, for a `Substring`, through
/// Unicode normalisation. The corpus's text is NFC-normalised when read, so equal bytes are
/// equal words. Open addressing with linear probing; the words' bytes in one array.
struct WordTable<Value: Sendable>: Sendable {
    /// Each held word's bytes, one word after another.
    private var bytes: [UInt8] = []
    /// Where each held word starts in `bytes`; one more entry, the end.
    private var starts: [Int] = [0]
    private var hashes: [UInt64] = []
    private var values: [Value] = []
    /// The entry in each place, -1 for an empty place.
    private var places: [Int32]
    private var mask: Int

    /// The number of words held.
    var count: Int { values.count }

    /// An empty table with room for `minimumCapacity` words before it first grows.
    init(minimumCapacity: Int = 0) {
        var capacity = 16
        while capacity * 7 < max(minimumCapacity, 1) * 10 { capacity *= 2 }
        places = [Int32](repeating: -1, count: capacity)
        mask = capacity - 1
    }

    /// The table of `entries`.
    init(_ entries: [String: Value]) {
        self.init(minimumCapacity: entries.count)
        // Keys in order, so that the table's layout is the same on every run.
        for (word, value) in entries.sorted(by: { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }) {
            insert(word, value)
        }
    }

    /// The value held for `word`, or nil.
    subscript(word: String) -> Value? {
        var word = word
        return word.withUTF8 { self[bytes: $0] }
    }

    /// The value held for the word with these UTF-8 bytes, or nil.
    subscript(bytes word: UnsafeBufferPointer<UInt8>) -> Value? {
        let place = find(word, hash: Self.hash(word))
        let entry = places[place]
        return entry >= 0 ? values[Int(entry)] : nil
    }

    /// Holds `value` for `word` unless the table holds the word already.
    mutating func insert(_ word: String, _ value: Value) {
        var word = word
        word.withUTF8 { insert(bytes: $0, value) }
    }

    /// Holds `value` for the word with these UTF-8 bytes unless the table holds it already.
    mutating func insert(bytes word: UnsafeBufferPointer<UInt8>, _ value: Value) {
        let hash = Self.hash(word)
        let place = find(word, hash: hash)
        guard places[place] < 0 else { return }
        places[place] = Int32(values.count)
        bytes.append(contentsOf: word)
        starts.append(bytes.count)
        hashes.append(hash)
        values.append(value)
        if values.count * 10 > places.count * 7 { grow() }
    }

    /// Holds every word of `other` this table does not hold yet, with `other`'s value, in
    /// the order `other` took them.
    mutating func formUnion(_ other: WordTable) {
        other.bytes.withUnsafeBufferPointer { otherBytes in
            for entry in other.values.indices {
                insert(
                    bytes: UnsafeBufferPointer(rebasing: otherBytes[other.starts[entry]..<other.starts[entry + 1]]),
                    other.values[entry])
            }
        }
    }

    /// The place that holds `word`, or the empty place where it would go.
    private func find(_ word: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int {
        var place = Int(truncatingIfNeeded: hash) & mask
        while true {
            let entry = Int(places[place])
            if entry < 0 { return place }
            if hashes[entry] == hash, holds(entry, word) { return place }
            place = (place + 1) & mask
        }
    }

    private func holds(_ entry: Int, _ word: UnsafeBufferPointer<UInt8>) -> Bool {
        let (start, end) = (starts[entry], starts[entry + 1])
        guard end - start == word.count else { return false }
        return bytes.withUnsafeBufferPointer { held in
            word.isEmpty || memcmp(held.baseAddress! + start, word.baseAddress!, word.count) == 0
        }
    }

    private mutating func grow() {
        places = [Int32](repeating: -1, count: places.count * 2)
        mask = places.count - 1
        for (entry, hash) in hashes.enumerated() {
            var place = Int(truncatingIfNeeded: hash) & mask
            while places[place] >= 0 { place = (place + 1) & mask }
            places[place] = Int32(entry)
        }
    }

    /// FNV-1a over the bytes, then SplitMix64's finaliser (the low bits pick the place).
    static func hash(_ word: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in word { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }
        hash = (hash ^ (hash >> 30)) &* 0xBF58_476D_1CE4_E5B9
        hash = (hash ^ (hash >> 27)) &* 0x94D0_49BB_1331_11EB
        return hash ^ (hash >> 31)
    }
}

extension WordTable where Value == Bool {
    /// True when the table holds the word with these UTF-8 bytes.
    func contains(bytes word: UnsafeBufferPointer<UInt8>) -> Bool { self[bytes: word] != nil }

    /// True when the table holds `word`.
    func contains(_ word: String) -> Bool { self[word] != nil }
}

extension WordTable: Equatable where Value: Equatable {
    /// True when both tables hold the same words with the same values, in any order.
    static func == (lhs: WordTable, rhs: WordTable) -> Bool {
        guard lhs.count == rhs.count else { return false }
        return lhs.bytes.withUnsafeBufferPointer { bytes in
            lhs.values.indices.allSatisfy { entry in
                rhs[bytes: UnsafeBufferPointer(rebasing: bytes[lhs.starts[entry]..<lhs.starts[entry + 1]])] == lhs.values[entry]
            }
        }
    }
}

/// For each item of a list, the first item equal to it: texts reprinted word for word (wire
/// copy), found by a hash and then compared, so that what is found in a text alone is found
/// once and copied to its repeats.
///
/// The first occurrence is the earliest in list order, so the answer is the same on any
/// number of cores. Hashes are made on every core; their seed changes from run to run, which
/// only changes which items are compared, never the answer (equal items hash alike).
struct FirstOccurrences: Sendable {
    /// `originals[i]`: the first item equal to item `i`; `i` itself when none before it is.
    let originals: [Int32]

    /// The first occurrences among `count` items, `hash(i)` being item i's hash and
    /// `equal(i, j)` telling whether two items with the same hash are equal.
    init(count: Int, hash: (Int) -> UInt64, equal: (Int, Int) -> Bool) {
        let hashes = Array(0..<count).parallelMap(grain: 4_096, hash)
        var originals = [Int32](repeating: 0, count: count)
        // In shards by the hashes' top bits, on every core: items with the same hash are in
        // one shard, which takes them in list order (each shard reads every hash, which costs
        // little next to the look-ups).
        let shardBits = count >= 65_536 ? 3 : 0
        originals.withUnsafeMutableBufferPointer { output in
            let output = UncheckedSendable(output)
            concurrentChunks(count: 1 << shardBits, parallelFrom: 2) { shards in
                for shard in shards {
                    var firstWithHash = HashedKeyTable(minimumCapacity: count >> shardBits)
                    for i in 0..<count where shardBits == 0 || Int(hashes[i] >> (64 - UInt64(shardBits))) == shard {
                        guard let earlier = firstWithHash[hashes[i]] else {
                            firstWithHash.insert(Int32(i), for: hashes[i])
                            output.value[i] = Int32(i)
                            continue
                        }
                        // Another item with the same hash (rare) stays its own original.
                        output.value[i] = equal(Int(earlier), i) ? earlier : Int32(i)
                    }
                }
            }
        }
        self.originals = originals
    }

    /// The first occurrences of `texts`, equal meaning the same bytes.
    init(texts: [String]) {
        self.init(count: texts.count, hash: { Self.hash(ofBytes: texts[$0]) }, equal: { Self.sameBytes(texts[$0], texts[$1]) })
    }

    /// True when item `i` is the first of its kind.
    func isOriginal(_ i: Int) -> Bool { Int(originals[i]) == i }

    /// Every item's value from its original's: `own[i]` matters only for first occurrences.
    func spread<T: Sendable>(_ own: [T]) -> [T] {
        Array(originals.indices).parallelMap(grain: 4_096) { own[Int(originals[$0])] }
    }

    /// `value` of every item, made on every core for first occurrences only; a repeat gets
    /// its original's.
    func values<T: Sendable>(grain: Int, _ value: (Int) -> T) -> [T] {
        let own = Array(originals.indices).parallelMap(grain: grain) { isOriginal($0) ? value($0) : nil }
        return Array(originals.indices).parallelMap(grain: 4_096) { own[Int(originals[$0])]! }
    }

    /// A hash of `text`'s UTF-8 bytes.
    static func hash(ofBytes text: String) -> UInt64 {
        var hasher = Hasher()
        var text = text
        text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        return UInt64(bitPattern: Int64(hasher.finalize()))
    }

    /// True when `a` and `b` are the same bytes (not only canonically equal, as `==` says:
    /// what is found in a text keeps byte positions in it).
    static func sameBytes(_ a: String, _ b: String) -> Bool {
        var (a, b) = (a, b)
        guard a.utf8.count == b.utf8.count else { return false }
        return a.withUTF8 { x in b.withUTF8 { y in x.elementsEqual(y) } }
    }
}

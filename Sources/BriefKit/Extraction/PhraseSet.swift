/// A fixed set of phrases to look for in texts, by their bytes: each phrase is tried only where
/// the text holds its first two bytes, so one pass over a text tests every phrase (instead of
/// one pass per phrase).
struct PhraseSet: Sendable {
    /// Phrases (UTF-8) of two bytes or more, in groups of the same first two bytes.
    private let groups: [[[UInt8]]]
    /// For each pair of bytes, 1 + the group of phrases that open with it; 0 for none. An
    /// array read where a dictionary would hash the pair (the look-up is made at every place
    /// of a text that passes `pairs`).
    private let groupOfPair: [UInt16]
    /// Whether a byte is a one-byte phrase.
    private let singles: [Bool]
    /// Whether a byte opens any phrase: most positions of a text are rejected by this alone.
    private let opens: [Bool]
    /// Whether two bytes open any longer phrase, one bit per pair: a position whose first byte
    /// opens a phrase (a common letter) is then rejected without a dictionary look-up.
    private let pairs: [UInt64]

    init(_ phrases: [String]) {
        var byOpening: [UInt16: [[UInt8]]] = [:]
        var singles = [Bool](repeating: false, count: 256)
        for phrase in phrases {
            let bytes = Array(phrase.utf8)
            if bytes.count == 1 {
                singles[Int(bytes[0])] = true
            } else if bytes.count > 1 {
                byOpening[UInt16(bytes[0]) << 8 | UInt16(bytes[1]), default: []].append(bytes)
            }
        }
        var groups: [[[UInt8]]] = []
        var groupOfPair = [UInt16](repeating: 0, count: 65_536)
        for pair in byOpening.keys.sorted() {
            groups.append(byOpening[pair]!)
            groupOfPair[Int(pair)] = UInt16(groups.count)
        }
        self.groups = groups
        self.groupOfPair = groupOfPair
        self.singles = singles
        var opens = [Bool](repeating: false, count: 256)
        for phrase in phrases { if let first = phrase.utf8.first { opens[Int(first)] = true } }
        self.opens = opens
        var pairs = [UInt64](repeating: 0, count: 65_536 / 64)
        for pair in byOpening.keys { pairs[Int(pair >> 6)] |= 1 << (pair & 63) }
        self.pairs = pairs
    }

    /// True when `text` contains any of the phrases (an empty phrase set contains none).
    func occurs(in text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            guard !bytes.isEmpty else { return false }
            for i in 0..<bytes.count where opens[Int(bytes[i])] {
                if singles[Int(bytes[i])] { return true }
                guard i + 1 < bytes.count else { continue }
                let pair = UInt16(bytes[i]) << 8 | UInt16(bytes[i + 1])
                guard pairs[Int(pair >> 6)] & (1 << (pair & 63)) != 0 else { continue }
                let group = Int(groupOfPair[Int(pair)])
                guard group > 0 else { continue }
                for phrase in groups[group - 1] where i + phrase.count <= bytes.count {
                    var k = 2
                    while k < phrase.count && bytes[i + k] == phrase[k] { k += 1 }
                    if k == phrase.count { return true }
                }
            }
            return false
        }
    }
}

import Testing

@testable import BriefKit

/// First occurrences are found in shards on every core once a list is long; the answer is the
/// one a single pass in list order gives, hash collisions included.
@Suite struct FirstOccurrencesTests {
    /// The single pass: the first item with each hash, and an item equal to it.
    static func serialOriginals(count: Int, hash: (Int) -> UInt64, equal: (Int, Int) -> Bool) -> [Int32] {
        var firstWithHash: [UInt64: Int] = [:]
        return (0..<count).map { i in
            guard let earlier = firstWithHash[hash(i)] else {
                firstWithHash[hash(i)] = i
                return Int32(i)
            }
            return equal(earlier, i) ? Int32(earlier) : Int32(i)
        }
    }

    @Test func shardsGiveWhatOnePassGives() {
        // 100,000 items over 7,919 values: long enough for shards, with many repeats.
        let values = (0..<100_000).map { ($0 * 7_907) % 7_919 }
        // A good hash, and a poor one under which different values collide.
        let hashes: [(Int) -> UInt64] = [
            { UInt64(values[$0]) &* 0x9E37_79B9_7F4A_7C15 },
            { UInt64(values[$0] % 613) &* 0x9E37_79B9_7F4A_7C15 },
        ]
        for hash in hashes {
            let equal = { (i: Int, j: Int) in values[i] == values[j] }
            let found = FirstOccurrences(count: values.count, hash: hash, equal: equal).originals
            #expect(found == Self.serialOriginals(count: values.count, hash: hash, equal: equal))
        }
        // With the good hash, each item's original is the first item of its value.
        let firstOfValue = Dictionary(values.enumerated().map { ($1, $0) }, uniquingKeysWith: min)
        let originals = FirstOccurrences(count: values.count, hash: hashes[0], equal: { values[$0] == values[$1] }).originals
        #expect(originals.indices.allSatisfy { Int(originals[$0]) == firstOfValue[values[$0]] })
    }
}

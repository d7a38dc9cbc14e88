import BriefBenchmarkKit
import Testing

@testable import BriefKit

/// The byte-keyed word table answers as a `Dictionary` keyed by the same (NFC) words would.
@Suite struct WordTableTests {
    /// Words from pieces that share prefixes, lengths and bytes, ASCII and beyond.
    static func words(_ count: Int, seed: UInt64) -> [String] {
        let pieces = ["a", "b", "ab", "é", "ß", "日", "-", "’", "said", "x", "9", "ﬁ"]
        var random = SplitMix64(seed: seed)
        return (0..<count).map { _ in random.text(of: pieces, count: 0...6) }
    }

    @Test func lookUpsAgreeWithADictionaryAcrossGrowth() {
        var table = WordTable<Int>()
        var reference: [String: Int] = [:]
        for (value, word) in Self.words(20_000, seed: 1).enumerated() {
            table.insert(word, value)
            if reference[word] == nil { reference[word] = value }  // the first value stays
        }
        #expect(table.count == reference.count)
        #expect(reference.count > 1_000)
        for word in Self.words(20_000, seed: 2) { #expect(table[word] == reference[word], "\(word.debugDescription)") }
        #expect(WordTable(reference) == table)
    }

    @Test func unionHoldsEveryWordOnceAndEqualityIgnoresOrder() {
        let (first, second) = (Self.words(3_000, seed: 3), Self.words(3_000, seed: 4))
        var a = WordTable<Bool>()
        for word in first { a.insert(word, true) }
        var b = WordTable<Bool>()
        for word in second { b.insert(word, true) }
        var joined = a
        joined.formUnion(b)
        #expect(joined.count == Set(first + second).count)
        var reversed = WordTable<Bool>()
        for word in (first + second).reversed() { reversed.insert(word, true) }
        #expect(joined == reversed)
        #expect(joined != a)
        #expect(joined.contains("") == (first + second).contains(""))
        #expect(!joined.contains("never-a-word"))
    }
}

import BriefBenchmarkKit
import Testing

@testable import BriefKit

/// The segmenter's quick checks give what the words they stand for give.
@Suite struct ScalarTextTests {
    @Test func wordsAreCountedAsTheyAreMade() {
        var random = SplitMix64(seed: 41)
        for _ in 0..<2_000 {
            let text = ScalarText(random.text(of: ["a", "Bc", "1.", "é", " ", "  ", "\u{A0}", "\t", "“", "•"], count: 0...14))
            let lower = random.int(in: 0...text.count)
            let range = lower..<random.int(in: lower...text.count)
            for limit in 1...4 {
                #expect(text.wordCount(range, limit: limit) == text.words(range, limit: limit).count)
            }
        }
    }

    /// The word before a full stop, without it: single letters joined by dots.
    @Test func aDottedAcronymHasADotBetweenEachLetter() {
        for word in ["U.S", "a.m", "J.D", "e.g"] { #expect(ScalarText.isDottedAcronym(word), "\(word)") }
        for word in ["US", "U", "", ".", "U..S", "U.S.", "Mr.", "3.5", "USA.S"] { #expect(!ScalarText.isDottedAcronym(word), "\(word)") }
    }
}

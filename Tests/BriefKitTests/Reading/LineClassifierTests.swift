import BriefBenchmarkKit
import Testing

@testable import BriefKit

@Suite struct LineClassifierTests {
    /// Tidying as the definition says: the runs of non-space scalars, joined by one space.
    private func reference(_ line: String) -> String {
        var words: [String] = []
        var word = String.UnicodeScalarView()
        for scalar in line.unicodeScalars {
            if scalar.properties.isWhitespace {
                if !word.isEmpty { words.append(String(word)); word = String.UnicodeScalarView() }
            } else {
                word.append(scalar)
            }
        }
        if !word.isEmpty { words.append(String(word)) }
        return words.joined(separator: " ")
    }

    @Test func tidyCollapsesEveryKindOfWhiteSpace() {
        #expect(LineClassifier.tidy("  Talks\t resume \u{A0}on\u{2009}Monday.\u{3000}") == "Talks resume on Monday.")
        #expect(LineClassifier.tidy("") == "")
        #expect(LineClassifier.tidy(" \u{2028} ") == "")
        // Seeded lines of words, every kind of white space, quotes, emoji and combining marks.
        var generator = SplitMix64(seed: 9)
        let pieces = [
            "a", "Zoë", "e\u{301}", "“", "’", "😀", "—", " ", "  ", "\t", "\u{A0}", "\u{85}", "\u{1680}",
            "\u{2002}", "\u{200A}", "\u{200B}", "\u{202F}", "\u{205F}", "\u{3000}", "\r", "東京",
        ]
        for _ in 0..<3_000 {
            let line = (0..<Int.random(in: 0...10, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            #expect(LineClassifier.tidy(Substring(line)) == reference(line), "\(line.debugDescription)")
        }
    }

    @Test func wordCountUpToALimitStopsThere() {
        var generator = SplitMix64(seed: 4)
        let pieces = ["a", "Zoë", " ", "  ", "\t", "\u{A0}", "\u{3000}", "—", "😀"]
        for _ in 0..<1_000 {
            let line = (0..<Int.random(in: 0...30, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            // The words as the definition says: the runs between white-space scalars.
            let count = line.unicodeScalars.split { $0.properties.isWhitespace }.count
            #expect(LineClassifier.wordCount(line) == count)
            for limit in 0...12 { #expect(LineClassifier.wordCount(line, upTo: limit) == min(count, limit)) }
        }
    }

    @Test func linesSplitAtLineFeedsAndAreTidied() {
        #expect(ArticleStructure.lines(of: "Headline \n\n  First  line.\nSecond\u{A0}line\n") == ["Headline", "", "First line.", "Second line", ""])
        #expect(ArticleStructure.lines(of: "") == [""])
    }
}

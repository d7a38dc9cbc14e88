import BriefBenchmarkKit
import Testing

@testable import BriefKit

/// The corpus's lower-case words, which tell an ordinary word opening a sentence from a name,
/// are read in the UTF-8 bytes; they must be the words a walk over the scalars finds.
@Suite struct LowercaseWordsTests {
    private static func reference(_ text: String) -> [Substring] {
        var words: [Substring] = []
        let scalars = text.unicodeScalars
        var start: String.Index?
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            if scalar.properties.isAlphabetic || scalar == "-" || scalar == "’" || scalar == "'" {
                if start == nil { start = index }
            } else if let from = start {
                if scalars[from].properties.isLowercase { words.append(text[from..<index]) }
                start = nil
            }
            index = scalars.index(after: index)
        }
        if let from = start, scalars[from].properties.isLowercase { words.append(text[from...]) }
        return words
    }

    @Test func theByteScanFindsTheWordsOfTheScalarWalk() {
        let pieces = [
            "storm", "Storm", "élan", "Élan", "ßig", "o’clock", "O'Neill", "-", "’", "'", " ", ",", "5", "well-known", "ﬁne",
            "e\u{301}", "日本", "αβγ", "Ωmega", "—", "\u{200D}", "💥", "\n", "x",
        ]
        var random = SplitMix64(seed: 5)
        var words = 0
        for _ in 0..<5_000 {
            let text = random.text(of: pieces, count: 1...7)
            var found: [Substring] = []
            var bytes = text
            let utf8 = text.utf8
            bytes.withUTF8 { bytes in
                MentionFinder.lowercaseWordRanges(in: bytes) { range in
                    found.append(text[utf8.index(utf8.startIndex, offsetBy: range.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: range.upperBound)])
                }
            }
            let expected = Self.reference(text)
            #expect(found == expected, "\(text.debugDescription)")
            #expect(found.map(\.startIndex) == expected.map(\.startIndex))
            words += found.count
        }
        #expect(words > 2_000)
    }

    /// A corpus's vocabulary is the same read from every sentence or from first occurrences
    /// only (reprints add no word).
    @Test func reprintsAddNoWordToTheVocabulary() {
        let context = ParagraphTwinsTests.context([
            [ParagraphTwinsTests.wire, ParagraphTwinsTests.other], [ParagraphTwinsTests.wire],
            [ParagraphTwinsTests.composed, ParagraphTwinsTests.decomposed, ParagraphTwinsTests.other],
        ])
        let originals = FirstOccurrences(texts: context.corpus.sentences.map(\.text))
        #expect(originals.originals.enumerated().contains { $0.offset != Int($0.element) })
        let all = MentionFinder(corpus: context.corpus).lowercaseVocabulary
        #expect(MentionFinder(corpus: context.corpus, originals: originals).lowercaseVocabulary == all)
        #expect(all.contains("said") && all.contains("owner"))
    }
}

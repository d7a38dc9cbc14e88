import Testing

@testable import BriefKit

/// The quote scanner goes from mark to mark, found on the text's bytes, and the extractor
/// counts a quotation's words only up to the least a quote needs; these tests hold both to
/// the character readings they replace.
@Suite struct QuoteMarksTests {
    static let texts = [
        "", "No marks at all.", "\"", "“", "”", "He said: “We are ready.”", "“Open and never closed",
        "Straight \"quotes\" and “curly” ones", "Apostrophes’ and dashes — and ‘single’ marks are not marks",
        "Emoji 🇺🇦 then “a quote” then \"another\"", "Ça “déjà” vu… “naïve”", "“”\"\"“”", "e\u{301}“x”",
        "Marcia \"Cia\" Price said “we will”", "“Nested “hell” inside,” he said.", "‚low‘ „German“ marks",
        "\u{2028}“line”\u{2029}", "…”", "\"\"\"",
    ]

    /// Where the scalars that are quote marks stand, read scalar by scalar.
    static func referenceMarks(in text: String) -> [String.Index] {
        let scalars = text.unicodeScalars
        return scalars.indices.filter { ["“", "”", "\""].contains(scalars[$0]) }
    }

    @Test func marksAreFoundWhereTheScalarsAre() {
        for text in Self.texts {
            let found = QuoteScanner.markIndices(in: text)
            let expected = Self.referenceMarks(in: text)
            #expect(found.map { $0.utf16Offset(in: text) } == expected.map { $0.utf16Offset(in: text) }, "\(text)")
            #expect(found.map { text.unicodeScalars[$0] } == expected.map { text.unicodeScalars[$0] }, "\(text)")
        }
    }

    @Test func wordCountStopsAtTheLeastButAgreesWithSplitting() {
        let texts = [
            "", " ", "one", "one two three four five", "one two three four five six", "  one\ttwo\nthree  four\r\nfive six seven ",
            "a\u{301} b c d e", " \u{301}a b c d e f", "one—two three… four", "quatre mots très “longs”", "\u{2028}a b c d e f\u{2029}",
        ]
        for text in texts {
            let words = text.split(whereSeparator: \.isWhitespace).count
            for least in 0...8 {
                #expect(QuoteExtractor.hasWords(text, atLeast: least) == (words >= least), "\(text) \(least)")
            }
        }
    }

    @Test func scannedSpansAreUnchangedAroundMarksInLongText() {
        // A long paragraph with marks far apart: the spans are those the marks make.
        let filler = String(repeating: "The committee met again on Tuesday and adjourned. ", count: 40)
        let paragraph = filler + "“We will vote on Friday,” the chair said. " + filler + "He called it \"a long week\" again."
        let spans = QuoteScanner().spans(in: [paragraph])
        #expect(spans.map(\.text) == ["We will vote on Friday,", "a long week"])
        #expect(spans.allSatisfy { $0.closed })
    }
}

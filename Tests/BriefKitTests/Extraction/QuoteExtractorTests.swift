import BriefBenchmarkKit
import Testing

@testable import BriefKit

@Suite struct QuoteExtractorTests {
    private func quotes(_ articles: [(String, String)]) throws -> [Quote] {
        try BriefBuilder().build(documents: TestSupport.documents(articles), date: BriefDate("2025-03-05")!).quotes
    }

    @Test func speakerAfterBeforeAndByPronoun() throws {
        let found = try quotes([
            (
                "a",
                """
                Defence Secretary John Healey arrived on Tuesday.
                “We are here to listen and to work with our allies,” he said.
                Healey added: “The relationship is as strong as it has ever been.”
                “Nobody wants this war to last another winter,” said Mr Healey.
                President Donald Trump disagreed. “They have to make a deal very soon or else,” Mr Trump told reporters.
                """
            )
        ])
        let bySpeaker = Dictionary(grouping: found, by: { $0.speaker ?? "-" })
        #expect(bySpeaker["John Healey"]?.count == 3)
        #expect(bySpeaker["Donald Trump"]?.map(\.text) == ["They have to make a deal very soon or else"])
    }

    @Test func leadInOnThePreviousLineAndAMultiParagraphQuote() throws {
        let found = try quotes([
            (
                "a",
                """
                Foreign Minister Anna Berg spoke after the meeting, stating:
                “We came with a plan and we leave with a plan.
                “Now the hard work starts, and it will take months.”
                """
            )
        ])
        #expect(found.count == 1)
        #expect(found.first?.text == "We came with a plan and we leave with a plan. Now the hard work starts, and it will take months.")
        #expect(found.first?.speaker == "Anna Berg")
    }

    @Test func aQuoteContinuesOnlyAfterASentenceEnd() throws {
        // An unclosed piece ending mid-sentence is not joined to the next quoted paragraph:
        // the joined text would not be anything the source says.
        let paragraphs = [
            "Mayor Ruth Okafor said the plan was “a step in the right direction, but",
            "“Nobody in this city should pay twice for the same water,” said councillor Ben Adler.",
        ]
        let spans = QuoteScanner().spans(in: paragraphs)
        #expect(
            spans.map(\.text) == [
                "a step in the right direction, but", "Nobody in this city should pay twice for the same water,",
            ])
        let continued = QuoteScanner().spans(in: ["She said: “We are ready to talk?", "“We are waiting.”"])
        #expect(continued.map(\.text) == ["We are ready to talk? We are waiting."])
    }

    @Test func scareQuotesAndTitlesAreNotQuotesButCuedPhrasesAre() throws {
        let found = try quotes([
            (
                "a",
                """
                The deal is a “special relationship” in name only, and critics called it a “dictator” move. The host of “The Morning Show” was there.
                Minister Anna Berg called the plan “a disaster” on Monday.
                The ministry issued a statement, which stated: “The ministry does not comment on leaked documents of any kind.”
                """
            )
        ])
        #expect(
            found.map(\.text).sorted() == ["The ministry does not comment on leaked documents of any kind.", "a disaster", "dictator"].sorted())
        // "critics called it": a description; the document's author is its publisher.
        #expect(found.first { $0.text == "a disaster" }?.speaker == "Anna Berg")
        #expect(found.first { $0.text == "dictator" }.map { [$0.speaker, $0.speakerKind?.rawValue] } == ["critics", "description"])
        #expect(found.first { $0.text.hasPrefix("The ministry") }.map { [$0.speaker, $0.speakerKind?.rawValue] } == ["the ministry", "description"])
    }

    @Test func theSameQuoteAcrossOutletsIsOneQuoteCreditedToAll() throws {
        let found = try quotes([
            ("a", "Minister Anna Berg spoke. “We will not sign a deal that leaves farmers worse off,” she said."),
            ("b", "Berg said: “We will not sign a deal that leaves farmers worse off. The talks go on.”"),
            ("c", "Anna Berg, the Trade Minister, said she would “not sign a deal that leaves farmers worse off” today."),
        ])
        #expect(found.count == 1)
        #expect(found.first?.text == "We will not sign a deal that leaves farmers worse off. The talks go on.")
        #expect(found.first?.sources == ["a", "b", "c"])
        #expect(found.first?.speaker == "Anna Berg")
    }

    @Test func straightQuotesWorkToo() throws {
        let found = try quotes([("a", "Minister Anna Berg arrived. \"We expect a result before the summer recess,\" she said.")])
        #expect(found.map(\.text) == ["We expect a result before the summer recess"])
        #expect(found.first?.speaker == "Anna Berg")
    }

    @Test func quoteMarksAroundPunctuationAloneAreNoQuote() throws {
        // Found by the fuzzer: “,” with a cue became a quote whose text was empty.
        let found = try quotes([
            (
                "a",
                """
                Officials met on Monday in the capital to discuss the budget.
                “,” said John Smith, the minister. “…” added Anna Berg. “—” she said.
                “We will not sign,” said John Smith.
                """
            )
        ])
        #expect(found.map(\.text) == ["We will not sign"])
    }

    @Test func quoteTextIsVerbatimFromASource() throws {
        let documents = try TestSupport.seedDocuments()
        let brief = try BriefBuilder().build(documents: documents, date: BriefDate("2025-03-05")!)
        let sourceText = documents.map { $0.paragraphs.joined(separator: " ") }.joined(separator: "\n")
        for quote in brief.quotes {
            // Continued paragraphs are joined with a space; every piece is verbatim.
            for piece in quote.text.split(separator: #/[.!?…] /#) {
                #expect(sourceText.contains(piece), "not verbatim: \(piece)")
            }
        }
    }

    @Test func seedQuotesHaveTheRightSpeakers() throws {
        let brief = try BriefBuilder().build(documents: try TestSupport.seedDocuments(), date: BriefDate("2025-03-05")!)
        func speaker(of prefix: String) -> String?? { brief.quotes.first { $0.text.hasPrefix(prefix) }.map(\.speaker) }
        #expect(speaker(of: "Amid a period of growing global instability") == "John Healey")
        #expect(brief.quotes.first { $0.text.hasPrefix("Amid a period") }?.sources.count == 5)
        #expect(speaker(of: "I just got off the phone") == "Mike Waltz")
        #expect(speaker(of: "Peace must be real") == "Volodymyr Zelensky")
        #expect(speaker(of: "Europe’s future does not have to be decided") == "Emmanuel Macron")
        #expect(speaker(of: "I appreciate that he sent this letter") == "Donald Trump")
        #expect(speaker(of: "Ukraine is ready to sign it at any time and in any convenient format") == "Volodymyr Zelensky")
        // "Zelensky’s letter to Trump … the communication, which stated:" is Zelensky's.
        #expect(speaker(of: "We do really value how much America has done") == "Volodymyr Zelensky")
        #expect(speaker(of: "The Prime Minister updated on his discussion") == "a Downing Street spokesperson")
        #expect(brief.quotes.first { $0.text.hasPrefix("The Prime Minister updated") }?.speakerKind == .description)
        // Every seed quote is attributed: the text always names who spoke.
        #expect(brief.quotes.allSatisfy { $0.speaker != nil }, "\(brief.quotes.filter { $0.speaker == nil }.map(\.text))")
        // Partial quotes inside a longer one merge into it.
        #expect(!brief.quotes.contains { $0.text == "cementing our ties as NATO allies" })
    }

    @Test func strikeCorpusQuotes() throws {
        let quotes = try StrikeCorpus.brief().quotes
        let pay = try #require(quotes.first { $0.text.hasPrefix("We will not accept a pay cut") })
        #expect(pay.sources == ["harbour-herald", "coast-daily", "wire-service"])
        #expect(pay.speaker == "Tom Okafor")
        #expect(quotes.first { $0.text.hasPrefix("We are close to a deal") }?.speaker == "Elena Ruiz")
        #expect(quotes.first { $0.text.hasPrefix("The offer on the table is fair and final. I urge") }?.speaker == "Elena Ruiz")
        #expect(quotes.first { $0.text.hasPrefix("No decision has been taken") }.map { $0.speaker == nil } == true)
        #expect(!quotes.contains { $0.text == "fair" })
    }

    @Test func quoteKeysByBytesAreTheKeysByCharacters() {
        // Seeded texts from letters, digits, apostrophes of both kinds, punctuation, spaces and
        // a few non-ASCII characters (which take the Character path).
        var generator = SplitMix64(seed: 3)
        let pieces = ["a", "B", "z", "Q", "7", "0", "’", "'", " ", "  ", ",", ".", "-", "“", "é", "e\u{301}", "\t", "s", "it’s", "O'Neil"]
        for _ in 0..<3_000 {
            let text = (0..<Int.random(in: 0...12, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            #expect(QuoteExtractor.key(text) == QuoteExtractor.characterKey(text), "\(text.debugDescription)")
        }
        #expect(QuoteExtractor.key("It’s ’ “done,” O'Neil said") == "its  done oneil said")
        #expect(QuoteExtractor.asciiKey("naïve") == nil)
    }
}

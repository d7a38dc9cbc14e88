import Foundation
import Testing

@testable import BriefKit

/// A corpus of four outlets that quote the same words differently (in full, trimmed, with other
/// punctuation and capitals, in part, attributed in other ways), and whose answer is known by
/// construction: which quotes there are, who said each, and which outlets carry it.
@Suite struct PlantedQuoteCorpusTests {
    /// The planted quotes: their longest verbatim form, speaker, kind and the outlets that carry them.
    static let planted: [(text: String, speaker: String?, kind: Quote.SpeakerKind?, sources: [String])] = [
        (
            "We will not sign a deal that leaves our farmers worse off. The talks go on next week", "Anna Berg", .person,
            ["north-post", "river-times", "wire", "daily-view"]
        ),
        ("The port will reopen on Thursday if the inspections are finished in time", "the harbour authority", .description, ["north-post", "wire"]),
        ("Moscow sees no reason to change its position on the grain corridor", "Kremlin", .organization, ["river-times", "wire"]),
        ("I have asked the minister to come back with a better offer by Friday", "Tom Okafor", .person, ["daily-view"]),
    ]

    static let articles: [(String, String)] = [
        (
            "north-post",
            """
            Trade talks stall over farm rules

            Trade Minister Anna Berg left the talks in Brussels on Tuesday. “We will not sign a deal that leaves our farmers worse off. The talks go on next week,” she said.

            “The port will reopen on Thursday if the inspections are finished in time,” the harbour authority said in a statement.
            """
        ),
        (
            "river-times",
            """
            Berg holds the line on farm rules

            Berg said: “We will not sign a deal that leaves our farmers worse off.”

            “Moscow sees no reason to change its position on the grain corridor,” the Kremlin said.
            """
        ),
        (
            "wire",
            """
            EU minister rejects farm deal

            BRUSSELS — “we will not sign a deal that leaves our farmers worse off,” Trade Minister Anna Berg told reporters.

            “The port will reopen on Thursday if the inspections are finished in time,” according to the harbour authority.

            “Moscow sees no reason to change its position on the grain corridor,” the Kremlin said on Wednesday.
            """
        ),
        (
            "daily-view",
            """
            Farmers cheer as Berg stands firm

            Anna Berg, the trade minister, said she would “not sign a deal that leaves our farmers worse off” this year.

            Union leader Tom Okafor welcomed the stance. “I have asked the minister to come back with a better offer by Friday,” Mr Okafor said.
            """
        ),
    ]

    static func brief() throws -> (Brief, [Document]) {
        let documents = TestSupport.documents(articles)
        return (try BriefBuilder().build(documents: documents, date: BriefDate("2025-03-05")!), documents)
    }

    @Test func everyPlantedQuoteIsOneQuoteWithItsSpeakerAndEveryOutlet() throws {
        let (brief, _) = try Self.brief()
        #expect(brief.quotes.count == Self.planted.count, "\(brief.quotes.map(\.text))")
        for expected in Self.planted {
            let quote = try #require(brief.quotes.first { $0.text == expected.text }, "missing: \(expected.text)")
            #expect(quote.speaker == expected.speaker, "\(expected.text)")
            #expect(quote.speakerKind == expected.kind, "\(expected.text)")
            #expect(quote.sources.sorted() == expected.sources.sorted(), "\(expected.text)")
        }
    }

    @Test func occurrencesPointAtTheWordsTheirCueAndTheirSpeaker() throws {
        let (brief, documents) = try Self.brief()
        func text(_ span: TextSpan, in source: String) throws -> String {
            let document = try #require(documents.first { $0.id == source })
            let scalars = Array(document.paragraphs[span.paragraph].unicodeScalars)
            return String(String.UnicodeScalarView(scalars[span.start..<span.end]))
        }
        for quote in brief.quotes {
            #expect(Set(quote.occurrences.map(\.source)) == Set(quote.sources))
            // The shown text is one occurrence's words exactly: verbatim from one source.
            let words = try quote.occurrences.map { occurrence in try occurrence.content.map { try text($0, in: occurrence.source) }.joined(separator: " ") }
            #expect(words.contains(quote.text), "\(quote.text) not in \(words)")
            for occurrence in quote.occurrences {
                if let cue = occurrence.cue {
                    let cueText = try text(cue, in: occurrence.source)
                    #expect(AttributionWords.cues.contains(cueText.lowercased()) || cueText == "according to", "\(cueText)")
                }
                if let speaker = occurrence.speaker { #expect(!(try text(speaker, in: occurrence.source)).isEmpty) }
            }
        }
        let berg = try #require(brief.quotes.first { $0.speaker == "Anna Berg" })
        let wire = try #require(berg.occurrences.first { $0.source == "wire" })
        #expect(try wire.cue.map { try text($0, in: "wire") } == "told")
        #expect(try wire.speaker.map { try text($0, in: "wire") } == "Trade Minister Anna Berg")
    }

    @Test func theQuoteSectionIsRankedAndBoundedInTextAndHTMLButNotInJSON() throws {
        let (brief, _) = try Self.brief()
        // The quote every outlet carries ranks first.
        #expect(brief.quotes.first?.sources.count == 4)
        let text = PlainTextRenderer(limits: SectionLimits(quotes: 2)).render(brief)
        let section = try #require(text.components(separatedBy: "QUOTES").last?.components(separatedBy: "OPEN ISSUES").first)
        #expect(section.contains("Showing the 2 best-ranked of 4 quotes"))
        #expect(section.components(separatedBy: "    — ").count - 1 == 2)
        let html = HTMLRenderer(limits: SectionLimits(quotes: 2)).render(brief)
        #expect(html.components(separatedBy: "<blockquote").count - 1 == 2)
        let all = PlainTextRenderer(limits: SectionLimits(quotes: 10)).render(brief)
        #expect(!all.contains("Showing the"))
        let decoded = try JSONBriefDecoder.decode(Data(JSONRenderer().render(brief).utf8))
        #expect(decoded.quotes == brief.quotes)
    }
}

import Foundation
import Testing

@testable import BriefKit

/// The quote scorer on answers known by construction: hand-made gold files and quotes.
@Suite struct QuoteEvaluationTests {
    static let text = """
        Talks stall

        “We will not sign this deal in any form,” said Senator Jane Doe. She added: “Not this year.”

        A spokesman said “the plan is dead” on Friday.
        """

    static func offsets(of piece: String, in text: String = text) -> [Int] {
        let scalars = Array(text.unicodeScalars), needle = Array(piece.unicodeScalars)
        let start = (0...(scalars.count - needle.count)).first { scalars[$0..<($0 + needle.count)].elementsEqual(needle) }!
        return [start, start + needle.count]
    }

    static func attribution(source: String?, content: String, quoted: Bool = true) -> [String: Any] {
        [
            "source": source.map { ["text": $0, "ranges": [offsets(of: $0)]] as [String: Any] } ?? NSNull(),
            "content": ["text": content, "ranges": [offsets(of: content)]],
            "content_has_quote_marks": quoted,
        ]
    }

    static func gold() throws -> [QuoteEvaluation.GoldQuote] {
        let file: [String: Any] = [
            "attributions": [
                attribution(source: "Senator Jane Doe", content: "“We will not sign this deal in any form,”"),
                attribution(source: "She", content: "“Not this year.”"),
                attribution(source: "A spokesman", content: "“the plan is dead”"),
                attribution(source: nil, content: "Talks stall", quoted: false),
            ]
        ]
        return try QuoteEvaluation.goldQuotes(in: JSONSerialization.data(withJSONObject: file))
    }

    @Test func goldQuotesAreTheQuotedOnesWithPronounsResolved() throws {
        let gold = try Self.gold()
        #expect(gold.map(\.speaker) == ["Senator Jane Doe", "Senator Jane Doe", "A spokesman"])
    }

    @Test func quotesAreLocatedVerbatimOrNotAtAll() {
        let scalars = Array("He said: “One. Two.”\n\n“Three\u{A0}four.”".unicodeScalars)
        #expect(QuoteEvaluation.locate("One. Two.", in: scalars) == 10..<19)
        // Continued across paragraphs (joined after a sentence end), a no-break space read as a space.
        #expect(QuoteEvaluation.locate("One. Two. Three four.", in: scalars) == 10..<34)
        #expect(QuoteEvaluation.locate("One. Three.", in: scalars) == nil)
    }

    @Test func speakersAreMatchedByName() {
        #expect(QuoteEvaluation.speaker("Hillary Clinton", names: "Clinton"))
        #expect(QuoteEvaluation.speaker("Barack Obama", names: "Mr. Obama"))
        #expect(QuoteEvaluation.speaker("a White House spokesman", names: "spokesman"))
        #expect(!QuoteEvaluation.speaker("Donald Trump", names: "Clinton"))
        #expect(!QuoteEvaluation.speaker("Jane Doe", names: "Senator"))
    }

    @Test func scoresMatchesSpeakersAndQuotesThatAreNotVerbatim() throws {
        let article = QuoteEvaluation.Article(name: "a", path: "a.txt", scalars: Array(Self.text.unicodeScalars), gold: try Self.gold())
        let quotes = [
            Quote(text: "We will not sign this deal in any form,", speaker: "Jane Doe", sources: ["a"]),  // right
            Quote(text: "Not this year.", speaker: nil, sources: ["a"]),  // matched, no speaker
            Quote(text: "the plan is dead", speaker: "Jane Doe", sources: ["a"]),  // matched, wrong speaker
            Quote(text: "words nobody wrote", speaker: "Jane Doe", sources: ["a"]),  // not verbatim
            Quote(text: "Talks stall", speaker: nil, sources: ["a"]),  // in the text, but no gold quote
        ]
        let score = QuoteEvaluation.score(quotes, in: article)
        #expect(
            score
                == QuoteEvaluation.Score(
                    goldQuotes: 3, foundQuotes: 5, matched: 3, goldMatched: 3, rightSpeakers: 1, rightResolvedSpeakers: 1, noSpeaker: 1,
                    notVerbatim: 1))
        #expect(score.precision == 0.6 && score.recall == 1)
        #expect(abs(score.speakerAccuracy - 1.0 / 3) < 1e-9)
    }

    @Test func theWholeRunOnAPlantedFolder() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let file: [String: Any] = ["attributions": [Self.attribution(source: "Senator Jane Doe", content: "“We will not sign this deal in any form,”")]]
        try TestSupport.write(
            ["docs/a.txt": Array(Self.text.utf8), "gold/a.json": Array(try JSONSerialization.data(withJSONObject: file))], into: folder)
        let evaluation = try QuoteEvaluation(folder: folder)
        let score = QuoteEvaluation.Score.total(try evaluation.evaluate())
        #expect(score.goldQuotes == 1 && score.notVerbatim == 0)
        #expect(score.matched == 1 && score.rightSpeakers == 1)
    }

    static let relativeText = """
        Veto fight

        Mitch McConnell, the majority leader, who said the veto was “a mistake,” met reporters.

        “We will override it,” the mayor said.
        """

    @Test func relativePronounsAndDefiniteDescriptionsAreResolvedInTheSecondFigureOnly() throws {
        let scalars = Array(Self.relativeText.unicodeScalars)
        func offsets(_ piece: String) -> [Int] { Self.offsets(of: piece, in: Self.relativeText) }
        func attribution(_ source: String, _ content: String) -> [String: Any] {
            [
                "source": ["text": source, "ranges": [offsets(source)]], "content": ["text": content, "ranges": [offsets(content)]],
                "content_has_quote_marks": true,
            ]
        }
        let file: [String: Any] = ["attributions": [attribution("who", "“a mistake,”"), attribution("the mayor", "“We will override it,”")]]
        let gold = try QuoteEvaluation.goldQuotes(in: JSONSerialization.data(withJSONObject: file), text: scalars)
        #expect(gold.map(\.antecedent) == ["Mitch McConnell", nil])
        #expect(gold.map(\.descriptionHead) == [nil, "mayor"])
        let article = QuoteEvaluation.Article(name: "v", path: "v.txt", scalars: scalars, gold: gold)
        let quotes = [
            Quote(text: "a mistake,", speaker: "Mitch McConnell", sources: ["v"]),
            Quote(text: "We will override it,", speaker: "Ann Lee", sources: ["v"]),
        ]
        // The mayor is Ann Lee only when the brief gives her that role.
        let withRole = QuoteEvaluation.score(quotes, in: article, roles: ["Ann Lee": "Mayor of Springfield"])
        #expect(withRole.rightSpeakers == 0 && withRole.rightResolvedSpeakers == 2)
        let withoutRole = QuoteEvaluation.score(quotes, in: article, roles: ["Ann Lee": "Governor"])
        #expect(withoutRole.rightSpeakers == 0 && withoutRole.rightResolvedSpeakers == 1)
    }
}

import Testing

@testable import BriefKit

/// Paragraphs reprinted word for word take over their original's findings; anything else,
/// even a text that is only canonically equal, is read on its own.
@Suite struct ParagraphTwinsTests {
    static let wire = "Prime Minister Anna Salo said on Monday that the grid deal was close. “We are nearly there,” Ms Salo told reporters."
    static let other = "Energy Minister Jonas Berg met union leaders in Oslo."
    /// The same words, with "é" written as "e" and a combining accent: equal as Strings, not in bytes.
    static let composed = "The café owner, Marie Dupont, said trade was slow."
    static let decomposed = "The cafe\u{301} owner, Marie Dupont, said trade was slow."

    static func context(_ documents: [[String]]) -> ExtractionContext {
        let docs = documents.enumerated().map { index, paragraphs in
            Document(id: "d\(index)", path: "d\(index).txt", headline: nil, blocks: paragraphs.map { .paragraph($0) })
        }
        let corpus = SegmentedCorpus(documents: docs)
        return ExtractionContext(corpus: corpus, analysis: CorpusAnalysis(corpus), date: BriefDate("2025-06-02")!)
    }

    @Test func aReprintedParagraphPointsAtTheFirstWithItsText() {
        let context = Self.context([[Self.wire, Self.other], [Self.other, Self.composed], [Self.decomposed, Self.wire, Self.wire]])
        #expect(Self.composed == Self.decomposed)
        let twins = ParagraphTwins(context.paragraphs)
        #expect(twins.original(ofParagraph: 0, inDocument: 0) == nil)
        #expect(twins.original(ofParagraph: 1, inDocument: 0) == nil)
        #expect(twins.original(ofParagraph: 0, inDocument: 1).map { [$0.document, $0.paragraph] } == [0, 1])
        #expect(twins.original(ofParagraph: 1, inDocument: 1) == nil)
        // Canonically equal, other bytes: its own.
        #expect(twins.original(ofParagraph: 0, inDocument: 2) == nil)
        #expect(twins.original(ofParagraph: 1, inDocument: 2).map { [$0.document, $0.paragraph] } == [0, 0])
        #expect(twins.original(ofParagraph: 2, inDocument: 2).map { [$0.document, $0.paragraph] } == [0, 0])
    }

    /// The actors of a corpus of reprints are what each paragraph read on its own gives: the
    /// same mentions, credited to every document that reprints them.
    @Test func reprintsCountAsMentionsOfEveryDocument() throws {
        let context = Self.context([[Self.wire, Self.other], [Self.wire], [Self.wire, Self.decomposed]])
        let analysis = ActorExtractor().extract(from: context, keyPoints: [])
        let salo = try #require(analysis.actors.first { $0.name == "Anna Salo" })
        #expect(salo.mentions == 6)
        #expect(salo.sources == ["d0", "d1", "d2"])
        let finder = MentionFinder(corpus: context.corpus)
        let direct = context.paragraphs.flatMap { $0.enumerated().flatMap { finder.mentions(in: $0.element, paragraphIndex: $0.offset) } }
        let resolved = analysis.personMentions.filter { $0.actorName == "Anna Salo" }
        #expect(resolved.map(\.documentIndex) == direct.filter { $0.nameText.hasSuffix("Salo") }.map(\.documentIndex))
        #expect(resolved.map(\.paragraphIndex) == direct.filter { $0.nameText.hasSuffix("Salo") }.map(\.paragraphIndex))
    }
}

import Foundation
import Testing

@testable import BriefKit

/// Folders whose stories are planted: each article is written from one story's sentences,
/// with the words every story uses ("officials said on Tuesday") shared between them.
@Suite struct StoryGrouperTests {
    /// Sentences that any story's article may carry.
    static let common = [
        "Officials said on Tuesday that more details would be released later in the week.",
        "A spokesman declined to comment further when reached by telephone.",
        "The government said it was monitoring the situation closely.",
    ]

    /// A harbour story: the council, the mayor, the ferry.
    static let harbour = [
        "Mayor Ilse Varga said the Dunmore harbour council would approve the ferry budget.",
        "The Dunmore ferry service carries four thousand passengers a day across the estuary.",
        "Varga told the council that the harbour dredging must start before the winter storms.",
        "Ferry operators in Dunmore warned that fares would rise if the budget was cut.",
        "The harbour council meets again to vote on the Dunmore ferry contract.",
        "Critics of Varga said the harbour plan favoured the ferry company.",
        "Dunmore residents queued at the harbour to protest against the ferry fares.",
    ]

    /// A flood story: the storm, the valley, the river.
    static let flood = [
        "Storm Kestrel flooded hundreds of homes in the Carrow valley overnight.",
        "Rescue teams in the Carrow valley pulled twelve people from the river Lune.",
        "The Lune burst its banks at Ashby as Kestrel brought a month of rain in a day.",
        "Farmers near Ashby said the Kestrel floods had drowned their winter crops.",
        "Engineers inspected the Carrow dam after the Lune rose four metres.",
        "Schools across the Carrow valley stayed shut as Kestrel moved east.",
        "Insurers said the Kestrel flood claims in Ashby would run into millions.",
    ]

    /// A document of `sentences`, each its own paragraph.
    static func article(_ id: String, _ sentences: [String], headline: String? = nil) -> Document {
        Document(id: id, path: id + ".txt", headline: headline, blocks: sentences.map { .paragraph($0) })
    }

    /// `count` articles of `story`: each four of its sentences (a different window of them)
    /// and one common sentence.
    static func articles(_ prefix: String, of story: [String], count: Int, headline: String) -> [Document] {
        (0..<count).map { k in
            let own = (0..<4).map { story[(k + $0 * 2) % story.count] }
            return article("\(prefix)\(k)", own + [common[k % common.count]], headline: k == 0 ? headline : nil)
        }
    }

    static func stories(_ documents: [Document], grouper: StoryGrouper = StoryGrouper()) -> [[String]] {
        let corpus = SegmentedCorpus(documents: documents)
        let vectors = TermVectors(texts: corpus.sentences.map(\.text))
        return grouper.stories(of: corpus, vectors: vectors).map { $0.map { documents[$0].id } }
    }

    @Test func twoStoriesInOneFolderComeApartTheLargerFirst() {
        let documents =
            Self.articles("flood", of: Self.flood, count: 3, headline: "Floods") + Self.articles("harbour", of: Self.harbour, count: 5, headline: "Harbour")
        #expect(Self.stories(documents) == [["harbour0", "harbour1", "harbour2", "harbour3", "harbour4"], ["flood0", "flood1", "flood2"]])
    }

    @Test func oneStoryToldInDifferentWordsStaysWhole() {
        // Each article shares only some of the story's sentences with each other one.
        let documents = Self.articles("harbour", of: Self.harbour, count: 7, headline: "Harbour")
        #expect(Self.stories(documents) == [documents.map(\.id)])
    }

    @Test func aStrayArticleIsSetApart() {
        let documents = Self.articles("harbour", of: Self.harbour, count: 5, headline: "Harbour") + [Self.article("stray", Array(Self.flood.prefix(5)))]
        #expect(Self.stories(documents) == [["harbour0", "harbour1", "harbour2", "harbour3", "harbour4"], ["stray"]])
    }

    @Test func shortArticlesStayWithTheMainStory() {
        // Two sentences say too little to tell a story apart.
        let documents = Self.articles("harbour", of: Self.harbour, count: 4, headline: "Harbour") + [Self.article("short", Array(Self.flood.prefix(2)))]
        #expect(Self.stories(documents) == [documents.map(\.id)])
    }

    @Test func equalStoriesLeadWithTheEarliest() {
        let documents =
            Self.articles("flood", of: Self.flood, count: 3, headline: "Floods") + Self.articles("harbour", of: Self.harbour, count: 3, headline: "Harbour")
        #expect(Self.stories(documents).first == ["flood0", "flood1", "flood2"])
    }

    @Test func theRoundsForALargeFolderFindTheSameStories() {
        // Forcing the mutual-neighbour rounds (used above `exactLimit` groups) from the start.
        let documents =
            Self.articles("flood", of: Self.flood, count: 6, headline: "Floods") + Self.articles("harbour", of: Self.harbour, count: 7, headline: "Harbour")
        var rounds = StoryGrouper()
        rounds.exactLimit = 2
        #expect(Self.stories(documents, grouper: rounds) == Self.stories(documents))
        #expect(Self.stories(documents).count == 2)
    }

    @Test func meanSimilarityIsTheMeanOverPairs() throws {
        let documents = Self.articles("flood", of: Self.flood, count: 2, headline: "F") + Self.articles("harbour", of: Self.harbour, count: 2, headline: "H")
        let corpus = SegmentedCorpus(documents: documents)
        let articles = StoryGrouper().articleVectors(of: corpus, vectors: TermVectors(texts: corpus.sentences.map(\.text)))
        let pairs = [(0, 2), (0, 3), (1, 2), (1, 3)].map { articles[$0.0].cosine(articles[$0.1]) }
        let mean = StoryGrouper.meanSimilarity([0, 1], [2, 3], articles: articles)
        #expect(abs(mean - pairs.reduce(0, +) / 4) < 1e-9)
    }

    @Test func namesAreTheMostlyCapitalisedTerms() {
        let corpus = SegmentedCorpus(documents: [
            Self.article("a", ["The mayor said Varga would go.", "Then Varga said the ferry was late.", "Ferry fares rose, the mayor said."])
        ])
        let vectors = TermVectors(texts: corpus.sentences.map(\.text))
        let names = StoryGrouper.nameTerms(of: corpus, vectors: vectors)
        #expect(names.contains(vectors.termIDs["varga"]!))
        #expect(!names.contains(vectors.termIDs["ferri"]!))  // capitalised only where it opens a sentence
        #expect(!names.contains(vectors.termIDs["mayor"]!))
    }
}

/// The brief of a folder of several stories: the main story briefed, the others listed.
@Suite struct SeveralStoriesBriefTests {
    static let folder =
        StoryGrouperTests.articles("flood", of: StoryGrouperTests.flood, count: 3, headline: "Storm Kestrel floods the Carrow valley")
        + StoryGrouperTests.articles("harbour", of: StoryGrouperTests.harbour, count: 5, headline: "Dunmore harbour council backs ferry budget")

    static func brief(grouper: StoryGrouper? = StoryGrouper()) throws -> Brief {
        var builder = BriefBuilder()
        builder.storyGrouper = grouper
        return try builder.build(documents: folder, date: BriefDate("2025-03-05")!)
    }

    @Test func theMainStoryIsBriefedAndTheOtherListed() throws {
        let brief = try Self.brief()
        #expect(brief.sources.map(\.id) == ["harbour0", "harbour1", "harbour2", "harbour3", "harbour4"])
        #expect(brief.otherStories.count == 1)
        #expect(brief.otherStories.first?.sources.map(\.id) == ["flood0", "flood1", "flood2"])
        #expect(brief.otherStories.first?.title == "Storm Kestrel floods the Carrow valley")
        let flood = Set(StoryGrouperTests.flood)
        #expect(!brief.keyPoints.contains { flood.contains($0.text) }, "\(brief.keyPoints.map(\.text))")
        #expect(!brief.actors.contains { $0.name.contains("Kestrel") })
        #expect(brief.otherStoriesNote == "1 other story in the folder (3 articles) was left out of this brief:")
    }

    @Test func withoutTheGrouperEveryArticleIsBriefed() throws {
        let brief = try Self.brief(grouper: nil)
        #expect(brief.sources.count == 8 && brief.otherStories.isEmpty && brief.otherStoriesNote == nil)
    }

    @Test func everyFormatListsTheOtherStoryAndJSONKeepsIt() throws {
        let brief = try Self.brief()
        let text = PlainTextRenderer().render(brief)
        #expect(
            text.contains(
                "OTHER STORIES\n\n1 other story in the folder (3 articles) was left out of this brief:\n- Storm Kestrel floods the Carrow valley (3 articles)\n"
            ))
        #expect(HTMLRenderer().render(brief).contains(">Other stories</h2>"))
        #expect(DocBookRenderer().render(brief).contains("<title>Other stories</title>"))
        let decoded = try JSONBriefDecoder.decode(Data(JSONRenderer().render(brief).utf8))
        #expect(decoded == brief)
    }

    @Test func listsAreBoundedAndSayWhatIsNotListed() throws {
        var brief = try Self.brief()
        let source = brief.sources[0]
        brief.otherStories = (0..<12).map { k in OtherStory(title: "Story \(k)", sources: Array(repeating: source, count: k == 0 ? 7 : 1)) }
        #expect(brief.otherStoriesNote == "12 other stories in the folder (18 articles) were left out of this brief (the largest 10 listed):")
        let text = PlainTextRenderer().render(brief)
        #expect(text.contains("- Story 9 (1 article)") && !text.contains("Story 10"))
        #expect(text.contains("  · and 2 more"))
        let html = HTMLRenderer().render(brief)
        #expect(html.contains("Story 9 (1 article)") && !html.contains("Story 10") && html.contains("and 2 more"))
        #expect(try JSONBriefDecoder.decode(Data(JSONRenderer().render(brief).utf8)).otherStories.count == 12)
    }
}

import Testing

@testable import BriefKit

/// How many articles report a sentence's fact, on corpora whose answers are known by
/// construction: exact reprints (copies), rewordings (neighbours in the graph) and
/// unrelated sentences, with and without copies in the corpus.
@Suite struct SameFactArticleCountTests {
    static let fact = "The regional council approved a flood defence budget of 40 million after a long debate on river barriers."
    /// The same fact in other words: not a copy, a neighbour that reports the same.
    static let reworded = "The regional council backed a flood defence plan worth 40 million following weeks of argument over river barriers."
    static let unrelated = [
        "Engineers warned that steel prices could keep climbing through the summer months.",
        "The football club announced a new stadium sponsor on its website late yesterday.",
        "Museum visitors queued for hours to see the restored medieval tapestry collection.",
        "A late frost damaged apple orchards across the northern valleys this spring.",
    ]

    /// A corpus of one paragraph an article.
    static func corpus(_ articles: [String]) -> SegmentedCorpus {
        SegmentedCorpus(
            documents: articles.enumerated().map { index, text in
                Document(id: "d\(index)", path: "d\(index).txt", headline: nil, blocks: [.paragraph(text)])
            })
    }

    /// The articles of `sameFact(as:)`: the count's definition while it is exact.
    static func articlesOfSameFact(_ i: Int, _ analysis: CorpusAnalysis, _ corpus: SegmentedCorpus) -> Int {
        Set(analysis.sameFact(as: i, threshold: FactThresholds.sameFact).map { corpus.sentences[$0].documentIndex }).count
    }

    /// Three reprints and two rewordings of one fact, each in its own article, among
    /// unrelated articles: the fact is counted in five, every other sentence in its own.
    @Test func copiesAndRewordingsCountEachArticleOnce() {
        let articles = [Self.fact, Self.unrelated[0], Self.fact, Self.reworded, Self.unrelated[1], Self.fact, Self.reworded, Self.unrelated[2]]
        let corpus = Self.corpus(articles)
        let analysis = CorpusAnalysis(corpus)
        #expect(!analysis.copies.isEmpty)
        #expect(analysis.copies.classOf[0] == analysis.copies.classOf[2])
        #expect(analysis.copies.classOf[0] != analysis.copies.classOf[3])
        let all = Array(corpus.sentences.indices)
        let counts = analysis.sameFactArticleCounts(of: all, threshold: FactThresholds.sameFact, in: corpus)
        for i in all {
            let planted = [Self.fact, Self.reworded].contains(corpus.sentences[i].text) ? 5 : 1
            #expect(counts[i] == planted, "sentence \(i): \(corpus.sentences[i].text)")
            #expect(analysis.sameFactArticleCount(as: i, threshold: FactThresholds.sameFact, in: corpus) == planted)
            #expect(Self.articlesOfSameFact(i, analysis, corpus) == planted)
        }
    }

    /// With no copies at all, the graph joins sentences, and each is counted with its rewording.
    @Test func withoutCopiesRewordingsStillCount() {
        let corpus = Self.corpus([Self.fact, Self.unrelated[0], Self.reworded, Self.unrelated[1], Self.unrelated[2]])
        let analysis = CorpusAnalysis(corpus)
        #expect(analysis.copies.isEmpty)
        let counts = analysis.sameFactArticleCounts(of: Array(corpus.sentences.indices), threshold: FactThresholds.sameFact, in: corpus)
        #expect(counts == [2, 1, 2, 1, 1])
    }

    /// Counts over many sentences (several blocks, on every core) are each sentence's own
    /// count, in order; past the exact limit a fact's classes' articles are summed.
    @Test func manySentencesCountAsEachAlone() {
        let articles: [String] = (0..<1_500).map { (n: Int) -> String in
            switch n % 5 {
            case 0: return Self.fact
            case 1: return Self.reworded
            default: return Self.unrelated[n % 4]
            }
        }
        let corpus = Self.corpus(articles)
        let analysis = CorpusAnalysis(corpus)
        let all = Array(corpus.sentences.indices)
        let counts = analysis.sameFactArticleCounts(of: all, threshold: FactThresholds.sameFact, in: corpus)
        #expect(counts == all.map { analysis.sameFactArticleCount(as: $0, threshold: FactThresholds.sameFact, in: corpus) })
        for i in all {
            let text = corpus.sentences[i].text
            // 300 articles print the fact and 300 its rewording: 600, past the exact limit.
            let planted = [Self.fact, Self.reworded].contains(text) ? 600 : articles.filter { $0 == text }.count
            #expect(counts[i] == planted, "sentence \(i): \(text)")
        }
        #expect(600 > CorpusAnalysis.exactArticleLimit)
    }

    /// A class's articles, ascending and each once, whatever order its sentences' articles come in.
    @Test func classDocumentsAreAscendingAndDistinct() {
        let members = SentenceCopies.ClassMembers(classOf: [0, 1, 0, 2, 1, 1, 0], classCount: 3)
        let articleOf: [Int32] = [4, 2, 1, 7, 2, 0, 4]
        let documents = ClassDocuments(members: members) { articleOf[Int($0)] }
        #expect(documents.count == 3)
        #expect((0..<3).map { Array(documents[$0]) } == [[1, 4], [0, 2], [7]])
        #expect((0..<3).map(documents.documentCount(of:)) == [2, 2, 1])
    }
}

import BriefBenchmarkKit
import Testing

@testable import BriefKit

/// A small corpus of our own: three outlets on a council budget, one fact in nearly the same
/// words in all three, other facts in one each.
enum CouncilCorpus {
    static let articles: [(String, String)] = [
        (
            "north-gazette",
            """
            Council approves flood budget
            The city council approved a flood defence budget of 40 million pounds on Monday after a long debate.
            Residents of the river district had campaigned for new barriers since the floods of 2019.
            Rain fell throughout the afternoon as councillors arrived at the town hall.
            """
        ),
        (
            "river-times",
            """
            Flood defences get green light
            On Monday the city council approved a 40 million pound flood defence budget after a lengthy debate.
            The opposition said the money should have gone to schools and the library service instead.
            Construction of the first barrier is expected to begin in the spring.
            """
        ),
        (
            "city-wire",
            """
            Budget vote
            The council approved a flood defence budget of 40 million pounds on Monday, after a long debate.
            The mayor said the barriers would protect four thousand homes along the river.
            Engineers warned that costs could rise if steel prices keep climbing this year.
            """
        ),
    ]

    static func documents() -> [Document] { TestSupport.documents(articles) }
}

@Suite struct RankerTests {
    @Test func nearDuplicatesAcrossSourcesBecomeOneKeyPointCreditedToAll() throws {
        let brief = try BriefBuilder().build(documents: CouncilCorpus.documents(), date: BriefDate("2025-03-05")!)
        let budgetPoints = brief.keyPoints.filter { $0.text.contains("40 million") }
        #expect(budgetPoints.count == 1)
        let point = try #require(budgetPoints.first)
        #expect(point.sources == ["north-gazette", "river-times", "city-wire"])
        #expect(point.provenance.count == 3)
        #expect(Set(point.provenance.map(\.source)) == Set(point.sources))
        // Reported by every outlet, it ranks first.
        #expect(brief.keyPoints.first?.text.contains("40 million") == true)
    }

    @Test func aSourceGivingAnotherFigureIsNotCredited() throws {
        let brief = try StrikeCorpus.brief()
        let count = try #require(brief.keyPoints.first { $0.text.contains("water workers joined the strike") })
        // harbour-herald says 1,200 and coast-daily 900: neither is credited with the other's figure.
        let (own, other) = count.text.contains("900") ? ("coast-daily", "harbour-herald") : ("harbour-herald", "coast-daily")
        #expect(count.sources.contains(own))
        #expect(!count.sources.contains(other))
    }

    @Test func noTwoKeyPointsAreNearDuplicates() throws {
        let corpus = SegmentedCorpus(documents: try TestSupport.seedDocuments())
        let analysis = CorpusAnalysis(corpus)
        let scores = CentralityScorer().scores(for: corpus, analysis: analysis)
        let selector = KeyPointSelector()
        let points = selector.select(count: 15, from: corpus, analysis: analysis, scores: scores)
        #expect(points.count == 15)
        let indices = points.map { point in corpus.sentences.firstIndex { $0.ref == point.provenance[0] }! }
        for (a, i) in indices.enumerated() {
            for j in indices[(a + 1)...] {
                #expect(
                    analysis.overlap(i, j).cosine < selector.redundancyThreshold,
                    "near-duplicate key points: \(corpus.sentences[i].text) / \(corpus.sentences[j].text)")
            }
        }
    }

    @Test func provenanceResolvesToRealSentences() throws {
        let documents = try TestSupport.seedDocuments()
        let corpus = SegmentedCorpus(documents: documents)
        let brief = try BriefBuilder().build(documents: documents, date: BriefDate("2025-03-05")!)
        for point in brief.keyPoints {
            let shown = try #require(corpus.sentences.first { $0.ref == point.provenance[0] })
            #expect(shown.text == Resolution.sourceText(of: point.text, point.resolutions))
            for ref in point.provenance {
                #expect(corpus.sentences.contains { $0.ref == ref })
                #expect(point.sources.contains(ref.source))
            }
        }
    }

    @Test func headlinesAndSubheadingsAreNeverKeyPoints() throws {
        let documents = try TestSupport.seedDocuments()
        let headings = Set(documents.flatMap { ($0.headline.map { [$0] } ?? []) + $0.subheadings })
        let brief = try BriefBuilder().build(documents: documents, date: BriefDate("2025-03-05")!, points: 40)
        #expect(!brief.keyPoints.contains { headings.contains($0.text) })
    }

    @Test func isDeterministic() throws {
        let documents = try TestSupport.seedDocuments()
        let date = BriefDate("2025-03-05")!
        let first = try BriefBuilder().build(documents: documents, date: date)
        let second = try BriefBuilder().build(documents: documents, date: date)
        #expect(first == second)
        #expect(JSONRenderer().render(first) == JSONRenderer().render(second))
    }

    @Test func bareQuotesAndQuoteFragmentsAreNotKeyPoints() {
        #expect(!KeyPointEligibility.isEligible("“We will advance that work in Washington over the coming days.”"))
        #expect(!KeyPointEligibility.isEligible("“It is crucial that the UK and Europe step up further to take more responsibility."))
        #expect(!KeyPointEligibility.isEligible("Mr Healey reinforced this message, stating:"))
        #expect(KeyPointEligibility.isEligible("“I appreciate that he sent this letter,” Mr Trump said to reporters."))
        #expect(KeyPointEligibility.isEligible("The council approved the budget on Monday night."))
    }

    @Test func similarityGraphMatchesBruteForce() throws {
        let corpus = SegmentedCorpus(documents: try TestSupport.seedDocuments())
        let vectors = TermVectors(texts: corpus.sentences.map(\.text)).vectors
        let graph = SimilarityGraph(vectors: vectors, threshold: 0.1)
        for i in vectors.indices {
            let expected = vectors.indices.filter { $0 != i && vectors[i].cosine(vectors[$0]) >= 0.1 }
            let actual = graph.neighbors[i].map(\.target).sorted()
            #expect(actual == Array(expected.prefix(SimilarityGraph.maxNeighbors)) || expected.count > SimilarityGraph.maxNeighbors)
            for edge in graph.neighbors[i] {
                #expect(abs(edge.similarity - vectors[i].cosine(vectors[edge.target])) < 1e-6)
            }
        }
    }

    /// Sentences with far more neighbours than are kept, and many equal similarities: the
    /// kept ones are the most similar, ties to the lower index, as a full sort gives them.
    @Test func theKeptNeighboursAreTheMostSimilarTiesToTheLowerIndex() {
        var random = SplitMix64(seed: 11)
        let vectors = (0..<400).map { _ in
            let terms = Set((0..<random.int(in: 2...5)).map { _ in Int32(random.int(in: 0...9)) }).sorted()
            return SparseVector(terms: terms, weights: terms.map { _ in Double(random.int(in: 1...2)) })
        }
        let graph = SimilarityGraph(vectors: vectors, threshold: 0.1)
        var crowded = 0
        for i in vectors.indices {
            let all = vectors.indices.filter { $0 != i }.map { (target: $0, similarity: vectors[i].cosine(vectors[$0])) }
                .filter { $0.similarity >= 0.1 }
            if all.count > 4 * SimilarityGraph.maxNeighbors { crowded += 1 }
            let expected = all.sorted { ($0.similarity, -$0.target) > ($1.similarity, -$1.target) }
                .prefix(SimilarityGraph.maxNeighbors).map(\.target)
            #expect(graph.neighbors[i].map(\.target) == Array(expected))
        }
        #expect(crowded > 300)
    }

    @Test func aSpentBudgetStillFindsNearDuplicatesByTheirRareTerms() {
        // 3,000 sentences share common terms 0...2; sentences 0 and 1 also share the rare
        // term 9 and are the same fact. With a budget too small to scan the common terms,
        // the rare term still pairs them, with their exact cosine.
        var vectors = (0..<3_000).map { _ in SparseVector(terms: [0, 1, 2], weights: [1, 1, 1]) }
        vectors[0] = SparseVector(terms: [0, 1, 2, 9], weights: [1, 1, 1, 5])
        vectors[1] = SparseVector(terms: [0, 1, 2, 9], weights: [1, 1, 1, 5])
        let graph = SimilarityGraph(vectors: vectors, threshold: 0.1, workBudget: 3_000)
        let first = try! #require(graph.neighbors[0].first)
        #expect(first.target == 1)
        #expect(abs(first.similarity - 1) < 1e-6)
        #expect(graph.neighbors.allSatisfy { $0.count <= SimilarityGraph.maxNeighbors })
    }

    @Test func lexRankFavoursTheHubOfAStar() {
        // Sentence 0 shares a term with each of the others; they share nothing with each other.
        let vectors = [
            SparseVector(terms: [0, 1, 2], weights: [1, 1, 1]),
            SparseVector(terms: [0, 3], weights: [1, 1]),
            SparseVector(terms: [1, 4], weights: [1, 1]),
            SparseVector(terms: [2, 5], weights: [1, 1]),
        ]
        let centrality = LexRank.centrality(SimilarityGraph(vectors: vectors))
        #expect(centrality[0] == 1)
        #expect(centrality[1..<4].allSatisfy { $0 < 1 })
    }
}

/// The same contract for every scorer: one score per sentence, finite, the degenerate
/// corpora handled.
@Suite struct ScorerContractTests {
    static let scorers: [any SentenceScorer] = [CentralityScorer(), LeadScorer()]

    @Test(arguments: 0..<2)
    func oneFiniteScorePerSentence(scorer index: Int) throws {
        let scorer = Self.scorers[index]
        for documents in [CouncilCorpus.documents(), try TestSupport.seedDocuments()] {
            let corpus = SegmentedCorpus(documents: documents)
            let scores = scorer.scores(for: corpus, analysis: CorpusAnalysis(corpus))
            #expect(scores.count == corpus.sentences.count)
            #expect(scores.allSatisfy { $0.isFinite && $0 >= 0 })
        }
    }

    @Test(arguments: 0..<2)
    func degenerateCorpora(scorer index: Int) throws {
        var builder = BriefBuilder()
        builder.scorer = Self.scorers[index]
        let date = BriefDate("2025-03-05")!
        #expect(throws: BriefError.noSentences) { try builder.build(documents: [], date: date) }
        #expect(throws: BriefError.noSentences) { try builder.build(documents: TestSupport.documents([("e", "\n\n")]), date: date) }
        let one = try builder.build(documents: TestSupport.documents([("one", "The council approved the flood budget on Monday.")]), date: date)
        #expect(one.keyPoints.map(\.text) == ["The council approved the flood budget on Monday."])
        let two = try builder.build(
            documents: TestSupport.documents([
                ("two", "The council approved the flood budget on Monday. Engineers said building starts in the spring.")
            ]), date: date)
        #expect(two.keyPoints.count == 2)
        #expect(try builder.build(documents: CouncilCorpus.documents(), date: date, points: 1).keyPoints.count == 1)
    }
}

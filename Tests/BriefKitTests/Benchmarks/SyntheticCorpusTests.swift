import BriefBenchmarkKit
import BriefKit
import Testing

@Suite struct SyntheticCorpusTests {
    @Test func theSameSeedGivesTheSameArticlesAndAnotherSeedDoesNot() {
        let a = SyntheticCorpus(count: 20, seed: 7), b = SyntheticCorpus(count: 20, seed: 7), c = SyntheticCorpus(count: 20, seed: 8)
        #expect((0..<20).map(a.article(at:)) == (0..<20).map(b.article(at:)))
        #expect((0..<20).map(a.article(at:)) != (0..<20).map(c.article(at:)))
        // An article does not depend on how large the corpus is (generation splits freely).
        #expect(SyntheticCorpus(count: 1_000, seed: 7).article(at: 3) == a.article(at: 3))
    }

    @Test func outletsOfOneStoryShareFactsAndQuotesThatBriefCreditsToSeveralSources() throws {
        let corpus = SyntheticCorpus(count: 16, seed: 11)
        let articles = (0..<corpus.count).map {
            Article(id: String(corpus.fileName(at: $0).dropLast(4)), path: corpus.fileName(at: $0), text: corpus.article(at: $0))
        }
        let brief = try BriefBuilder().build(
            documents: CorpusReader.documents(from: articles),
            date: BriefDate("2025-06-02")!)
        #expect(brief.keyPoints.contains { $0.sources.count >= 3 })
        #expect(brief.quotes.contains { $0.sources.count >= 2 && $0.speaker != nil })
        #expect(brief.actors.contains { $0.kind == .person && $0.role != nil })
    }

    @Test func everyShapeIsDeterministicAndReadsWithItsOutletAndDay() throws {
        for shape in [CorpusShape.syndicated, .desk] {
            let corpus = SyntheticCorpus(count: 200, seed: 3, shape: shape)
            #expect(corpus.article(at: 17) == SyntheticCorpus(count: 200, seed: 3, shape: shape).article(at: 17))
            #expect(corpus.article(at: 17) != SyntheticCorpus(count: 200, seed: 4, shape: shape).article(at: 17))
            let reading = try PlainTextReader().read(Array(corpus.article(at: 17).utf8), path: corpus.fileName(at: 17), id: "a")
            let article = try #require(reading.articles.first)
            #expect(reading.notes.isEmpty)
            #expect(article.metadata.outlet == corpus.outlet(of: 17))
            #expect(article.metadata.published != nil && article.headline != nil)
        }
        // The first shape is unchanged by the others: its old figures stay comparable.
        #expect(SyntheticCorpus(count: 20, seed: 7).article(at: 3).hasPrefix("---") == false)
    }

    @Test func syndicatedCopiesAreOneWireStoryWithSmallEditsAndManyOutlets() {
        let corpus = SyntheticCorpus(count: 1_000, seed: 5, shape: .syndicated)
        // Articles 0, 5, 10… reprint story 0: their lead paragraphs are close but rarely equal.
        let leads = stride(from: 0, to: 200, by: 5).map { index in
            corpus.article(at: index).components(separatedBy: "---\n").last!.components(separatedBy: "\n\n")[0]
        }
        let words = leads.map { Set($0.split(separator: " ")) }
        for other in words.dropFirst() {
            #expect(Double(words[0].intersection(other).count) / Double(words[0].count) > 0.6)
        }
        let bodies = stride(from: 0, to: 200, by: 5).map { corpus.article(at: $0).components(separatedBy: "---\n").last! }
        #expect(Set(bodies).count == bodies.count, "copies are edited, not identical")
        #expect(Set((0..<1_000).map(corpus.outlet(of:))).count > 30)
    }

    @Test func aDeskDayHasAStoryForEveryThreeArticlesFromDifferentOutlets() {
        let corpus = SyntheticCorpus(count: 300, seed: 5, shape: .desk)
        let headline = { (index: Int) in corpus.article(at: index).split(separator: "\n")[1] }
        #expect(Set([corpus.outlet(of: 0), corpus.outlet(of: 1), corpus.outlet(of: 2)]).count == 3)
        #expect(Set((0..<300).map { headline($0) }).count > 60, "about a hundred stories, each with its own headlines")
    }

    @Test func fileNamesSortInArticleOrder() {
        let corpus = SyntheticCorpus(count: 200)
        let names = (0..<200).map(corpus.fileName(at:))
        #expect(names == names.sorted())
        #expect(Set(names).count == 200)
    }

    @Test func benchmarkRowsReadStageTimesAndGrowth() {
        let small = MeasuredProcess.Measurement(
            status: 0, seconds: 1, peakBytes: 10 << 20,
            standardError: "brief: timing: stage=read seconds=0.2500\nnoise\n")
        let large = MeasuredProcess.Measurement(status: 0, seconds: 12, peakBytes: 50 << 20, standardError: "")
        let first = BenchmarkRow(articles: 100, bytes: 400_000, measurement: small, previous: nil)
        let second = BenchmarkRow(articles: 1_000, bytes: 4_000_000, measurement: large, previous: first)
        #expect(first.stages == ["read": 0.25])
        #expect(first.growth == nil)
        #expect(second.growth?.time == 12)
        #expect(second.growth?.n == 10)
        #expect(abs((second.growth?.nLogN ?? 0) - 15) < 1e-9)
    }
}

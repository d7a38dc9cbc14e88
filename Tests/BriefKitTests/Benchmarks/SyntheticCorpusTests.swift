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

import BriefKit
import Foundation
import Testing

@Suite struct RougeTests {
    @Test func unigramsAndBigramsOnAHandExample() {
        let rouge = Rouge()
        #expect(rouge.score(peer: "The cat sat on the mat.", references: ["The cat is on the mat."], n: 1).hits == 5)
        #expect(rouge.score(peer: "The cat sat on the mat.", references: ["The cat is on the mat."], n: 1).total == 6)
        let bigrams = rouge.score(peer: "The cat sat on the mat.", references: ["The cat is on the mat."], n: 2)
        #expect((bigrams.hits, bigrams.total) == (3, 5))
    }

    @Test func multipleReferencesSumHitsAndTotals() {
        let count = Rouge().score(peer: "a b c", references: ["a b", "c d e"], n: 1)
        #expect((count.hits, count.total) == (3, 5))
    }

    @Test func stemmingExceptionsAndTheWordLimit() {
        let rouge = Rouge(wordLimit: 3, exceptions: ["said": "say"])
        #expect(rouge.tokens("Officials said talks\ncontinued today") == [PorterStemmer.stem("officials"), "say", "talk"])
        #expect(Rouge(wordLimit: 100).tokens("U.S.-led talks, 2.5%!") == ["u", "s", "led", "talk", "2", "5"])
    }

    static let duc = TestSupport.sharedFolder + "/eval/duc2004"
    static let wordnet = "/usr/share/wordnet"

    /// Agreement with the project's reference scorer (shared/eval/tools/rouge_duc2004.py with
    /// WordNet exceptions) on the stored LexRank and ICSISumm outputs: within 0.1 points.
    @Test(
        .enabled(
            if: FileManager.default.fileExists(atPath: duc + "/rouge_reference_scores.tsv")
                && FileManager.default.fileExists(atPath: wordnet + "/verb.exc")))
    func agreesWithTheReferenceScorer() throws {
        let table = try String(contentsOfFile: Self.duc + "/rouge_reference_scores.tsv", encoding: .utf8).split(separator: "\n")
        let header = table[0].split(separator: "\t").map(String.init)
        let evaluation = try DUCEvaluation(folder: Self.duc)
        let rouge = Rouge(wordLimit: 100, exceptions: Rouge.exceptions(inFolder: Self.wordnet))
        for system in ["LexRank", "ICSISumm"] {
            let row = try #require(table.first { $0.hasPrefix(system + "\t") }).split(separator: "\t").map(String.init)
            let expected = Dictionary(uniqueKeysWithValues: zip(header, row))
            let summaries = Dictionary(uniqueKeysWithValues: evaluation.clusters.compactMap { c in c.baselines[system].map { (c.name, $0) } })
            let (r1, r2) = DUCEvaluation.score(summaries, on: evaluation.clusters, rouge: rouge)
            #expect(abs(r1 - Double(expected["py_wn_l100_R1"]!)!) <= 0.1, "\(system) R-1 \(r1)")
            #expect(abs(r2 - Double(expected["py_wn_l100_R2"]!)!) <= 0.1, "\(system) R-2 \(r2)")
        }
    }
}

@Suite struct WordBudgetTests {
    @Test func keyPointsFillTheBudgetWithWholeSentences() throws {
        let brief = try BriefBuilder().build(
            documents: try TestSupport.seedDocuments(), date: BriefDate("2025-03-05")!,
            points: 1_000, words: 100)
        let counts = brief.keyPoints.map { $0.text.split(separator: " ").count }
        #expect(counts.reduce(0, +) >= 100)
        #expect(counts.dropLast().reduce(0, +) < 100)
        // The same ranking as without a budget: the budget only decides where to stop.
        let unbounded = try BriefBuilder().build(documents: try TestSupport.seedDocuments(), date: BriefDate("2025-03-05")!, points: 10)
        #expect(Array(unbounded.keyPoints.prefix(brief.keyPoints.count)).map(\.text) == brief.keyPoints.map(\.text))
    }
}

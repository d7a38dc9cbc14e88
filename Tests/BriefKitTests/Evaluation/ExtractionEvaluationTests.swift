import BriefKit
import BriefXML
import Foundation
import Testing

/// The article-extraction benchmark's metric, on cases whose answer is known by hand.
@Suite struct ExtractionEvaluationTests {
    @Test func tokensAreRunsOfLettersDigitsAndUnderscores() {
        #expect(
            ExtractionEvaluation.tokens("U.S. stocks fell 2.5%, snake_case; Zoë's café 東京").map(String.init)
                == ["U", "S", "stocks", "fell", "2", "5", "snake_case", "Zoë", "s", "café", "東京"])
    }

    @Test func identicalTextsScoreOneAndAnEmptyExtractionScoresZero() {
        let truth = "The council met on Monday to agree the budget for next year."
        let same = ExtractionEvaluation.counts(truth: truth, extraction: truth)
        #expect(same.precision == 1 && same.recall == 1 && same.f1 == 1)
        let empty = ExtractionEvaluation.counts(truth: truth, extraction: "")
        #expect(empty.precision == nil)  // left out of the precision average, as the benchmark does
        #expect(empty.recall == 0 && empty.f1 == 0)
        let nothing = ExtractionEvaluation.counts(truth: "", extraction: "")
        #expect(nothing.precision == 1 && nothing.recall == 1)
    }

    @Test func shinglesCountFourTokensAndTheirRepeats() {
        // 8 tokens: 5 shingles; the extraction has the first 6 tokens (3 shingles, all right).
        let truth = "one two three four five six seven eight"
        let counts = ExtractionEvaluation.counts(truth: truth, extraction: "one two three four five six")
        #expect(counts.truePositives == 3.0 / 5 && counts.falsePositives == 0 && counts.falseNegatives == 2.0 / 5)
        #expect(counts.precision == 1 && counts.recall == 3.0 / 5)
        // Case matters, and a repeated shingle counts as often as it appears.
        let twice = ExtractionEvaluation.counts(truth: "a b c d", extraction: "a b c d a b c d")
        // "abcd" twice and three others: one right, four extra.
        #expect(twice.truePositives == 1.0 / 5 && twice.falsePositives == 4.0 / 5)
        #expect(ExtractionEvaluation.counts(truth: "a b c d", extraction: "A b c d").truePositives == 0)
        // Fewer than four tokens make one shingle of them all.
        #expect(ExtractionEvaluation.counts(truth: "Hello world", extraction: "hello, world!").f1 == 0)
        #expect(ExtractionEvaluation.counts(truth: "Hello world", extraction: "Hello, world!").f1 == 1)
    }

    @Test func aFolderOfPagesIsReadGzippedOrNotAndScored() throws {
        let folder = NSTemporaryDirectory() + "brief-extraction-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder + "/html", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let story = "The harbour authority approved a plan on Tuesday to dredge the eastern channel before spring."
        let page = "<html><body><nav><a href=/>Home</a></nav><article><p>\(story)</p></article></body></html>"
        try page.write(toFile: folder + "/html/a.html", atomically: true, encoding: .utf8)
        try page.write(toFile: folder + "/html/b.html", atomically: true, encoding: .utf8)
        let gzip = Process()
        gzip.executableURL = URL(fileURLWithPath: "/bin/gzip")
        gzip.arguments = [folder + "/html/b.html"]
        try gzip.run()
        gzip.waitUntilExit()
        try #"<html><body><nav><a href="/">Home</a></nav></body></html>"#.write(toFile: folder + "/html/c.html", atomically: true, encoding: .utf8)
        let truth: [String: [String: String]] = [
            "a": ["articleBody": story, "url": "https://a.example/1"], "b": ["articleBody": story],
            "c": ["articleBody": "A body the page does not hold at all."],
        ]
        try JSONSerialization.data(withJSONObject: truth).write(to: URL(fileURLWithPath: folder + "/ground-truth.json"))

        let evaluation = try ExtractionEvaluation(folder: folder)
        #expect(evaluation.pages.map(\.id) == ["a", "b", "c"])
        #expect(evaluation.pages[1].path.hasSuffix("b.html.gz"))
        let results = evaluation.evaluate()
        #expect(results.map(\.counts.f1) == [1, 1, 0])
        #expect(results[2].skipReason?.hasPrefix("no article text in the page") == true)
        let summary = ExtractionEvaluation.Summary(results)
        // Precision over the two pages that gave text, recall over all three.
        #expect(summary.precision == 1 && abs(summary.recall - 2.0 / 3) < 1e-12)
        #expect(summary.pagesUnderHalf == 1 && summary.pagesAtZero == 1)
    }

    @Test func aMissingGroundTruthIsAnError() {
        #expect(throws: BriefError.self) { try ExtractionEvaluation(folder: "/nonexistent-benchmark") }
    }
}

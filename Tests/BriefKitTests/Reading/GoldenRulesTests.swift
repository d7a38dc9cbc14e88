import BriefKit
import Foundation
import Testing

/// The public English Golden Rules set, read from ../shared when it is there (it is not
/// copied into this repository).
@Suite struct GoldenRulesTests {
    static let path = TestSupport.sharedFolder + "/eval/sentence-boundaries/golden-rules-en.txt"

    @Test func parsesTheFormat() {
        let evaluation = GoldenRulesEvaluation(
            parsing: """
                # comment
                #1
                > One. Two.
                = One.
                = Two.

                #2
                > Mr. Smith left.
                = Mr. Smith left.
                """)
        #expect(evaluation.cases.count == 2)
        #expect(evaluation.cases[0].expected == ["One.", "Two."])
        #expect(evaluation.failures().isEmpty)
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: path)))
    func passRateOnTheEnglishGoldenRules() throws {
        let text = try String(contentsOfFile: Self.path, encoding: .utf8)
        let evaluation = GoldenRulesEvaluation(parsing: text)
        let failures = evaluation.failures()
        let passed = evaluation.cases.count - failures.count
        print("golden-rules: \(passed)/\(evaluation.cases.count) passed")
        #expect(evaluation.cases.count == 48)
        // pySBD, the reference rule-based segmenter, passes 47 of 48; brief passes all 48.
        #expect(failures.isEmpty, "failing cases: \(failures.map { "#\($0.testCase.number): \($0.actual)" })")
    }
}

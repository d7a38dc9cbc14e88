import ArgumentParser
import BriefKit
import Foundation

struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Measure brief against public evaluation data.",
        subcommands: [GoldenRulesCommand.self]
    )
}

struct GoldenRulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "golden-rules",
        abstract: "Score the sentence segmenter on a Golden Rules file.",
        discussion: "For example: brief eval golden-rules ../shared/eval/sentence-boundaries/golden-rules-en.txt"
    )

    @Argument(help: ArgumentHelp("A file in the Golden Rules format.", valueName: "file"))
    var file: String

    func run() throws {
        try reportingErrors { () throws(BriefError) in
            guard let data = FileManager.default.contents(atPath: file) else {
                throw FileManager.default.fileExists(atPath: file) ? .unreadable(path: file, reason: "permission denied") : .missingPath(file)
            }
            let evaluation = GoldenRulesEvaluation(parsing: String(decoding: data, as: UTF8.self))
            let failures = evaluation.failures()
            for failure in failures {
                Terminal.output("FAIL #\(failure.testCase.number): \(failure.testCase.input)\n")
                for sentence in failure.testCase.expected { Terminal.output("  expected: \(sentence)\n") }
                for sentence in failure.actual { Terminal.output("  got:      \(sentence)\n") }
            }
            let total = evaluation.cases.count
            let passed = total - failures.count
            let percent = total == 0 ? 0 : Double(passed) * 100 / Double(total)
            Terminal.output("golden-rules: \(passed)/\(total) passed (\(String(format: "%.1f", percent))%)\n")
        }
    }
}

import Foundation
import Testing

/// The help a person reads, the man page and the README say the same thing, and none of them
/// drifts unseen: every subcommand's `--help` is pinned by a golden file, the man page names
/// every option the help lists, and the exit codes agree everywhere.
@Suite struct HelpAndDocumentationTests {
    /// Every command path, as typed after `brief`.
    static let commands: [[String]] = [
        [], ["generate"], ["archive"], ["archive", "list"], ["archive", "show"], ["archive", "search"],
        ["archive", "story"], ["archive", "reindex"], ["validate"], ["inspect"], ["inspect", "sentences"], ["eval"],
        ["eval", "golden-rules"], ["eval", "duc2004"], ["eval", "quotes"], ["eval", "extraction"],
        ["eval", "update"], ["eval", "stories"],
    ]

    static let goldenFolder = CLITests.packageRoot + "/Tests/BriefCLITests/Golden"
    static let manPage = CLITests.packageRoot + "/docs/brief.1"
    static let readme = CLITests.packageRoot + "/README.md"

    static func help(_ command: [String]) throws -> String {
        // Help is wrapped to the terminal's width: pin it to 80 columns wherever the tests run.
        let run = try CLITests.brief(command + ["--help"], environment: ["COLUMNS": "80", "LINES": "25"])
        #expect(run.status == 0, "\(command): \(run.stderr)")
        return run.stdout
    }

    @Test(arguments: commands)
    func helpTextIsPinned(_ command: [String]) throws {
        let name = (["brief"] + command).joined(separator: "-")
        let path = Self.goldenFolder + "/help-\(name).txt"
        let actual = try Self.help(command)
        let record = ProcessInfo.processInfo.environment["BRIEF_RECORD_GOLDEN"] == "1"
        guard !record, let expected = FileManager.default.contents(atPath: path) else {
            try actual.write(toFile: path, atomically: true, encoding: .utf8)
            Issue.record("recorded \(path); review it and run the tests again")
            return
        }
        #expect(
            actual == String(decoding: expected, as: UTF8.self),
            "help of '\((["brief"] + command).joined(separator: " "))' changed (re-record with BRIEF_RECORD_GOLDEN=1)")
    }

    /// The long options of a help text's OPTIONS section.
    static func options(inHelp help: String) -> [String] {
        guard let section = help.range(of: "OPTIONS:") else { return [] }
        let text = help[section.upperBound...]
        let regex = /(?m)^\s+(?:-[a-zA-Z], )?(--[a-z][a-z0-9-]*)/
        return text.matches(of: regex).map { String($0.output.1) }.filter { $0 != "--help" && $0 != "--version" }
    }

    @Test(arguments: commands)
    func theManPageNamesEveryOption(_ command: [String]) throws {
        let page = try String(contentsOfFile: Self.manPage, encoding: .utf8)
        for option in Self.options(inHelp: try Self.help(command)) {
            #expect(
                page.contains(".It Fl -" + option.dropFirst(2)),
                "docs/brief.1 lacks \(option) of brief \(command.joined(separator: " ")) (swift package generate-manual)")
        }
    }

    /// `code  meaning` lines after "Exit codes:" (the help and the man page print the same table).
    static func exitCodes(inListing text: String) -> [String] {
        guard let start = text.range(of: "Exit codes:\n") else { return [] }
        var codes: [String] = []
        for line in text[start.upperBound...].split(separator: "\n", omittingEmptySubsequences: false) {
            guard let match = line.wholeMatch(of: /\s+(\d+)\s+(.+)/) else { break }
            codes.append("\(match.output.1) \(match.output.2)")
        }
        return codes
    }

    /// The README's "Exit codes: 0 success; 3 ...; 64 ...." sentence as `code meaning` items.
    static func exitCodes(inREADME text: String) -> [String] {
        guard let start = text.range(of: "Exit codes: "), let end = text.range(of: ".\nEvery error", range: start.upperBound..<text.endIndex) else { return [] }
        return text[start.upperBound..<end.lowerBound].replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "`", with: "")
            .components(separatedBy: "; ")
    }

    @Test func theExitCodesAgreeInTheHelpTheManPageAndTheREADME() throws {
        let help = Self.exitCodes(inListing: try Self.help([]))
        #expect(help.count >= 14)
        #expect(Self.exitCodes(inListing: try String(contentsOfFile: Self.manPage, encoding: .utf8)) == help)
        #expect(Self.exitCodes(inREADME: try String(contentsOfFile: Self.readme, encoding: .utf8)) == help)
    }

    @Test func aMissingOptionOrCodeWouldBeFound() {
        // The parsers above find what they look for, so the comparisons cannot pass vacuously.
        #expect(Self.options(inHelp: "OPTIONS:\n  --date <d>   x\n  -f, --force  y\n  -h, --help\n") == ["--date", "--force"])
        #expect(Self.exitCodes(inListing: "Exit codes:\n  0  success\n  3  a path\n\nUSAGE") == ["0 success", "3 a path"])
        #expect(Self.exitCodes(inREADME: "Exit codes: 0 success; 3 a `--date`.\nEvery error") == ["0 success", "3 a --date"])
    }
}

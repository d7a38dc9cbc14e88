import ArgumentParser
import BriefKit
import BriefXML
import Foundation

@main
struct BriefCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "brief",
        abstract: "Turn a folder of news articles on one subject into a daily policy brief.",
        discussion: """
            With no subcommand, brief runs `generate` on ./seeds for today and writes \
            output/<date>/brief.txt, brief.html, brief.xml (DocBook) and brief.json, then \
            rebuilds the archive's output/index.html, output/feed.atom and search index. \
            `brief archive` lists, shows and searches the archived briefs.

            Exit codes:
            \(BriefError.exitCodeTable.map { "  \($0.code)  \($0.meaning)" }.joined(separator: "\n"))
            """,
        version: "brief \(BriefVersion.number) (libxml2 \(LibXML.version))",
        subcommands: [GenerateCommand.self, ArchiveCommand.self, ValidateCommand.self, InspectCommand.self, EvalCommand.self],
        defaultSubcommand: GenerateCommand.self
    )
}

extension BriefCommand {
    /// Reads the daily configuration file (``DailyConfig``) into the command line, then runs.
    static func main() {
        do {
            let (arguments, warnings) = try DailyConfig.arguments(for: Array(CommandLine.arguments.dropFirst()))
            for warning in warnings { Terminal.warning("warning: " + warning) }
            main(arguments)
        } catch {
            Terminal.error(error.description)
            Foundation.exit(BriefError.invalidOption("").exitCode)
        }
    }
}

/// Runs `body`, turning a ``BriefError`` into one line on stderr and its exit code.
func reportingErrors(_ body: () throws(BriefError) -> Void) throws {
    do {
        try body()
    } catch {
        Terminal.error(error.description)
        throw ExitCode(error.exitCode)
    }
}

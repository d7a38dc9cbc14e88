import ArgumentParser
import BriefArchive
import BriefKit
import BriefXML
import Foundation

struct ArchiveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "archive",
        abstract: "List, show and search the archived briefs, or rebuild the archive's index.",
        subcommands: [ArchiveListCommand.self, ArchiveShowCommand.self, ArchiveSearchCommand.self, ArchiveReindexCommand.self]
    )
}

/// `--output-dir`, shared by the archive commands.
struct ArchiveLocation: ParsableArguments {
    @Option(help: ArgumentHelp("The archive folder.", valueName: "dir"))
    var outputDir: String = "output"
}

/// `--json`, shared by the archive commands that print.
struct JSONFlag: ParsableArguments {
    @Flag(help: "Print JSON instead of text.")
    var json = false
}

struct ArchiveListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "One line per archived brief, newest first: date, title and counts.")

    @OptionGroup var location: ArchiveLocation
    @OptionGroup var output: JSONFlag

    func run() throws {
        try reportingErrors { () throws(BriefError) in
            let listing = ArchiveCatalog(folder: location.outputDir).entries()
            for problem in listing.problems { Terminal.warning(problem.description) }
            let newest = listing.entries.reversed()
            if output.json {
                Terminal.output(
                    JSONValue.array(
                        newest.map { entry in
                            let brief = entry.brief
                            return .object([
                                ("date", .string(brief.date.description)), ("title", .string(brief.title)),
                                ("keyPoints", .int(brief.keyPoints.count)), ("quotes", .int(brief.quotes.count)),
                                ("actors", .int(brief.actors.count)), ("openIssues", .int(brief.openIssues.count)),
                                ("agenda", .int(brief.agenda.count)), ("sources", .int(brief.sources.count)),
                                ("files", .array(entry.formats.map { .string("\(brief.date)/brief.\($0.fileExtension)") })),
                            ])
                        }
                    ).serialized() + "\n")
                return
            }
            for entry in newest {
                let brief = entry.brief
                Terminal.output(
                    "\(brief.date)  \(brief.title)  (\(brief.keyPoints.count) key points, \(brief.quotes.count) quotes, "
                        + "\(brief.actors.count) actors, \(brief.openIssues.count) open issues, \(brief.sources.count) sources)\n")
            }
        }
    }
}

struct ArchiveShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Print an archived brief as it was written.")

    @Argument(help: ArgumentHelp("The day of the brief.", valueName: "YYYY-MM-DD"))
    var date: String

    @Option(help: ArgumentHelp("text, html, docbook or json.", valueName: "format"))
    var format: String = "text"

    @Option(help: ArgumentHelp("An earlier revision of the day's brief (1 is the day's first; default: the current one).", valueName: "n"))
    var revision: Int?

    @OptionGroup var location: ArchiveLocation

    func run() throws {
        try reportingErrors { () throws(BriefError) in
            guard let day = BriefDate(date) else { throw .invalidDate(date) }
            let formats = try OutputFormat.named(format)
            guard formats.count == 1, let chosen = formats.first else { throw .invalidOption("--format takes one format") }
            let output = BriefOutput(folder: location.outputDir)
            if let revision {
                let kept = output.revisions(on: day)
                guard revision >= 1 && revision <= kept + 1 else {
                    throw .archive("\(day) has revisions 1 to \(kept + 1); there is no revision \(revision)")
                }
            }
            let path = output.path(for: day, format: chosen, revision: revision)
            guard let data = FileManager.default.contents(atPath: path) else {
                let archived = ArchiveCatalog(folder: location.outputDir).days().contains(day)
                throw .archive(
                    archived
                        ? "the brief for \(day) was not written as \(chosen.rawValue) (\(path) is missing)"
                        : "no brief for \(day) in \(location.outputDir)")
            }
            FileHandle.standardOutput.write(data)
        }
    }
}

struct ArchiveSearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Find key points, quotes, actors, agenda items and open issues across every archived brief.",
        discussion: """
            All words must match; words are stemmed ('pension' finds 'pensions'). Matches are \
            listed oldest first, so the first line answers "when did this first come up?".
            Example: brief archive search audit --speaker Okafor --since 2026-11-01
            """
    )

    @Argument(help: ArgumentHelp("Words to find (may be empty with --speaker or --actor).", valueName: "text"))
    var text: [String] = []

    @Option(help: ArgumentHelp("Only quotes by this speaker.", valueName: "name"))
    var speaker: String?

    @Option(help: ArgumentHelp("Only items that mention this actor.", valueName: "name"))
    var actor: String?

    @Option(help: ArgumentHelp("Only this kind of item: key-point, quote, open-issue, agenda or actor; repeat for several.", valueName: "kind"))
    var kind: [String] = []

    @Option(help: ArgumentHelp("The first day searched.", valueName: "YYYY-MM-DD"))
    var since: String?

    @Option(help: ArgumentHelp("The last day searched.", valueName: "YYYY-MM-DD"))
    var until: String?

    @Option(help: "At most this many matches.")
    var limit: Int = 100

    @OptionGroup var location: ArchiveLocation
    @OptionGroup var output: JSONFlag

    func run() throws {
        try reportingErrors { () throws(BriefError) in
            var kinds: [SearchHit.Kind] = []
            for name in kind {
                guard let found = SearchHit.Kind(rawValue: name.replacingOccurrences(of: "-", with: " ")) else {
                    throw .invalidOption("unknown --kind '\(name)': choose from key-point, quote, open-issue, agenda, actor")
                }
                kinds.append(found)
            }
            guard limit >= 1 else { throw .invalidOption("--limit must be at least 1 (got \(limit))") }
            let query = SearchQuery(
                text: text.joined(separator: " "), speaker: speaker, actor: actor, kinds: kinds,
                since: try since.map(Self.day), until: try until.map(Self.day), limit: limit)
            let hits = try Archive(folder: location.outputDir).searchIndex.search(query)
            if output.json {
                Terminal.output(
                    JSONValue.array(
                        hits.map { hit in
                            .object([
                                ("date", .string(hit.date.description)), ("kind", .string(hit.kind.rawValue)),
                                ("text", .string(hit.text)), ("speaker", .string(hit.speaker)),
                                ("sources", .array(hit.sources.map(JSONValue.string))),
                            ])
                        }
                    ).serialized() + "\n")
                return
            }
            for hit in hits {
                var line = "\(hit.date)  \(hit.kind.rawValue): "
                line += hit.kind == .quote ? "“\(hit.text)” — \(hit.speaker ?? "speaker not stated")" : hit.text
                Terminal.output(line + "\n            sources: " + hit.sources.joined(separator: "; ") + "\n")
            }
            if hits.isEmpty { Terminal.warning("no matches") }
        }
    }

    private static func day(_ text: String) throws(BriefError) -> BriefDate {
        guard let day = BriefDate(text) else { throw .invalidDate(text) }
        return day
    }
}

struct ArchiveReindexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reindex",
        abstract: "Rebuild the archive from its briefs' JSON files: missing day files, index.html, feed.atom and the search index.")

    @OptionGroup var location: ArchiveLocation

    @Option(help: ArgumentHelp("The look of the archive page: a style name or a path to a .css file.", valueName: "name|path"))
    var style: String = "default"

    @Option(
        help: ArgumentHelp(
            "The folder of named styles (default: ./styles, else the one installed beside brief).", valueName: "dir"))
    var stylesDir: String?

    @Option(help: ArgumentHelp("How long to wait for another run's archive lock.", valueName: "seconds"))
    var lockTimeout: Double = 10

    func run() throws {
        try reportingErrors { () throws(BriefError) in
            let look = try StyleLibrary(folder: stylesDir ?? InstalledResources.folder("styles")).style(style)
            guard FileManager.default.fileExists(atPath: location.outputDir) else { throw .missingPath(location.outputDir) }
            let lock = try ArchiveLock.acquire(folder: location.outputDir, timeout: max(0, lockTimeout))
            defer { lock.release() }
            let archive = Archive(folder: location.outputDir, style: look)
            archive.removeStaleTemporaries(day: nil)
            let refresh = try archive.reindex()
            for problem in refresh.problems { Terminal.warning(problem.description) }
            Terminal.output(
                "Indexed \(refresh.briefs) \(refresh.briefs == 1 ? "brief" : "briefs"): "
                    + "\(archive.indexPath), \(archive.feedPath), \(archive.searchIndex.path)\n")
        }
    }
}

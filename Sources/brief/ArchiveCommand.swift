import ArgumentParser
import BriefArchive
import BriefKit
import BriefXML
import Foundation

struct ArchiveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "archive",
        abstract: "List, show and search the archived briefs, follow a story across them, or rebuild the archive's index.",
        subcommands: [
            ArchiveListCommand.self, ArchiveShowCommand.self, ArchiveSearchCommand.self, ArchiveStoryCommand.self,
            ArchiveReindexCommand.self,
        ]
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
            let catalog = ArchiveCatalog(folder: location.outputDir)
            let listing = catalog.briefs()
            for problem in listing.problems { Terminal.warning(problem.description) }
            let newest = listing.briefs.reversed().map { catalog.entry(for: ArchiveDigest($0)) }
            if output.json {
                Terminal.output(
                    JSONValue.array(
                        newest.map { entry in
                            let brief = entry.digest
                            return .object([
                                ("date", .string(brief.date.description)), ("title", .string(brief.title)),
                                ("keyPoints", .int(brief.keyPoints)), ("quotes", .int(brief.quotes)),
                                ("actors", .int(brief.actors)), ("openIssues", .int(brief.openIssues)),
                                ("agenda", .int(brief.agenda)), ("sources", .int(brief.sources)),
                                ("files", .array(entry.formats.map { .string("\(brief.date)/brief.\($0.fileExtension)") })),
                            ])
                        }
                    ).serialized() + "\n")
                return
            }
            for entry in newest {
                let brief = entry.digest
                Terminal.output(
                    "\(brief.date)  \(brief.title)  (\(brief.keyPoints) key points, \(brief.quotes) quotes, "
                        + "\(brief.actors) actors, \(brief.openIssues) open issues, \(brief.sources) sources)\n")
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
        try archiveDay(text)
    }
}

/// A `YYYY-MM-DD` option's day.
func archiveDay(_ text: String) throws(BriefError) -> BriefDate {
    guard let day = BriefDate(text) else { throw .invalidDate(text) }
    return day
}

struct ArchiveStoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "story",
        abstract: "A story's timeline across the archive: what came up each day, dated and sourced.",
        discussion: """
            Every key point, quote, agenda item and open issue that matches is listed on the day \
            it first came up, with its sources; a later day lists only what was new or updated \
            that day (an update says what it was before) and counts its repeats. Words are \
            stemmed and must all match; --actor also finds the actor's other names.
            Example: brief archive story bridge --actor Okafor --since 2026-11-01
            """)

    @Argument(help: ArgumentHelp("Words the story's items hold (may be empty with --actor).", valueName: "words"))
    var words: [String] = []

    @Option(help: ArgumentHelp("Only items that mention this actor or quote them.", valueName: "name"))
    var actor: String?

    @Option(help: ArgumentHelp("The first day read.", valueName: "YYYY-MM-DD"))
    var since: String?

    @Option(help: ArgumentHelp("The last day read.", valueName: "YYYY-MM-DD"))
    var until: String?

    @OptionGroup var location: ArchiveLocation
    @OptionGroup var output: JSONFlag

    func run() throws {
        try reportingErrors { () throws(BriefError) in
            let query = StoryTimeline.Query(
                words: words.joined(separator: " "), actor: actor, since: try since.map(archiveDay), until: try until.map(archiveDay))
            guard !query.isEmpty else {
                throw .invalidOption("a story needs a word to follow (WORDS beyond common ones like 'the', or --actor)")
            }
            guard FileManager.default.fileExists(atPath: location.outputDir) else { throw .missingPath(location.outputDir) }
            let listing = ArchiveCatalog(folder: location.outputDir).briefs()
            for problem in listing.problems { Terminal.warning(problem.description) }
            let story = StoryTimeline(briefs: listing.briefs, query: query)
            if output.json {
                Terminal.output(Self.json(story).serialized() + "\n")
            } else {
                Terminal.output(Self.text(story))
            }
            if story.days.isEmpty { Terminal.warning("no archived brief mentions it") }
        }
    }

    static func text(_ story: StoryTimeline) -> String {
        guard let first = story.days.first, let last = story.days.last else { return "" }
        let count = story.entries.count
        var text = "\(story.days.count) \(story.days.count == 1 ? "day" : "days"), \(first.date.longDescription)"
        if last.date != first.date { text += " to \(last.date.longDescription)" }
        text += ": \(count) \(count == 1 ? "item" : "items")"
        if story.repeats > 0 { text += ", \(story.repeats) \(story.repeats == 1 ? "repeat" : "repeats") left out" }
        text += ".\n"
        for day in story.days {
            text += "\n\(day.date.longDescription) — \(day.title)\n"
            for entry in day.entries {
                var line = "  "
                switch entry.kind {
                case .resolved:
                    line += "resolved (listed \(entry.novelty.previousDate?.longDescription ?? "before")): \(entry.text)"
                case .quote:
                    line += "\(entry.novelty.status.rawValue) quote: “\(entry.text)” — \(entry.speaker ?? "speaker not stated")"
                default:
                    line += "\(entry.novelty.status.rawValue) \(entry.kind.rawValue): \(entry.text)"
                }
                if entry.kind != .resolved, entry.novelty.status == .updated, let date = entry.novelty.previousDate {
                    line += " (was \(entry.novelty.previousValue ?? "reported otherwise") on \(date.longDescription))"
                }
                text += line + "\n      sources: " + entry.sources.joined(separator: "; ") + "\n"
            }
            if day.repeats > 0 {
                text += "  (\(day.repeats) \(day.repeats == 1 ? "item" : "items") already reported on an earlier day)\n"
            }
        }
        return text
    }

    static func json(_ story: StoryTimeline) -> JSONValue {
        .array(
            story.days.map { day in
                .object([
                    ("date", .string(day.date.description)), ("title", .string(day.title)), ("repeats", .int(day.repeats)),
                    (
                        "entries",
                        .array(
                            day.entries.map { entry in
                                .object([
                                    ("kind", .string(entry.kind.rawValue)), ("status", .string(entry.novelty.status.rawValue)),
                                    ("text", .string(entry.text)), ("speaker", .string(entry.speaker)),
                                    ("sources", .array(entry.sources.map(JSONValue.string))),
                                    ("previousValue", .string(entry.novelty.previousValue)),
                                    ("previousDate", .string(entry.novelty.previousDate?.description)),
                                ])
                            })
                    ),
                ])
            })
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

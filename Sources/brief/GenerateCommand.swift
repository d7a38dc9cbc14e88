import ArgumentParser
import BriefArchive
import BriefKit
import BriefXML
import Foundation

struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write the brief of a corpus of articles into the archive.",
        discussion: """
            Reads articles from the given folders (sorted by file name) and files: plain text \
            (.txt), saved web pages (.html, .htm) and RSS/Atom feeds (.xml, .rss, .atom). Ranks \
            their sentences across the whole corpus, and writes <output-dir>/<date>/brief.<ext> \
            for each format (brief.json always: the archive is built from it), each file \
            written whole or not at all. Then rebuilds <output-dir>/index.html, feed.atom and \
            the search index archive.sqlite. A rerun for a day that already has a different \
            brief (late articles arrived) makes a new revision and keeps the earlier one in \
            <output-dir>/<date>/revisions/<n>/ (brief archive show <date> --revision <n>); the \
            same brief again is not rewritten.

            Two runs on one archive never interleave: the second waits for the archive lock \
            (--lock-timeout), then fails with exit code 14.
            """
    )

    @Argument(help: "Folders and files to read (default: ./seeds, else the sample installed beside brief).")
    var paths: [String] = []

    @Option(
        help: ArgumentHelp(
            "The day of the brief (default: the newest source's publication day, or today when no source is dated).",
            valueName: "YYYY-MM-DD"))
    var date: String?

    @Option(
        help: ArgumentHelp(
            "Read only sources published in the <days> days before the brief's day and on it; older and newer ones are listed as left out, undated ones kept.",
            valueName: "days"))
    var window: Int = 2

    @Option(help: ArgumentHelp("Read sources published from this day on (instead of --window).", valueName: "YYYY-MM-DD"))
    var since: String?

    @Option(
        name: .customLong("format"),
        help: ArgumentHelp(
            "Output format: \(OutputFormat.allCases.map(\.rawValue).joined(separator: ", ")), pdf (from the DocBook, with Apache FOP), or all (the four text formats); repeat for several (default: all; with --stdout, text).",
            valueName: "format"))
    var formats: [String] = []

    @Option(
        help: ArgumentHelp(
            "A YAML file of daily defaults, its keys the long options (default: $BRIEF_CONFIG, ./brief.yaml, ~/.config/brief/brief.yaml); options given here win.",
            valueName: "file"))
    var config: String?

    @Flag(help: "Read no configuration file.")
    var noConfig = false

    @Option(help: .hidden)
    var configuredPath: [String] = []

    @Option(help: ArgumentHelp("The PDF's paper: a4 or letter.", valueName: "paper"))
    var paper: String = "a4"

    @Option(help: ArgumentHelp("The archive folder briefs are written to.", valueName: "dir"))
    var outputDir: String = "output"

    @Flag(help: "Write the one requested format to standard output, and no files.")
    var stdout = false

    @Flag(help: "Accepted for older cron lines; no longer needed: a rerun keeps the day's earlier brief as a revision.")
    var force = false

    @Option(help: ArgumentHelp("How long to wait for another run's archive lock.", valueName: "seconds"))
    var lockTimeout: Double = 10

    @Option(help: "How many key points at most (default: 10, or as many as --words needs).")
    var points: Int?

    @Option(help: "A word budget for the key points: whole sentences in rank order until it is reached.")
    var words: Int?

    @Flag(help: "Brief every article as one story, even when the folder holds several (by default the main story is briefed and the others listed).")
    var allStories = false

    @Flag(help: "Keep only the key points that are new or updated since the archive's earlier briefs of the subject (--words counts only those).")
    var onlyNew = false

    @Option(
        help: ArgumentHelp(
            "Compare with the archive's briefs of the subject from this many days before the brief's day (0: compare with none).",
            valueName: "days"))
    var compareDays: Int = 30

    @Option(help: "The brief's title (default: the headline that best fits the key points).")
    var title: String?

    @Option(help: "Column width of the plain-text brief.")
    var width: Int = 72

    @Option(help: "How many quotes the text, HTML and DocBook briefs show, best ranked first (the JSON brief keeps all).")
    var quotes: Int = SectionLimits().quotes

    @Option(
        help: ArgumentHelp(
            "How much of a section the text, HTML and DocBook briefs show (the JSON brief keeps all); repeat for several. NAME is agenda (default 12), actors (20), places (10), quotes (8), open-issues (10), sources (40: more sources are grouped by outlet with counts, the 40 biggest listed) or citations (8 source markers an item; the rest are counted).",
            valueName: "NAME=N"))
    var limit: [String] = []

    @Option(
        help: ArgumentHelp(
            "The look of the HTML brief and the archive page: a style name from the styles folder, or a path to a .css file.",
            valueName: "name|path"))
    var style: String = "default"

    @Option(
        help: ArgumentHelp(
            "The folder of named styles (default: ./styles, else the one installed beside brief).", valueName: "dir"))
    var stylesDir: String?

    @Flag(help: "Also read articles in subfolders.")
    var recursive = false

    @Flag(
        inversion: .prefixedNo,
        help:
            "Date a source that gives no date of its own by its file's modification day (shown as \"file date\"); a file modified after the brief's day leaves its source undated."
    )
    var fileDates = true

    @Option(help: ArgumentHelp("Skip files larger than this, without reading them.", valueName: "MiB"))
    var maxFileSize: Int = 64

    @Option(help: ArgumentHelp("Read at most this many files (in name order); the rest are left out with a warning.", valueName: "n"))
    var maxDocuments: Int = 100_000

    @Option(help: ArgumentHelp("Cut sentences longer than this into pieces before ranking.", valueName: "characters"))
    var maxSentenceLength: Int = SegmentedCorpus.defaultMaxSentenceLength

    @OptionGroup(title: "E-mail")
    var email: EmailOptions

    @Flag(help: "No progress line, no summary, no list of files written; warnings and errors still go to standard error.")
    var quiet = false

    @Flag(help: "Print the time each stage took (read, segment, index, rank, extract, render) on standard error.")
    var timings = false

    func validate() throws {
        try email.validate()
        if stdout && email.email { throw ValidationError("--email writes a file into the archive; it cannot be used with --stdout") }
        if lockTimeout < 0 || !lockTimeout.isFinite { throw ValidationError("--lock-timeout must be 0 or more seconds") }
        if maxFileSize < 1 || maxFileSize > 1 << 20 { throw ValidationError("--max-file-size must be between 1 and 1048576 MiB") }
        if maxDocuments < 1 { throw ValidationError("--max-documents must be at least 1") }
        if maxSentenceLength < 20 { throw ValidationError("--max-sentence-length must be at least 20 characters") }
        if window < 0 { throw ValidationError("--window must be 0 or more days") }
        if compareDays < 0 { throw ValidationError("--compare-days must be 0 or more days") }
    }

    func run() throws {
        try reportingErrors { () throws(BriefError) in try generate() }
    }

    private func generate() throws(BriefError) {
        let started = ContinuousClock.now
        let requestedDay = try date.map { text throws(BriefError) in
            guard let day = BriefDate(text) else { throw BriefError.invalidDate(text) }
            return day
        }
        var chosen: [OutputFormat] = []
        var wantsPDF = email.attachments.contains(.pdf)
        for name in formats {
            if name.lowercased() == "pdf" {
                wantsPDF = true
                continue
            }
            let named: [OutputFormat]
            do {
                named = try OutputFormat.named(name)
            } catch {
                throw .unknownFormat(name, known: OutputFormat.allCases.map(\.rawValue) + ["pdf", "all"])
            }
            for format in named where !chosen.contains(format) { chosen.append(format) }
        }
        let look = try StyleLibrary(folder: stylesDir ?? InstalledResources.folder("styles")).style(style)
        if let points, points < 1 { throw .invalidOption("--points must be at least 1 (got \(points))") }
        if let words, words < 1 { throw .invalidOption("--words must be at least 1 (got \(words))") }
        guard width >= 20 else { throw .invalidOption("--width must be at least 20 (got \(width))") }
        guard quotes >= 0 else { throw .invalidOption("--quotes must be at least 0 (got \(quotes))") }
        if stdout && wantsPDF { throw .invalidOption("--stdout writes text; a PDF goes into the archive (leave out --stdout)") }
        if stdout && chosen.count > 1 {
            throw .invalidOption("--stdout writes one format; got \(chosen.count) (\(formats.joined(separator: ", ")))")
        }

        let inputs = !paths.isEmpty ? paths : !configuredPath.isEmpty ? configuredPath : [InstalledResources.folder("seeds")]
        let progress = ProgressLine.start(quiet: quiet)
        defer { progress?.finish() }
        var stageTimings = StageTimings()
        if let progress { stageTimings.onStageStart = { stage in progress.enter(stage) } }
        var limits = SectionLimits(quotes: quotes)
        for setting in limit { try limits.apply(setting) }
        var pipeline = BriefPipeline(renderOptions: RenderOptions(width: width, style: look, limits: limits))
        pipeline.loader.recursive = recursive
        pipeline.loader.fileDates = fileDates
        pipeline.loader.maxFileBytes = maxFileSize * 1024 * 1024
        pipeline.loader.maxFiles = maxDocuments
        pipeline.builder.maxSentenceLength = maxSentenceLength
        if allStories { pipeline.builder.storyGrouper = nil }
        let corpus = try stageTimings.measure(.read) { () throws(BriefError) in try pipeline.read(inputs) }
        for diagnostic in corpus.diagnostics { Terminal.warning(diagnostic.description) }
        if corpus.documents.isEmpty { throw .emptyCorpus(inputs) }
        let day = requestedDay ?? BriefPipeline.defaultDate(for: corpus.documents)
        let sourceWindow =
            try since.map { text throws(BriefError) in
                guard let first = BriefDate(text) else { throw BriefError.invalidDate(text) }
                return SourceWindow(since: first, until: day)
            } ?? SourceWindow(days: window, endingOn: day)
        // The archive's earlier briefs: those of the subject mark today's items (with --stdout
        // too: it compares, and writes nothing).
        let earlier = compareDays > 0 ? ArchiveCatalog(folder: outputDir).briefs(before: day, days: compareDays) : (briefs: [], problems: [])
        for problem in earlier.problems { Terminal.warning(problem.description) }
        let brief = try pipeline.build(
            documents: corpus.documents, date: day, window: sourceWindow, title: title,
            points: points ?? (words == nil ? 10 : 1_000), words: words, earlier: earlier.briefs, onlyNew: onlyNew,
            timings: &stageTimings)
        // The documents are freed on another thread while the brief is rendered; the summary
        // needs only their counts.
        let (articleCount, fileCount, skippedCount) = (corpus.documents.count, corpus.files, corpus.skipped)
        releaseInBackground(consume corpus)
        if stageTimings.cutSentences > 0 {
            Terminal.warning(
                "warning: \(stageTimings.cutSentences) sentences longer than \(maxSentenceLength) characters were cut into pieces for ranking (--max-sentence-length)"
            )
        }

        if stdout {
            try stageTimings.measure(.render) { () throws(BriefError) in
                Terminal.output(try pipeline.render(brief, as: chosen.first ?? .text))
            }
            progress?.finish()
            if timings { for line in stageTimings.lines { Terminal.writeError("brief: timing: \(line)\n") } }
            return
        }

        // The PDF is made from the DocBook before the archive is locked (FOP takes seconds).
        var pdf: [UInt8]?
        if wantsPDF {
            guard let sheet = PDFExport.Paper(rawValue: paper.lowercased()) else {
                throw .invalidOption("unknown --paper '\(paper)': choose from a4, letter")
            }
            if !chosen.isEmpty && !chosen.contains(.docbook) { chosen.append(.docbook) }  // the PDF's source goes beside it
            let docbook = try pipeline.render(brief, as: .docbook)
            pdf = try PDFExport.render(docbook: docbook, date: day, paper: sheet)
        }
        let published = try stageTimings.measure(.render) { () throws(BriefError) in
            try Archive(folder: outputDir, style: look).publish(
                brief, formats: chosen, pipeline: pipeline, email: email.message(), pdf: pdf,
                attachments: email.attachments, lockTimeout: lockTimeout)
        }
        for problem in published.problems { Terminal.warning(problem.description) }
        if email.sendmail, let message = published.paths.first(where: { $0.hasSuffix(".eml") }) {
            try MailSender.send(message, command: email.sendmailCommand.map { $0.split(separator: " ").map(String.init) } ?? MailSender.defaultCommand)
        }
        progress?.finish()
        if timings { for line in stageTimings.lines { Terminal.writeError("brief: timing: \(line)\n") } }
        guard !quiet else { return }
        let revision = published.revision > 1 && !published.briefUnchanged ? " (revision \(published.revision))" : ""
        for path in published.paths {
            let unchanged = published.briefUnchanged && !path.hasSuffix(".eml")
            Terminal.output((unchanged ? "Unchanged " : "Wrote ") + path + (unchanged ? "" : revision) + "\n")
        }
        let seconds = (ContinuousClock.now - started).seconds
        Terminal.writeError(
            "brief: "
                + RunSummary(
                    articles: articleCount, files: fileCount, skipped: skippedCount,
                    leftOut: brief.leftOutCount, window: "\(sourceWindow.since) – \(sourceWindow.until)",
                    otherStories: brief.otherStories.count, otherStoryArticles: brief.otherStories.reduce(0) { $0 + $1.sources.count },
                    sentences: stageTimings.sentences, seconds: seconds, folder: BriefOutput(folder: outputDir).dayFolder(for: day),
                    unchanged: published.unchanged, archivedBriefs: published.briefs
                ).line + "\n")
    }
}

import ArgumentParser
import BriefKit
import BriefXML
import Foundation

struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write the brief of a corpus of articles.",
        discussion: """
            Reads articles from the given folders (sorted by file name) and files: plain text \
            (.txt), saved web pages (.html, .htm) and RSS/Atom feeds (.xml, .rss, .atom). Ranks \
            their sentences across the whole corpus, and writes output/<date>/brief.<ext> for \
            each format, each file written whole or not at all.
            """
    )

    @Argument(help: "Folders and files to read (default: seeds).")
    var paths: [String] = []

    @Option(help: ArgumentHelp("The day of the brief (default: the newest source's publication day, or today when no source is dated).",
                               valueName: "YYYY-MM-DD"))
    var date: String?

    @Option(name: .customLong("format"), help: ArgumentHelp(
        "Output format: \(OutputFormat.allCases.map(\.rawValue).joined(separator: ", ")), or all; repeat for several (default: all; with --stdout, text).",
        valueName: "format"))
    var formats: [String] = []

    @Option(help: ArgumentHelp("The folder briefs are written to.", valueName: "dir"))
    var outputDir: String = "output"

    @Flag(help: "Write the one requested format to standard output, and no files.")
    var stdout = false

    @Option(help: "How many key points at most (default: 10, or as many as --words needs).")
    var points: Int?

    @Option(help: "A word budget for the key points: whole sentences in rank order until it is reached.")
    var words: Int?

    @Option(help: "The brief's title (default: the headline that best fits the key points).")
    var title: String?

    @Option(help: "Column width of the plain-text brief.")
    var width: Int = 72

    @Option(help: ArgumentHelp("The look of the HTML brief: a style name from the styles folder, or a path to a .css file.", valueName: "name|path"))
    var style: String = "default"

    @Option(help: ArgumentHelp("The folder of named styles.", valueName: "dir"))
    var stylesDir: String = "styles"

    @Flag(help: "Also read articles in subfolders.")
    var recursive = false

    @Flag(help: "Print the time each stage took (read, segment, index, rank, extract, render) on standard error.")
    var timings = false

    func run() throws {
        try reportingErrors { () throws(BriefError) in
            let requestedDay = try date.map { text throws(BriefError) in
                guard let day = BriefDate(text) else { throw BriefError.invalidDate(text) }
                return day
            }
            var chosen: [OutputFormat] = []
            for name in formats {
                for format in try OutputFormat.named(name) where !chosen.contains(format) { chosen.append(format) }
            }
            let look = try StyleLibrary(folder: stylesDir).style(style)
            if let points, points < 1 { throw .invalidOption("--points must be at least 1 (got \(points))") }
            if let words, words < 1 { throw .invalidOption("--words must be at least 1 (got \(words))") }
            guard width >= 20 else { throw .invalidOption("--width must be at least 20 (got \(width))") }
            if stdout && chosen.count > 1 {
                throw .invalidOption("--stdout writes one format; got \(chosen.count) (\(formats.joined(separator: ", ")))")
            }

            var stageTimings = StageTimings()
            let (loaded, documents) = try stageTimings.measure(.read) { () throws(BriefError) in
                let loaded = try CorpusLoader(recursive: recursive, readers: ArticleReaders.all)
                    .load(paths: paths.isEmpty ? ["seeds"] : paths)
                return (loaded, CorpusReader.documents(from: loaded.articles))
            }
            for diagnostic in loaded.diagnostics { Terminal.warning(diagnostic.description) }
            let day = requestedDay ?? BriefDate.newestPublication(of: documents) ?? BriefDate.today()
            let brief = try BriefBuilder().build(documents: documents, date: day, title: title,
                                                 points: points ?? (words == nil ? 10 : 1_000), words: words,
                                                 timings: &stageTimings)
            let options = RenderOptions(width: width, style: look)
            let registry = RendererRegistry.all

            try stageTimings.measure(.render) { () throws(BriefError) in
                if stdout {
                    let format = chosen.first ?? .text
                    Terminal.output(try registry.renderer(for: format, options: options).render(brief))
                } else {
                    let written = try BriefOutput(folder: outputDir)
                        .write(brief, formats: chosen.isEmpty ? OutputFormat.allCases : chosen, registry: registry, options: options)
                    for path in written { Terminal.output("Wrote \(path)\n") }
                }
            }
            if timings {
                for line in stageTimings.lines { Terminal.writeError("brief: timing: \(line)\n") }
            }
        }
    }
}

extension BriefDate {
    static func today() -> BriefDate {
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        return BriefDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)
            ?? BriefDate(daysSinceEpoch: 0)
    }
}

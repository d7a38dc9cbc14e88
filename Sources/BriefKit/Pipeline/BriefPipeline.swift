import Foundation

/// The whole run as one value, with complete defaults: read files (every reader brief ships)
/// -> documents -> the brief (``BriefBuilder``'s stages) -> rendered text (every renderer).
///
/// `generate`, the evaluations, the fuzzer and the tests all start here, so none of them
/// assembles the stages itself; each stage can still be configured (or called alone).
public struct BriefPipeline: Sendable {
    /// Reads folders and files into articles.
    public var loader: CorpusLoader
    /// Segments, ranks and extracts.
    public var builder: BriefBuilder
    /// The renderer of each format.
    public var renderers: RendererRegistry
    /// Width and style for the renderers.
    public var renderOptions: RenderOptions

    public init(
        loader: CorpusLoader = CorpusLoader(), builder: BriefBuilder = BriefBuilder(),
        renderers: RendererRegistry = RendererRegistry(), renderOptions: RenderOptions = RenderOptions()
    ) {
        self.loader = loader
        self.builder = builder
        self.renderers = renderers
        self.renderOptions = renderOptions
    }

    /// What reading a corpus found: the documents, and how the files went.
    public struct ReadCorpus: Sendable {
        /// The articles as documents, in corpus order.
        public var documents: [Document]
        /// How many files were read (a feed file gives several articles).
        public var files: Int
        /// How many files were skipped (each has a diagnostic saying why).
        public var skipped: Int
        /// Why files were skipped, and other problems worth a warning.
        public var diagnostics: [Diagnostic]
    }

    /// Reads every article under `paths`. Only the documents are kept: the articles' text is
    /// freed once they are made.
    /// A corpus with no article is returned empty, with the diagnostics that say why.
    /// - Throws: ``BriefError/missingPath(_:)``, ``BriefError/unreadable(path:reason:)``.
    public func read(_ paths: [String]) throws(BriefError) -> ReadCorpus {
        let loaded = try loader.loadAll(paths: paths)
        return ReadCorpus(
            documents: CorpusReader.documents(from: loaded.articles), files: loaded.files,
            skipped: loaded.skipped, diagnostics: loaded.diagnostics)
    }

    /// The day a brief of `documents` is for when none is asked for: the newest source's
    /// publication day, or today (local time) when no source is dated.
    public static func defaultDate(for documents: [Document]) -> BriefDate {
        BriefDate.newestPublication(of: documents) ?? BriefDate.today()
    }

    /// The brief of `documents` (see ``BriefBuilder/build(documents:date:title:points:words:earlier:onlyNew:timings:)``).
    public func build(
        documents: [Document], date: BriefDate, title: String? = nil, points: Int = 10, words: Int? = nil,
        earlier: [Brief] = [], onlyNew: Bool = false, timings: inout StageTimings
    ) throws(BriefError) -> Brief {
        try builder.build(
            documents: documents, date: date, title: title, points: points, words: words, earlier: earlier, onlyNew: onlyNew,
            timings: &timings)
    }

    /// The brief of the `documents` published within `window` (``SourceWindow/partition(_:)``),
    /// the others listed as left out: the newest ``Brief/maximumLeftOutListed`` of them, and
    /// their count.
    /// - Throws: ``BriefError/nothingInWindow(leftOut:since:until:)`` when none is within it,
    ///   and what building throws.
    public func build(
        documents: [Document], date: BriefDate, window: SourceWindow, title: String? = nil, points: Int = 10,
        words: Int? = nil, earlier: [Brief] = [], onlyNew: Bool = false, timings: inout StageTimings
    ) throws(BriefError) -> Brief {
        let (kept, leftOut) = window.partition(documents)
        if kept.isEmpty { throw .nothingInWindow(leftOut: leftOut.count, since: window.since, until: window.until) }
        var brief = try build(
            documents: kept, date: date, title: title, points: points, words: words, earlier: earlier, onlyNew: onlyNew,
            timings: &timings)
        brief.window = window
        brief.leftOutCount = leftOut.count
        brief.leftOut = Array(
            BriefBuilder.sources(of: leftOut)
                .sorted { ($0.published ?? date, $1.id) > ($1.published ?? date, $0.id) }
                .prefix(Brief.maximumLeftOutListed))
        return brief
    }

    /// The brief of `documents` for `date`, marked against the `earlier` briefs of its subject.
    public func build(
        documents: [Document], date: BriefDate, title: String? = nil, points: Int = 10,
        words: Int? = nil, earlier: [Brief] = [], onlyNew: Bool = false
    ) throws(BriefError) -> Brief {
        try builder.build(documents: documents, date: date, title: title, points: points, words: words, earlier: earlier, onlyNew: onlyNew)
    }

    /// Reads `paths` and builds their brief for `date` (default: ``defaultDate(for:)``).
    /// - Throws: what ``read(_:)`` and building throw; ``BriefError/emptyCorpus(_:)`` when
    ///   no file holds an article.
    public func brief(
        of paths: [String], date: BriefDate? = nil, title: String? = nil, points: Int = 10,
        words: Int? = nil
    ) throws(BriefError) -> Brief {
        let corpus = try read(paths)
        if corpus.documents.isEmpty { throw .emptyCorpus(paths) }
        return try build(
            documents: corpus.documents, date: date ?? Self.defaultDate(for: corpus.documents),
            title: title, points: points, words: words)
    }

    /// `brief` in `format`.
    /// - Throws: ``BriefError/unknownFormat(_:known:)`` when no renderer is registered for it.
    public func render(_ brief: Brief, as format: OutputFormat) throws(BriefError) -> String {
        try renderers.renderer(for: format, options: renderOptions).render(brief)
    }

    /// `brief` in each of `formats`, in that order, the formats rendered at the same time on
    /// every core. The first format that fails, in that order, gives the error.
    public func render(_ brief: Brief, as formats: [OutputFormat]) throws(BriefError) -> [RenderedBrief] {
        // Each format on a thread of its own, not in a `concurrentPerform`: a renderer that
        // shares its own work out over every core (JSON's, for a large brief) then still can.
        let pending = formats.map { format in
            BackgroundResult { [self] () -> Result<RenderedBrief, BriefError> in
                do throws(BriefError) {
                    return .success(RenderedBrief(format: format, text: try render(brief, as: format)))
                } catch {
                    return .failure(error)
                }
            }
        }
        return try pending.map { result throws(BriefError) in try result.take().get() }
    }
}

/// One rendering of a brief: its format and its text.
public struct RenderedBrief: Sendable, Equatable {
    public var format: OutputFormat
    public var text: String

    public init(format: OutputFormat, text: String) {
        self.format = format
        self.text = text
    }
}

extension BriefDate {
    /// Today in the local time zone.
    public static func today() -> BriefDate {
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        return BriefDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)
            ?? BriefDate(daysSinceEpoch: 0)
    }
}

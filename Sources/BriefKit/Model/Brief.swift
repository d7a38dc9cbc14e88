/// The daily policy brief: one document model that every renderer consumes.
///
/// Plain values only: building a brief never touches the file system, and every item
/// keeps its provenance (the sources and sentences it came from).
public struct Brief: Hashable, Sendable {
    public var title: String
    /// The day the brief is for.
    public var date: BriefDate
    /// The articles the brief was built from, in corpus order.
    public var sources: [Source] {
        didSet { sourceNumbers = Self.numbers(of: sources) }
    }
    /// The most important facts, in rank order.
    public var keyPoints: [KeyPoint]
    /// Upcoming events, sorted by date.
    public var agenda: [AgendaItem]
    /// People and organisations, most salient first.
    public var actors: [Actor]
    /// Direct quotations.
    public var quotes: [Quote]
    /// Unresolved questions and disagreements between sources.
    public var openIssues: [OpenIssue]
    /// The publication days read, when the brief was limited to a window of them.
    public var window: SourceWindow?
    /// Articles found but not read because they were published outside ``window``: the
    /// newest ``maximumLeftOutListed`` of them (a folder that grows every day would otherwise
    /// list its whole past in every brief).
    public var leftOut: [Source]
    /// How many articles were left out, listed or not.
    public var leftOutCount: Int
    /// The folder's other stories, left out of the brief: the largest first (empty when the
    /// folder held one story).
    public var otherStories: [OtherStory] = []
    /// What the day's sources also reported beyond the key points: their best-ranked sentences,
    /// at most ``maximumAlsoReported``, each fact once. Not shown; kept so that a later brief
    /// knows them as already reported.
    public var alsoReported: [String] = []
    /// The most sentences ``alsoReported`` keeps.
    public static let maximumAlsoReported = 200
    /// What comparing with the archive's earlier briefs of the subject found; nil when none
    /// was compared (no archive, or none of the same subject).
    public var comparison: ArchiveComparison?
    /// The most left-out articles a brief lists.
    public static let maximumLeftOutListed = 20

    public init(
        title: String, date: BriefDate, sources: [Source], keyPoints: [KeyPoint],
        agenda: [AgendaItem] = [], actors: [Actor] = [], quotes: [Quote] = [], openIssues: [OpenIssue] = [],
        window: SourceWindow? = nil, leftOut: [Source] = [], leftOutCount: Int? = nil
    ) {
        self.window = window
        self.leftOut = leftOut
        self.leftOutCount = leftOutCount ?? leftOut.count
        self.title = title
        self.date = date
        self.sources = sources
        self.keyPoints = keyPoints
        self.agenda = agenda
        self.actors = actors
        self.quotes = quotes
        self.openIssues = openIssues
        self.sourceNumbers = Self.numbers(of: sources)
    }

    /// The 1-based marker number of a source id, as renderers print it ("[3]").
    public func marker(for sourceID: String) -> Int? {
        sourceNumbers[sourceID]
    }

    /// Source id to marker number, kept in step with ``sources`` so that renderers look
    /// markers up in constant time.
    private var sourceNumbers: [String: Int]

    /// The schema name the JSON form carries as `"schema"`.
    public static let schema = "brief/2"

    private static func numbers(of sources: [Source]) -> [String: Int] {
        var numbers: [String: Int] = [:]
        for (index, source) in sources.enumerated() where numbers[source.id] == nil { numbers[source.id] = index + 1 }
        return numbers
    }
}

extension Brief: Codable {
    private enum CodingKeys: String, CodingKey {
        case schema, title, date, sources, keyPoints, agenda, actors, quotes, openIssues, window, leftOut, leftOutCount, otherStories, comparison,
            alsoReported
    }

    /// Reads the `brief/2` form.
    /// - Throws: `DecodingError` when the schema is another or a field is missing or malformed.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let schema = try container.decode(String.self, forKey: .schema)
        guard schema == Brief.schema else {
            throw DecodingError.dataCorruptedError(
                forKey: .schema, in: container,
                debugDescription: "schema \(schema), expected \(Brief.schema)")
        }
        self.init(
            title: try container.decode(String.self, forKey: .title),
            date: try container.decode(BriefDate.self, forKey: .date),
            sources: try container.decode([Source].self, forKey: .sources),
            keyPoints: try container.decode([KeyPoint].self, forKey: .keyPoints),
            agenda: try container.decode([AgendaItem].self, forKey: .agenda),
            actors: try container.decode([Actor].self, forKey: .actors),
            quotes: try container.decode([Quote].self, forKey: .quotes),
            openIssues: try container.decode([OpenIssue].self, forKey: .openIssues),
            // Written since the freshness window; earlier brief/2 files lack them.
            window: try container.decodeIfPresent(SourceWindow.self, forKey: .window),
            leftOut: try container.decodeIfPresent([Source].self, forKey: .leftOut) ?? [],
            leftOutCount: try container.decodeIfPresent(Int.self, forKey: .leftOutCount)
        )
        otherStories = try container.decodeIfPresent([OtherStory].self, forKey: .otherStories) ?? []
        comparison = try container.decodeIfPresent(ArchiveComparison.self, forKey: .comparison)
        alsoReported = try container.decodeIfPresent([String].self, forKey: .alsoReported) ?? []
    }

    /// Writes the `brief/2` form: the schema name, then every field, sections in reading order.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(Brief.schema, forKey: .schema)
        try container.encode(title, forKey: .title)
        try container.encode(date, forKey: .date)
        try container.encode(sources, forKey: .sources)
        try container.encode(keyPoints, forKey: .keyPoints)
        try container.encode(agenda, forKey: .agenda)
        try container.encode(actors, forKey: .actors)
        try container.encode(quotes, forKey: .quotes)
        try container.encode(openIssues, forKey: .openIssues)
        try container.encode(window, forKey: .window)
        try container.encode(leftOut, forKey: .leftOut)
        try container.encode(leftOutCount, forKey: .leftOutCount)
        try container.encode(otherStories, forKey: .otherStories)
        try container.encode(comparison, forKey: .comparison)
        try container.encode(alsoReported, forKey: .alsoReported)
    }
}

extension Brief {
    /// The people and organisations, in the brief's order.
    public var peopleAndOrganizations: [Actor] { actors.filter { $0.kind != .place } }
    /// The countries and places, in the brief's order.
    public var places: [Actor] { actors.filter { $0.kind == .place } }
}

extension Brief {
    /// "Wednesday 5 March 2025 · 5 sources", and how many of them are undated
    /// ("· 5 sources, none dated", "· 4 sources, 1 undated") or dated only by their files'
    /// modification days ("· 3 sources, 2 dated by their files"): the line under every title.
    public var coverageLine: String {
        let count = sources.count
        var line = "\(date.longDescription) · \(count) \(count == 1 ? "source" : "sources")"
        let undated = sources.count { $0.published == nil }
        let byFile = sources.count { $0.published != nil && $0.publishedBasis == .fileModified }
        if count > 0 && undated == count {
            line += count == 1 ? ", not dated" : ", none dated"
        } else if undated > 0 {
            line += ", \(undated) undated"
        }
        if byFile > 0 {
            line +=
                byFile == count
                ? (count == 1 ? ", dated by its file" : ", all dated by their files")
                : (byFile == 1 ? ", 1 dated by its file" : ", \(byFile) dated by their files")
        }
        return line
    }

    /// What was left out and why ("2 sources published before Monday 3 March 2025 were left
    /// out:"); nil when nothing was.
    public var leftOutNote: String? {
        guard leftOutCount > 0 else { return nil }
        let count = leftOutCount
        let verb = count == 1 ? "was" : "were"
        let sources = count == 1 ? "1 source" : "\(count) sources"
        guard let window else { return "\(sources) \(verb) left out:" }
        let older = leftOut.allSatisfy { ($0.published ?? window.since) < window.since }
        let newer = leftOut.allSatisfy { ($0.published ?? window.until) > window.until }
        let span =
            older
            ? "before \(window.since.longDescription)"
            : newer
                ? "after \(window.until.longDescription)"
                : "before \(window.since.longDescription) or after \(window.until.longDescription)"
        let listed = leftOut.count < count ? " (the newest \(leftOut.count) listed)" : ""
        return "\(sources) published \(span) \(verb) left out\(listed):"
    }
}

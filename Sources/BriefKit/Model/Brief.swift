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

    public init(
        title: String, date: BriefDate, sources: [Source], keyPoints: [KeyPoint],
        agenda: [AgendaItem] = [], actors: [Actor] = [], quotes: [Quote] = [], openIssues: [OpenIssue] = []
    ) {
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

    private static func numbers(of sources: [Source]) -> [String: Int] {
        var numbers: [String: Int] = [:]
        for (index, source) in sources.enumerated() where numbers[source.id] == nil { numbers[source.id] = index + 1 }
        return numbers
    }
}

/// The daily policy brief: one document model that every renderer consumes.
///
/// Plain values only: building a brief never touches the file system, and every item
/// keeps its provenance (the sources and sentences it came from).
public struct Brief: Hashable, Sendable {
    public var title: String
    /// The day the brief is for.
    public var date: BriefDate
    /// The articles the brief was built from, in corpus order.
    public var sources: [Source]
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
    }

    /// The 1-based marker number of a source id, as renderers print it ("[3]").
    public func marker(for sourceID: String) -> Int? {
        sources.firstIndex { $0.id == sourceID }.map { $0 + 1 }
    }
}

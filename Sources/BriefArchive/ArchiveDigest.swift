import BriefKit

/// What the archive's index page, feed and list show of one day's brief: its title, how many
/// items each section holds, its most salient actors and the opening of its key points. Kept
/// in the search index beside the day's rows, so bringing the pages up to date after a new day
/// reads that day's brief alone, however many days the archive holds and however large they are.
public struct ArchiveDigest: Hashable, Sendable {
    public var date: BriefDate
    public var title: String
    public var keyPoints: Int
    public var quotes: Int
    public var actors: Int
    public var openIssues: Int
    public var agenda: Int
    public var sources: Int
    /// The names of the most salient actors, at most ``keyActorCount``.
    public var keyActors: [String]
    /// The first ``summaryPoints`` key points, one after the other ("" when there are none).
    public var summary: String

    /// Actors a digest names.
    public static let keyActorCount = 4
    /// Key points a digest's summary holds.
    public static let summaryPoints = 3

    public init(
        date: BriefDate, title: String, keyPoints: Int, quotes: Int, actors: Int, openIssues: Int, agenda: Int, sources: Int,
        keyActors: [String], summary: String
    ) {
        self.date = date
        self.title = title
        self.keyPoints = keyPoints
        self.quotes = quotes
        self.actors = actors
        self.openIssues = openIssues
        self.agenda = agenda
        self.sources = sources
        self.keyActors = keyActors
        self.summary = summary
    }

    /// The digest of `brief`.
    public init(_ brief: Brief) {
        self.init(
            date: brief.date, title: brief.title, keyPoints: brief.keyPoints.count, quotes: brief.quotes.count,
            actors: brief.actors.count, openIssues: brief.openIssues.count, agenda: brief.agenda.count,
            sources: brief.sources.count, keyActors: brief.actors.prefix(Self.keyActorCount).map(\.name),
            summary: brief.keyPoints.prefix(Self.summaryPoints).map(\.text).joined(separator: " "))
    }
}

/// How an item of a brief stands against the earlier briefs of its subject in the archive:
/// new, an update of something reported before (a new figure or day), or already reported.
public struct Novelty: Hashable, Codable, Sendable {
    /// The three marks an item can carry.
    public enum Status: String, Hashable, Codable, Sendable {
        /// No earlier brief of the subject reported it.
        case new
        /// An earlier brief reported the same matter with another figure or day.
        case updated
        /// An earlier brief reported it already.
        case reported
    }

    public var status: Status
    /// The day an earlier brief first reported the matter (nil when new).
    public var firstReported: BriefDate?
    /// What changed, for an update: the earlier value and the day of the brief that gave it
    /// ("3 on Thursday 23 October 2025" is rendered from `previousValue` and `previousDate`).
    public var previousValue: String?
    /// The day of the latest earlier brief that reported the matter.
    public var previousDate: BriefDate?
    /// The earlier brief's wording of the matter (its latest report), for an update or a report.
    public var previousText: String?

    public init(
        status: Status, firstReported: BriefDate? = nil, previousValue: String? = nil, previousDate: BriefDate? = nil,
        previousText: String? = nil
    ) {
        self.status = status
        self.firstReported = firstReported
        self.previousValue = previousValue
        self.previousDate = previousDate
        self.previousText = previousText
    }

    /// Nothing earlier reported it.
    public static let new = Novelty(status: .new)

    /// True for new and updated items: those a reader of the earlier briefs has not seen.
    public var isNews: Bool { status != .reported }
}

/// What comparing a brief with the archive's earlier briefs of its subject found beyond the
/// marks of its items: which briefs were compared, what has passed and what was settled since.
public struct ArchiveComparison: Hashable, Codable, Sendable {
    /// An open issue of an earlier brief that today's sources settle.
    public struct ResolvedIssue: Hashable, Codable, Sendable {
        /// The earlier brief's open issue.
        public var issue: OpenIssue
        /// The day of the brief that last listed it.
        public var listed: BriefDate
        /// Today's wording that settles it (a key point), when one does.
        public var settledBy: String?

        public init(issue: OpenIssue, listed: BriefDate, settledBy: String? = nil) {
            self.issue = issue
            self.listed = listed
            self.settledBy = settledBy
        }
    }

    /// The days of the earlier briefs of the same subject that were compared, oldest first.
    public var comparedDays: [BriefDate]
    /// Agenda items of the last brief whose day has passed since (dropped from the agenda).
    public var passedAgenda: [AgendaItem]
    /// Open issues of the last brief that today's sources settle.
    public var resolvedIssues: [ResolvedIssue]
    /// How many key points were left out because an earlier brief reported them
    /// (`--only-new`); 0 when they are shown, folded.
    public var reportedPointsLeftOut: Int

    public init(
        comparedDays: [BriefDate], passedAgenda: [AgendaItem] = [], resolvedIssues: [ResolvedIssue] = [],
        reportedPointsLeftOut: Int = 0
    ) {
        self.comparedDays = comparedDays
        self.passedAgenda = passedAgenda
        self.resolvedIssues = resolvedIssues
        self.reportedPointsLeftOut = reportedPointsLeftOut
    }

    /// The day of the last brief compared, if any.
    public var previousDay: BriefDate? { comparedDays.last }
}

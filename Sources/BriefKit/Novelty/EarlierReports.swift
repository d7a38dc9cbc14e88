/// What the archive's earlier briefs of a subject already reported, item by item, to mark
/// today's key points, quotes, agenda items and open issues new, updated or already reported.
///
/// Two items report the same matter when their content terms overlap (the cosine of the two
/// sets, as ``CorpusAnalysis/overlap(_:_:)``) by at least ``reportedOverlap`` over three shared
/// terms; the same matter with a figure or day the earlier item does not allow is an update.
public struct EarlierReports: Sendable {
    /// One earlier item: its wording, the day of the brief that gave it, its terms and facts.
    struct Item: Sendable {
        var text: String
        var day: BriefDate
        var terms: Set<String>
        var facts: SentenceFacts
        /// The agenda item's own day, for agenda items.
        var eventDay: BriefDate?
        /// A disagreement's side values, for open issues.
        var sides: [String]
    }

    /// The briefs compared, oldest first.
    public private(set) var briefs: [Brief]
    private(set) var keyPoints: [Item]
    private(set) var quotes: [Item]
    private(set) var agenda: [Item]
    private(set) var openIssues: [Item]

    /// Overlap at which two items report the same matter.
    public var reportedOverlap = FactThresholds.reportedOverlap
    /// Overlap at which a today's item with another figure or day than an earlier one is its
    /// update (the same matter told with a new value shares fewer words).
    public var updatedOverlap = FactThresholds.updatedOverlap

    /// The reports of `briefs` (any order; kept oldest first).
    public init(briefs: [Brief]) {
        let briefs = briefs.sorted { $0.date < $1.date }
        self.briefs = briefs
        // What the briefs said, then what their sources also reported: a match among the
        // first is the one an update or a report names.
        keyPoints =
            briefs.flatMap { brief in brief.keyPoints.map { Self.item($0.text, brief.date) } }
            + briefs.flatMap { brief in brief.alsoReported.map { Self.item($0, brief.date) } }
        quotes = briefs.flatMap(Self.quoteItems)
        agenda = briefs.flatMap(Self.agendaItems)
        openIssues = briefs.flatMap(Self.openIssueItems)
    }

    /// Adds a brief later than every one held (a timeline read day by day compares each day
    /// with the days before it without reading them again).
    mutating func append(_ brief: Brief) {
        precondition(briefs.last.map { $0.date <= brief.date } ?? true, "briefs are appended in date order")
        briefs.append(brief)
        keyPoints += brief.keyPoints.map { Self.item($0.text, brief.date) } + brief.alsoReported.map { Self.item($0, brief.date) }
        quotes += Self.quoteItems(brief)
        agenda += Self.agendaItems(brief)
        openIssues += Self.openIssueItems(brief)
    }

    private static func item(_ text: String, _ day: BriefDate, eventDay: BriefDate? = nil, sides: [String] = []) -> Item {
        Item(text: text, day: day, terms: Set(Tokenizer.terms(text)), facts: SentenceFacts(text), eventDay: eventDay, sides: sides)
    }

    private static func quoteItems(_ brief: Brief) -> [Item] { brief.quotes.map { item($0.text, brief.date) } }

    private static func agendaItems(_ brief: Brief) -> [Item] {
        brief.agenda.map { item($0.text, brief.date, eventDay: $0.date) }
    }

    private static func openIssueItems(_ brief: Brief) -> [Item] {
        brief.openIssues.map { item($0.text, brief.date, sides: $0.sides.map(\.value)) }
    }

    /// True when there is nothing to compare with.
    public var isEmpty: Bool { briefs.isEmpty }

    /// The overlap of two term sets: shared terms over the geometric mean of their sizes, 0
    /// under three shared terms.
    static func overlap(_ a: Set<String>, _ b: Set<String>) -> Double {
        guard !a.isEmpty, !b.isEmpty else { return 0 }
        let shared = a.count < b.count ? a.filter(b.contains).count : b.filter(a.contains).count
        return shared < 3 ? 0 : Double(shared) / Double(a.count * b.count).squareRoot()
    }

    /// The mark of a key point (or any sentence) worded `text`.
    public func novelty(ofKeyPoint text: String) -> Novelty {
        novelty(of: text, among: keyPoints)
    }

    /// The mark of a quote: the same words quoted before are already reported.
    public func novelty(ofQuote text: String) -> Novelty {
        novelty(of: text, among: quotes, checkingFacts: false)
    }

    /// The mark of an agenda item: the same event on another day is an update ("was Monday
    /// 3 March").
    public func novelty(ofAgendaItem item: AgendaItem) -> Novelty {
        let terms = Set(Tokenizer.terms(item.text))
        let matches = agenda.filter { Self.overlap(terms, $0.terms) >= reportedOverlap }
        guard let first = matches.first, let last = matches.last else { return .new }
        if let day = item.date, let before = last.eventDay, before != day {
            return Novelty(
                status: .updated, firstReported: first.day, previousValue: before.longDescription, previousDate: last.day,
                previousText: last.text)
        }
        return Novelty(status: .reported, firstReported: first.day, previousDate: last.day, previousText: last.text)
    }

    /// The mark of an open issue: one listed before is already reported; a disagreement whose
    /// sides now hold other values is an update.
    public func novelty(ofOpenIssue issue: OpenIssue) -> Novelty {
        let terms = Set(Tokenizer.terms(issue.text))
        let matches = openIssues.filter { Self.overlap(terms, $0.terms) >= reportedOverlap }
        guard let first = matches.first, let last = matches.last else { return .new }
        let values = issue.sides.map(\.value)
        if issue.kind == .disagreement, !last.sides.isEmpty, Set(values) != Set(last.sides) {
            return Novelty(
                status: .updated, firstReported: first.day, previousValue: last.sides.joined(separator: " / "), previousDate: last.day,
                previousText: last.text)
        }
        return Novelty(status: .reported, firstReported: first.day, previousDate: last.day, previousText: last.text)
    }

    /// The mark of `text` among `items`: an update when an item of the same matter gives a
    /// figure or day that none of `text`'s agrees with, else reported when one says the same.
    func novelty(of text: String, among items: [Item], checkingFacts: Bool = true) -> Novelty {
        guard !items.isEmpty else { return .new }
        let terms = Set(Tokenizer.terms(text))
        let facts = checkingFacts ? SentenceFacts(text) : SentenceFacts("")
        var reported: [Item] = []
        var updated: (item: Item, value: String)?
        for item in items {
            let overlap = Self.overlap(terms, item.terms)
            guard overlap >= min(updatedOverlap, reportedOverlap) else { continue }
            if checkingFacts, let value = Self.changedValue(from: item.facts, to: facts) {
                if updated == nil || item.day > updated!.item.day { updated = (item, value) }  // the latest earlier value
            } else if overlap >= reportedOverlap {
                reported.append(item)
            }
        }
        let first = reported.map(\.day).min()
        if let updated {
            return Novelty(
                status: .updated, firstReported: min(first ?? updated.item.day, updated.item.day), previousValue: updated.value,
                previousDate: updated.item.day, previousText: updated.item.text)
        }
        // The latest report, a brief's own words before its sources'.
        guard let first, let last = reported.max(by: { $0.day < $1.day }) else { return .new }
        return Novelty(status: .reported, firstReported: first, previousDate: last.day, previousText: last.text)
    }

    /// The earlier figure `now` changes, as the earlier text wrote it: one counting the same
    /// thing (the same unit and names, in two sentences on the same matter) that none of
    /// `now`'s figures allows — a toll that "rose from 3 to 7" still changes the earlier 3, as
    /// its 7 is not allowed by it; nil when no figure changed. (Days are left to the agenda:
    /// most sentences name the day they were reported.)
    static func changedValue(from earlier: SentenceFacts, to now: SentenceFacts) -> String? {
        guard !earlier.quantities.isEmpty, !now.quantities.isEmpty, earlier.context.intersection(now.context).count >= 3 else {
            return nil
        }
        for before in earlier.quantities {
            let same = now.quantities.filter { $0.unit == before.unit && $0.names == before.names }
            if same.contains(where: { !$0.agrees(with: before) }) { return before.text }
        }
        return nil
    }
}

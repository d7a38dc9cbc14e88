/// The last stage of a brief built with the archive's earlier briefs of its subject: marks
/// its quotes, agenda items and open issues new, updated or reported (the key points are
/// marked as they are chosen), puts news first, drops agenda items whose day has passed, and
/// records what has passed and what was settled since the last brief.
public struct NoveltyMarker: Sendable {
    public init() {}

    /// `brief` marked against `reports`; with `onlyNew`, the key points already reported are
    /// left out (and counted).
    public func mark(_ brief: Brief, against reports: EarlierReports, onlyNew: Bool = false) -> Brief {
        guard !reports.isEmpty else { return brief }
        var brief = brief
        let reportedPoints = brief.keyPoints.filter { $0.novelty?.isNews == false }
        if onlyNew { brief.keyPoints.removeAll { $0.novelty?.isNews == false } }
        brief.quotes = newsFirst(
            brief.quotes.map { quote in
                var quote = quote
                quote.novelty = reports.novelty(ofQuote: quote.text)
                return quote
            })
        let passed = brief.agenda.filter { ($0.date ?? brief.date) < brief.date }
        brief.agenda = brief.agenda.filter { ($0.date ?? brief.date) >= brief.date }.map { item in
            var item = item
            item.novelty = reports.novelty(ofAgendaItem: item)
            return item
        }
        brief.openIssues = newsFirst(
            brief.openIssues.map { issue in
                var issue = issue
                issue.novelty = reports.novelty(ofOpenIssue: issue)
                return issue
            })
        brief.comparison = ArchiveComparison(
            comparedDays: reports.briefs.map(\.date),
            passedAgenda: passedAgenda(of: reports, before: brief.date, today: brief.agenda + passed),
            resolvedIssues: resolvedIssues(of: reports, in: brief),
            reportedPointsLeftOut: onlyNew ? reportedPoints.count : 0)
        return brief
    }

    /// Items with news (new, updated) first, each group in its order.
    private func newsFirst<Item>(_ items: [Item]) -> [Item] where Item: NoveltyMarked {
        items.filter { $0.novelty?.isNews != false } + items.filter { $0.novelty?.isNews == false }
    }

    /// The earlier briefs' agenda items dated from the last brief's day up to the day before
    /// `day`: they have passed since. One told again today (even as past) is listed once.
    func passedAgenda(of reports: EarlierReports, before day: BriefDate, today: [AgendaItem]) -> [AgendaItem] {
        guard let last = reports.briefs.last?.date else { return [] }
        var passed: [AgendaItem] = []
        var seen: [Set<String>] = []
        for brief in reports.briefs.reversed() {
            for item in brief.agenda {
                guard let date = item.date, date >= last, date < day else { continue }
                let terms = Set(Tokenizer.terms(item.text))
                if seen.contains(where: { EarlierReports.overlap(terms, $0) >= reports.reportedOverlap }) { continue }
                seen.append(terms)
                passed.append(item)
            }
        }
        return passed.sorted { ($0.date!, $0.text) < ($1.date!, $1.text) }
    }

    /// The last brief's open issues that today's brief lists no more and that one of its key
    /// points now reports (the matter told as a fact, without a dispute).
    func resolvedIssues(of reports: EarlierReports, in brief: Brief) -> [ArchiveComparison.ResolvedIssue] {
        guard let last = reports.briefs.last else { return [] }
        let threshold = reports.reportedOverlap
        let todayIssues = brief.openIssues.map { Set(Tokenizer.terms($0.text)) }
        let points = brief.keyPoints.map { ($0.text, Set(Tokenizer.terms($0.text))) }
        return last.openIssues.compactMap { issue in
            let wordings = [issue.text] + issue.sides.map(\.value)
            let terms = wordings.map { Set(Tokenizer.terms($0)) }
            if todayIssues.contains(where: { today in terms.contains { EarlierReports.overlap($0, today) >= threshold } }) { return nil }
            guard let settling = points.first(where: { point in terms.contains { EarlierReports.overlap($0, point.1) >= threshold } })
            else { return nil }
            return ArchiveComparison.ResolvedIssue(issue: issue, listed: last.date, settledBy: settling.0)
        }
    }
}

/// A brief item that can carry a ``Novelty`` mark.
protocol NoveltyMarked {
    var novelty: Novelty? { get }
}

extension Quote: NoveltyMarked {}
extension OpenIssue: NoveltyMarked {}

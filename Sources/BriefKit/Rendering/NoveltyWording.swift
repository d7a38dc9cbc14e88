/// The words every renderer uses for a brief compared with the archive: the line that says
/// against which brief, the note an updated or already reported item carries, and the short
/// form of a point folded under "Also still in the news".
public enum NoveltyWording {
    /// "Compared with the brief of Thursday 23 October 2025: 4 new, 1 updated, 3 still in the
    /// news." (with `--only-new`: "3 already reported left out"); nil when not compared.
    public static func summary(of brief: Brief) -> String? {
        guard let comparison = brief.comparison, let previous = comparison.previousDay else { return nil }
        let points = brief.keyPoints.compactMap(\.novelty)
        var parts = ["\(points.count { $0.status == .new }) new", "\(points.count { $0.status == .updated }) updated"]
        let reported = points.count { $0.status == .reported }
        if reported > 0 { parts.append("\(reported) still in the news") }
        if comparison.reportedPointsLeftOut > 0 { parts.append("\(comparison.reportedPointsLeftOut) already reported left out") }
        let earlier = comparison.comparedDays.count > 1 ? " (and \(comparison.comparedDays.count - 1) earlier)" : ""
        return "Compared with the brief of \(previous.longDescription)\(earlier): " + parts.joined(separator: ", ") + "."
    }

    /// The note of an item's mark: "Updated: was 3 on Thursday 23 October 2025." or "Reported
    /// since Thursday 23 October 2025."; nil for a new item or none.
    public static func note(_ novelty: Novelty?) -> String? {
        guard let novelty else { return nil }
        switch novelty.status {
        case .new:
            return nil
        case .updated:
            let value = novelty.previousValue.map { "was \($0)" } ?? "changed"
            return "Updated: \(value)" + (novelty.previousDate.map { " on \($0.longDescription)" } ?? "") + "."
        case .reported:
            return novelty.firstReported.map { "Reported since \($0.longDescription)." } ?? "Reported before."
        }
    }

    /// "No new key points since the brief of Thursday 23 October 2025." when a compared brief
    /// has no new or updated key point (its points all folded, or left out with `--only-new`);
    /// nil otherwise.
    public static func nothingNew(in brief: Brief) -> String? {
        guard let previous = brief.comparison?.previousDay, brief.newsKeyPoints.isEmpty else { return nil }
        return "No new key points since the brief of \(previous.longDescription)."
    }

    /// The heading of the folded already-reported points.
    public static let stillInTheNews = "Also still in the news"

    /// A folded point: its first `words` words (an ellipsis when cut) and the day it was first
    /// reported ("Kakadu is almost 12,000 square miles… (since 23 October 2025)").
    public static func folded(_ point: KeyPoint, words: Int = 12) -> String {
        let all = point.text.split(whereSeparator: \.isWhitespace)
        var text = all.prefix(words).joined(separator: " ")
        if all.count > words { text += "…" }
        return text + (point.novelty?.firstReported.map { " (since \($0.longDescription))" } ?? "")
    }

    /// The heading of the agenda items that have passed since the last brief.
    public static let passedHeading = "Passed since the last brief"
    /// The heading of the open issues settled since the last brief.
    public static let resolvedHeading = "Resolved since the last brief"

    /// "Settled: <today's key point>" for a resolved issue, when one settles it.
    public static func settled(_ resolved: ArchiveComparison.ResolvedIssue) -> String {
        "Listed on \(resolved.listed.longDescription)" + (resolved.settledBy.map { "; now reported: \($0)" } ?? ".")
    }
}

extension Brief {
    /// The key points with news (new, updated, or not compared), in rank order.
    public var newsKeyPoints: [KeyPoint] { keyPoints.filter { $0.novelty?.isNews != false } }
    /// The key points an earlier brief reported, shown folded.
    public var reportedKeyPoints: [KeyPoint] { keyPoints.filter { $0.novelty?.isNews == false } }
}

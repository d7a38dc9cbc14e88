/// The publication days a brief reads: sources published before ``since`` or after ``until``
/// (the brief's own day) are left out of it, and listed as left out; undated sources are kept.
public struct SourceWindow: Hashable, Codable, Sendable {
    /// The first publication day read.
    public var since: BriefDate
    /// The last publication day read: the brief's day, so that a brief for a past day reads
    /// only what had been published by then.
    public var until: BriefDate

    public init(since: BriefDate, until: BriefDate) {
        self.since = since
        self.until = until
    }

    /// The `days` days before `date`, and `date` itself: `days` 2 on a Wednesday reads
    /// Monday, Tuesday and Wednesday.
    public init(days: Int, endingOn date: BriefDate) {
        self.init(since: date.adding(days: -max(days, 0)), until: date)
    }

    /// True when a source published on `day` is read; an undated source always is.
    public func contains(_ day: BriefDate?) -> Bool {
        guard let day else { return true }
        return day >= since && day <= until
    }

    /// `documents` split into those the window reads and those it leaves out, each in corpus
    /// order, dated as the brief for ``until`` dates them (``Document/resolvingDates(for:)``):
    /// a file modified before ``since`` holds an article published before it too, and is left
    /// out; one modified after ``until`` is kept, undated.
    public func partition(_ documents: [Document]) -> (kept: [Document], leftOut: [Document]) {
        var kept: [Document] = []
        var leftOut: [Document] = []
        for document in documents {
            let dated = document.resolvingDates(for: until)
            if contains(dated.metadata.published) { kept.append(dated) } else { leftOut.append(dated) }
        }
        return (kept, leftOut)
    }
}

/// The term overlaps that decide, for every stage alike, when two sentences report the same
/// fact and when a candidate only repeats one already chosen. Named once, here, so that the
/// ranking and the extractors cannot drift apart.
public enum FactThresholds {
    /// Term overlap (cosine of TF-IDF vectors) at which two sentences report the same fact: a
    /// key point or open issue is credited to every source with such a sentence.
    public static let sameFact = 0.45
    /// Overlap at which a candidate says the same as an item already chosen, and is left out.
    public static let repeatOverlap = 0.4
    /// TF-IDF similarity at which a candidate reports the same matter as a chosen item in
    /// other words ("reaffirmed the UK's commitment…" / "reaffirmed the strength of the UK-US
    /// partnership"): the rarer words two reports share weigh most. Chosen on the seeds and
    /// DUC 2003 (0.15 to 0.3 tried), checked on DUC 2004.
    public static let repeatSimilarity = 0.2
    /// Overlap at which an item of today's brief reports what an item of an earlier brief of
    /// the archive reported (``EarlierReports``).
    public static let reportedOverlap = 0.45
    /// Overlap at which a today's item that gives another figure or day than an earlier one
    /// is its update.
    public static let updatedOverlap = 0.3
}

/// The kinds of corpus `brief-bench corpus` can write.
public enum CorpusShape: String, CaseIterable, Sendable {
    /// Groups of about eight outlets report one story each, rewording its facts (the first
    /// shape, unchanged so that old figures stay comparable).
    case stories
    /// A few stories, each reprinted by many papers from one wire copy with small edits:
    /// words swapped, quotes trimmed or re-punctuated, paragraphs dropped or reordered,
    /// other headlines.
    case syndicated
    /// A whole news desk's day: a story for every three articles, each reported by a few of
    /// some forty outlets.
    case desk
}

/// An unresolved matter the reader should track: a pending decision, a contested fact,
/// or a disagreement between sources.
public struct OpenIssue: Hashable, Sendable {
    /// One concise line describing the matter.
    public var text: String
    /// Ids of the sources involved.
    public var sources: [String]
    /// The sentences it was built from.
    public var provenance: [SentenceRef]

    public init(text: String, sources: [String], provenance: [SentenceRef] = []) {
        self.text = text
        self.sources = sources
        self.provenance = provenance
    }
}

/// An unresolved matter the reader should track: a pending decision, a contested fact,
/// or a disagreement between sources.
public struct OpenIssue: Hashable, Codable, Sendable {
    /// What kind of open issue it is.
    public enum Kind: String, Hashable, Codable, Sendable {
        /// A matter the text leaves open: undecided, pending, denied, unclear, expected.
        case question
        /// Sources that report different values for the same thing.
        case disagreement
    }

    /// One side of a disagreement: what some sources report, and which.
    public struct Side: Hashable, Codable, Sendable {
        /// The value or wording this side reports.
        public var value: String
        /// Ids of the sources on this side.
        public var sources: [String]

        public init(value: String, sources: [String]) {
            self.value = value
            self.sources = sources
        }
    }

    public var kind: Kind
    /// One concise line describing the matter.
    public var text: String
    /// The sides of a disagreement, each with its sources; empty for a question.
    public var sides: [Side]
    /// Ids of the sources involved.
    public var sources: [String]
    /// The sentences it was built from.
    public var provenance: [SentenceRef]

    public init(kind: Kind = .question, text: String, sides: [Side] = [], sources: [String], provenance: [SentenceRef] = []) {
        self.kind = kind
        self.text = text
        self.sides = sides
        self.sources = sources
        self.provenance = provenance
    }
}

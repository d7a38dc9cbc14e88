/// One ranked fact of the corpus: a whole sentence, credited to every source that carries it.
public struct KeyPoint: Hashable, Codable, Sendable {
    /// The sentence as one source wrote it.
    public var text: String
    /// Ids of every source that carries this point, in corpus order.
    public var sources: [String]
    /// The ranker's score (higher is more important), rounded for stable output.
    public var score: Double
    /// The sentences, across sources, that this point stands for; the first is the one shown.
    public var provenance: [SentenceRef]
    /// The day an earlier brief of the archive first reported this fact; nil when the point is
    /// new, or when no archive was compared.
    public var firstReported: BriefDate?

    public init(
        text: String, sources: [String], score: Double, provenance: [SentenceRef] = [],
        firstReported: BriefDate? = nil
    ) {
        self.text = text
        self.sources = sources
        self.score = score
        self.provenance = provenance
        self.firstReported = firstReported
    }
}

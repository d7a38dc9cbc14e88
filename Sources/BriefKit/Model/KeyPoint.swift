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
    /// The pronoun of ``text`` the tool resolved, if any (``text`` shows the referent).
    public var resolutions: [Resolution]

    public init(
        text: String, sources: [String], score: Double, provenance: [SentenceRef] = [],
        firstReported: BriefDate? = nil, resolutions: [Resolution] = []
    ) {
        self.resolutions = resolutions
        self.text = text
        self.sources = sources
        self.score = score
        self.provenance = provenance
        self.firstReported = firstReported
    }
}

extension KeyPoint {
    private enum CodingKeys: String, CodingKey {
        case text, sources, score, provenance, firstReported, resolutions
    }

    /// Reads a key point; a brief written before resolutions were kept has none.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            text: try container.decode(String.self, forKey: .text),
            sources: try container.decode([String].self, forKey: .sources),
            score: try container.decode(Double.self, forKey: .score),
            provenance: try container.decode([SentenceRef].self, forKey: .provenance),
            firstReported: try container.decodeIfPresent(BriefDate.self, forKey: .firstReported),
            resolutions: try container.decodeIfPresent([Resolution].self, forKey: .resolutions) ?? [])
    }
}

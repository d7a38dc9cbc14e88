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
    /// How the point stands against the archive's earlier briefs of its subject; nil when no
    /// archive was compared.
    public var novelty: Novelty?
    /// The pronoun of ``text`` the tool resolved, if any (``text`` shows the referent).
    public var resolutions: [Resolution]

    public init(
        text: String, sources: [String], score: Double, provenance: [SentenceRef] = [],
        novelty: Novelty? = nil, resolutions: [Resolution] = []
    ) {
        self.resolutions = resolutions
        self.text = text
        self.sources = sources
        self.score = score
        self.provenance = provenance
        self.novelty = novelty
    }
}

extension KeyPoint {
    private enum CodingKeys: String, CodingKey {
        case text, sources, score, provenance, novelty, resolutions
        /// Written by briefs before the novelty marks: the day an earlier brief reported the point.
        case firstReported
    }

    /// Reads a key point; a brief written before resolutions were kept has none, and one
    /// written before novelty marks may give only `firstReported` (read as reported).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        var novelty = try container.decodeIfPresent(Novelty.self, forKey: .novelty)
        if novelty == nil, let day = try container.decodeIfPresent(BriefDate.self, forKey: .firstReported) {
            novelty = Novelty(status: .reported, firstReported: day)
        }
        self.init(
            text: try container.decode(String.self, forKey: .text),
            sources: try container.decode([String].self, forKey: .sources),
            score: try container.decode(Double.self, forKey: .score),
            provenance: try container.decode([SentenceRef].self, forKey: .provenance),
            novelty: novelty,
            resolutions: try container.decodeIfPresent([Resolution].self, forKey: .resolutions) ?? [])
    }

    /// Writes a key point, its novelty mark included (null when no archive was compared).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(text, forKey: .text)
        try container.encode(sources, forKey: .sources)
        try container.encode(score, forKey: .score)
        try container.encode(provenance, forKey: .provenance)
        try container.encode(novelty, forKey: .novelty)
        try container.encode(resolutions, forKey: .resolutions)
    }
}

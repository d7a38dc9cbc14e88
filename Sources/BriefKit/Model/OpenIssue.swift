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
        /// What this side holds, when the value alone does not say ("reported", "denied",
        /// "past", "coming"); nil for a figure or a day.
        public var label: String?
        /// The value or wording this side reports ("3", "Thursday 6 March 2025", a sentence).
        public var value: String
        /// Ids of the sources on this side.
        public var sources: [String]
        /// The sentences this side was found in.
        public var provenance: [SentenceRef]

        public init(label: String? = nil, value: String, sources: [String], provenance: [SentenceRef] = []) {
            self.label = label
            self.value = value
            self.sources = sources
            self.provenance = provenance
        }

        private enum CodingKeys: String, CodingKey {
            case label, value, sources, provenance
        }

        /// Reads a side; one written before sides had labels and provenance has neither.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            self.init(
                label: try container.decodeIfPresent(String.self, forKey: .label),
                value: try container.decode(String.self, forKey: .value),
                sources: try container.decode([String].self, forKey: .sources),
                provenance: try container.decodeIfPresent([SentenceRef].self, forKey: .provenance) ?? [])
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
    /// The pronoun of ``text`` the tool resolved, if any (``text`` shows the referent).
    public var resolutions: [Resolution]

    /// How the item stands against the archive's earlier briefs of its subject; nil when no
    /// archive was compared.
    public var novelty: Novelty?

    public init(
        kind: Kind = .question, text: String, sides: [Side] = [], sources: [String], provenance: [SentenceRef] = [],
        resolutions: [Resolution] = []
    ) {
        self.resolutions = resolutions
        self.kind = kind
        self.text = text
        self.sides = sides
        self.sources = sources
        self.provenance = provenance
    }
}

extension OpenIssue {
    private enum CodingKeys: String, CodingKey {
        case kind, text, sides, sources, provenance, resolutions, novelty
    }

    /// Reads an open issue; a brief written before resolutions were kept has none.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            kind: try container.decode(Kind.self, forKey: .kind),
            text: try container.decode(String.self, forKey: .text),
            sides: try container.decode([Side].self, forKey: .sides),
            sources: try container.decode([String].self, forKey: .sources),
            provenance: try container.decode([SentenceRef].self, forKey: .provenance),
            resolutions: try container.decodeIfPresent([Resolution].self, forKey: .resolutions) ?? [])
        novelty = try container.decodeIfPresent(Novelty.self, forKey: .novelty)
    }
}

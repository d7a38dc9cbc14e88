/// A person or organisation named in the corpus.
public struct Actor: Hashable, Codable, Sendable {
    /// Whether an actor is a person, an organisation, or a country or place (kept apart from
    /// organisations, with every mention counted).
    public enum Kind: String, Hashable, Codable, Sendable {
        case person
        case organization
        case place
    }

    /// The fullest name the corpus gives.
    public var name: String
    public var kind: Kind
    /// The most specific role the corpus gives ("US Secretary of Defense"), if any.
    public var role: String?
    /// Other names the corpus uses for the same actor.
    public var aliases: [String]
    /// How many times the actor is mentioned, across all sources.
    public var mentions: Int
    /// Ids of the sources that mention the actor.
    public var sources: [String]
    /// The sentences that mention the actor.
    public var provenance: [SentenceRef]

    public init(
        name: String, kind: Kind, role: String?, aliases: [String], mentions: Int,
        sources: [String], provenance: [SentenceRef] = []
    ) {
        self.name = name
        self.kind = kind
        self.role = role
        self.aliases = aliases
        self.mentions = mentions
        self.sources = sources
        self.provenance = provenance
    }
}

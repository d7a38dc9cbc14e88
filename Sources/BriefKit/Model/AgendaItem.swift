/// An upcoming or scheduled event.
public struct AgendaItem: Hashable, Codable, Sendable {
    /// The resolved calendar date, when the text allows one.
    public var date: BriefDate?
    /// When the event happens, as the text words it ("on Thursday").
    public var when: String
    /// What happens.
    public var text: String
    /// Where it happens, as the text words it ("in Washington"), when it says.
    public var location: String?
    /// Names of the actors who take part.
    public var participants: [String]
    /// Ids of the sources that report it.
    public var sources: [String]
    /// The sentences it was found in.
    public var provenance: [SentenceRef]
    /// The pronoun of ``text`` the tool resolved, if any (``text`` shows the referent).
    public var resolutions: [Resolution]

    /// How the item stands against the archive's earlier briefs of its subject; nil when no
    /// archive was compared.
    public var novelty: Novelty?

    public init(
        date: BriefDate?, when: String, text: String, sources: [String], provenance: [SentenceRef] = [],
        location: String? = nil, participants: [String] = [], resolutions: [Resolution] = []
    ) {
        self.resolutions = resolutions
        self.date = date
        self.when = when
        self.text = text
        self.location = location
        self.participants = participants
        self.sources = sources
        self.provenance = provenance
    }
}

extension AgendaItem {
    private enum CodingKeys: String, CodingKey {
        case date, when, text, location, participants, sources, provenance, resolutions, novelty
    }

    /// Reads an agenda item; a brief written before resolutions were kept has none.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            date: try container.decodeIfPresent(BriefDate.self, forKey: .date),
            when: try container.decode(String.self, forKey: .when),
            text: try container.decode(String.self, forKey: .text),
            sources: try container.decode([String].self, forKey: .sources),
            provenance: try container.decode([SentenceRef].self, forKey: .provenance),
            location: try container.decodeIfPresent(String.self, forKey: .location),
            participants: try container.decode([String].self, forKey: .participants),
            resolutions: try container.decodeIfPresent([Resolution].self, forKey: .resolutions) ?? [])
        novelty = try container.decodeIfPresent(Novelty.self, forKey: .novelty)
    }
}

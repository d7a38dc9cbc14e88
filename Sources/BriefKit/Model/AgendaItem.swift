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

    public init(
        date: BriefDate?, when: String, text: String, sources: [String], provenance: [SentenceRef] = [],
        location: String? = nil, participants: [String] = []
    ) {
        self.date = date
        self.when = when
        self.text = text
        self.location = location
        self.participants = participants
        self.sources = sources
        self.provenance = provenance
    }
}

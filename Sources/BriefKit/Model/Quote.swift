/// A direct quotation, verbatim, merged across the outlets that carry it.
public struct Quote: Hashable, Codable, Sendable {
    /// What kind of speaker a quote is attributed to.
    public enum SpeakerKind: String, Hashable, Codable, Sendable {
        /// A named person ("John Healey").
        case person
        /// A named organisation ("the Kremlin", "the Ministry of Defence").
        case organization
        /// An unnamed speaker the text describes ("a Downing Street spokesperson").
        case description
    }

    /// The quoted words, without the quote marks.
    public var text: String
    /// Who said it, or nil when the text does not support an attribution.
    public var speaker: String?
    /// What the speaker is; nil when there is no speaker.
    public var speakerKind: SpeakerKind?
    /// The words that attribute the quote ("he said", "told reporters"), when known.
    public var cue: String?
    /// Ids of the sources that carry the quote.
    public var sources: [String]
    /// The sentences it was found in.
    public var provenance: [SentenceRef]

    public init(
        text: String, speaker: String?, speakerKind: SpeakerKind? = nil, cue: String? = nil, sources: [String],
        provenance: [SentenceRef] = []
    ) {
        self.text = text
        self.speaker = speaker
        self.speakerKind = speakerKind
        self.cue = cue
        self.sources = sources
        self.provenance = provenance
    }
}

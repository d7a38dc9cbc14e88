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

    /// Where one source carries a quote: its words, the cue that attributes them and the words
    /// that name the speaker (the content, cue and source spans of quote-attribution corpora).
    public struct Occurrence: Hashable, Codable, Sendable {
        /// The id of the source.
        public var source: String
        /// The quoted words without their marks: one span per paragraph of a quote that runs
        /// over several.
        public var content: [TextSpan]
        /// The cue ("said", "according to"), when the text gives one next to the quote.
        public var cue: TextSpan?
        /// The words naming the speaker ("Sen. Jane Doe", "he"), when the text gives them there.
        public var speaker: TextSpan?

        public init(source: String, content: [TextSpan], cue: TextSpan? = nil, speaker: TextSpan? = nil) {
            self.source = source
            self.content = content
            self.cue = cue
            self.speaker = speaker
        }
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
    /// Where each source carries it, in source order.
    public var occurrences: [Occurrence]

    /// How the item stands against the archive's earlier briefs of its subject; nil when no
    /// archive was compared.
    public var novelty: Novelty?

    public init(
        text: String, speaker: String?, speakerKind: SpeakerKind? = nil, cue: String? = nil, sources: [String],
        provenance: [SentenceRef] = [], occurrences: [Occurrence] = []
    ) {
        self.text = text
        self.speaker = speaker
        self.speakerKind = speakerKind
        self.cue = cue
        self.sources = sources
        self.provenance = provenance
        self.occurrences = occurrences
    }
}

extension Quote {
    private enum CodingKeys: String, CodingKey {
        case text, speaker, speakerKind, cue, sources, provenance, occurrences, novelty
    }

    /// Decodes a quote; one written before quotes kept their occurrences reads with none.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            text: try container.decode(String.self, forKey: .text),
            speaker: try container.decodeIfPresent(String.self, forKey: .speaker),
            speakerKind: try container.decodeIfPresent(SpeakerKind.self, forKey: .speakerKind),
            cue: try container.decodeIfPresent(String.self, forKey: .cue),
            sources: try container.decode([String].self, forKey: .sources),
            provenance: try container.decode([SentenceRef].self, forKey: .provenance),
            occurrences: try container.decodeIfPresent([Occurrence].self, forKey: .occurrences) ?? [])
        novelty = try container.decodeIfPresent(Novelty.self, forKey: .novelty)
    }
}

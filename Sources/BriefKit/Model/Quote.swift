/// A direct quotation, verbatim, merged across the outlets that carry it.
public struct Quote: Hashable, Sendable {
    /// The quoted words, without the quote marks.
    public var text: String
    /// Who said it, or nil when the text does not support an attribution.
    public var speaker: String?
    /// Ids of the sources that carry the quote.
    public var sources: [String]
    /// The sentences it was found in.
    public var provenance: [SentenceRef]

    public init(text: String, speaker: String?, sources: [String], provenance: [SentenceRef] = []) {
        self.text = text
        self.speaker = speaker
        self.sources = sources
        self.provenance = provenance
    }
}

/// A stretch of one paragraph of a source, counted in Unicode scalars from the paragraph's
/// start (as ``SentenceRef/start`` is): where a quote's words, its cue or its speaker stand.
public struct TextSpan: Hashable, Codable, Sendable {
    /// The index of the paragraph within the document's body (0-based).
    public var paragraph: Int
    /// The first scalar.
    public var start: Int
    /// Just past the last scalar.
    public var end: Int

    public init(paragraph: Int, start: Int, end: Int) {
        self.paragraph = paragraph
        self.start = start
        self.end = end
    }
}

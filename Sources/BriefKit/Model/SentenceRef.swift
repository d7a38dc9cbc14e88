/// Where a piece of the brief came from: one sentence of one source, and where that sentence
/// stands in its paragraph.
public struct SentenceRef: Hashable, Comparable, Codable, Sendable {
    /// The id of the source document.
    public var source: String
    /// The index of the paragraph within the document's body (0-based).
    public var paragraph: Int
    /// The index of the sentence within the document (0-based, counted across paragraphs).
    public var sentence: Int
    /// Where the sentence starts in its paragraph's text, in Unicode scalars from the start.
    public var start: Int
    /// Where the sentence ends in its paragraph's text (exclusive), in Unicode scalars.
    public var end: Int

    public init(source: String, paragraph: Int, sentence: Int, start: Int = 0, end: Int = 0) {
        self.source = source
        self.paragraph = paragraph
        self.sentence = sentence
        self.start = start
        self.end = end
    }

    public static func < (lhs: SentenceRef, rhs: SentenceRef) -> Bool {
        (lhs.source, lhs.sentence) < (rhs.source, rhs.sentence)
    }
}

/// Where a piece of the brief came from: one sentence of one source.
public struct SentenceRef: Hashable, Comparable, Codable, Sendable {
    /// The id of the source document.
    public var source: String
    /// The index of the paragraph within the document's body (0-based).
    public var paragraph: Int
    /// The index of the sentence within the document (0-based, counted across paragraphs).
    public var sentence: Int

    public init(source: String, paragraph: Int, sentence: Int) {
        self.source = source
        self.paragraph = paragraph
        self.sentence = sentence
    }

    public static func < (lhs: SentenceRef, rhs: SentenceRef) -> Bool {
        (lhs.source, lhs.sentence) < (rhs.source, rhs.sentence)
    }
}

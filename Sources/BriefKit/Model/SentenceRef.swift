/// Where a piece of the brief came from: one sentence of one source, and where that sentence
/// stands in its paragraph.
///
/// The pipeline holds millions of these (every name mention keeps one), so the four numbers
/// are stored in 32 bits each: a reference is as small as the source id and two words.
public struct SentenceRef: Hashable, Comparable, Sendable {
    /// The id of the source document.
    public var source: String
    private var storedParagraph: Int32
    private var storedSentence: Int32
    private var storedStart: Int32
    private var storedEnd: Int32

    /// The index of the paragraph within the document's body (0-based).
    public var paragraph: Int {
        get { Int(storedParagraph) }
        set { storedParagraph = Int32(clamping: newValue) }
    }

    /// The index of the sentence within the document (0-based, counted across paragraphs).
    public var sentence: Int {
        get { Int(storedSentence) }
        set { storedSentence = Int32(clamping: newValue) }
    }

    /// Where the sentence starts in its paragraph's text, in Unicode scalars from the start.
    public var start: Int {
        get { Int(storedStart) }
        set { storedStart = Int32(clamping: newValue) }
    }

    /// Where the sentence ends in its paragraph's text (exclusive), in Unicode scalars.
    public var end: Int {
        get { Int(storedEnd) }
        set { storedEnd = Int32(clamping: newValue) }
    }

    /// A reference; numbers beyond 32 bits (a paragraph of over two billion characters) are
    /// clamped.
    public init(source: String, paragraph: Int, sentence: Int, start: Int = 0, end: Int = 0) {
        self.source = source
        storedParagraph = Int32(clamping: paragraph)
        storedSentence = Int32(clamping: sentence)
        storedStart = Int32(clamping: start)
        storedEnd = Int32(clamping: end)
    }

    public static func < (lhs: SentenceRef, rhs: SentenceRef) -> Bool {
        (lhs.source, lhs.sentence) < (rhs.source, rhs.sentence)
    }
}

extension SentenceRef: Codable {
    private enum CodingKeys: String, CodingKey {
        case source, paragraph, sentence, start, end
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            source: try container.decode(String.self, forKey: .source),
            paragraph: try container.decode(Int.self, forKey: .paragraph),
            sentence: try container.decode(Int.self, forKey: .sentence),
            start: try container.decode(Int.self, forKey: .start),
            end: try container.decode(Int.self, forKey: .end))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(source, forKey: .source)
        try container.encode(paragraph, forKey: .paragraph)
        try container.encode(sentence, forKey: .sentence)
        try container.encode(start, forKey: .start)
        try container.encode(end, forKey: .end)
    }
}

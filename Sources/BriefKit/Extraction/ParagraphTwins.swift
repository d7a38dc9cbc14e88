/// The paragraphs that repeat an earlier paragraph word for word, with the same sentences:
/// wire copy reprinted unchanged, the same boilerplate in every article of an outlet. What a
/// stage finds in a paragraph from its text alone is then found once and copied to its
/// twins.
///
/// A paragraph's original is the first paragraph, in corpus order, with its text and
/// sentences (``FirstOccurrences``).
struct ParagraphTwins: Sendable {
    /// Where each document's paragraphs start in the flat numbering.
    private let starts: [Int]
    /// For each paragraph (flat), the flat number of its original; its own number when it is
    /// the first of its text.
    private let originals: [Int32]
    /// For each flat number, its document and paragraph.
    private let places: [(document: Int32, paragraph: Int32)]

    init(_ paragraphs: [[ExtractionContext.Paragraph]]) {
        var starts = [Int](repeating: 0, count: paragraphs.count + 1)
        for (index, document) in paragraphs.enumerated() { starts[index + 1] = starts[index] + document.count }
        let places = paragraphs.enumerated().flatMap { document, own in
            own.indices.map { (document: Int32(document), paragraph: Int32($0)) }
        }
        func paragraph(_ flat: Int) -> ExtractionContext.Paragraph {
            paragraphs[Int(places[flat].document)][Int(places[flat].paragraph)]
        }
        originals =
            FirstOccurrences(
                count: places.count, hash: { FirstOccurrences.hash(ofBytes: paragraph($0).text) },
                equal: { Self.areTwins(paragraph($0), paragraph($1)) }
            ).originals
        self.starts = starts
        self.places = places
    }

    /// The same text, byte for byte, cut into the same sentences.
    private static func areTwins(_ a: ExtractionContext.Paragraph, _ b: ExtractionContext.Paragraph) -> Bool {
        FirstOccurrences.sameBytes(a.text, b.text) && a.sentences.elementsEqual(b.sentences) { $0.range == $1.range }
    }

    /// The earlier paragraph that paragraph `paragraph` of document `document` repeats, or nil
    /// when it is the first with its text.
    func original(ofParagraph paragraph: Int, inDocument document: Int) -> (document: Int, paragraph: Int)? {
        let flat = starts[document] + paragraph
        let original = Int(originals[flat])
        guard original != flat else { return nil }
        return (Int(places[original].document), Int(places[original].paragraph))
    }
}

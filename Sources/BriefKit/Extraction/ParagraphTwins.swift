/// The paragraphs that repeat an earlier paragraph word for word, with the same sentences:
/// wire copy reprinted unchanged, the same boilerplate in every article of an outlet. What a
/// stage finds in a paragraph from its text alone is then found once and copied to its
/// twins.
///
/// Paragraphs are matched by a hash of their text, then compared; a paragraph's original is
/// the first paragraph, in corpus order, with its text, so the twins are the same on any
/// number of cores.
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
        // Hashes on every core (the seed changes from run to run, which only changes which
        // paragraphs are compared, never what is found: equal texts always hash alike).
        let hashes = Array(places.indices).parallelMap(grain: 4_096) { flat -> UInt64 in
            var hasher = Hasher()
            var text = paragraph(flat).text
            text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
            return UInt64(bitPattern: Int64(hasher.finalize()))
        }
        var firstWithHash = HashedKeyTable(minimumCapacity: places.count)
        var originals = [Int32](repeating: 0, count: places.count)
        for flat in places.indices {
            guard let earlier = firstWithHash[hashes[flat]] else {
                firstWithHash.insert(Int32(flat), for: hashes[flat])
                originals[flat] = Int32(flat)
                continue
            }
            // Another text with the same hash (rare) keeps its own findings.
            originals[flat] = Self.areTwins(paragraph(Int(earlier)), paragraph(flat)) ? earlier : Int32(flat)
        }
        self.starts = starts
        self.originals = originals
        self.places = places
    }

    /// The same text, byte for byte (not only canonically equal: positions are byte offsets),
    /// cut into the same sentences.
    private static func areTwins(_ a: ExtractionContext.Paragraph, _ b: ExtractionContext.Paragraph) -> Bool {
        var (x, y) = (a.text, b.text)
        guard x.utf8.count == y.utf8.count, x.withUTF8({ x in y.withUTF8 { y in x.elementsEqual(y) } }) else { return false }
        return a.sentences.elementsEqual(b.sentences) { $0.range == $1.range }
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

/// One sentence of the corpus, the unit the ranker scores.
public struct CorpusSentence: Hashable, Sendable {
    /// The sentence as written.
    public var text: String
    /// Where it stands.
    public var ref: SentenceRef
    /// The index of its document in ``SegmentedCorpus/documents``.
    public var documentIndex: Int
    /// How many sentences its document has.
    public var documentSentenceCount: Int
}

/// The corpus after segmentation: documents and all their sentences in corpus order.
public struct SegmentedCorpus: Sendable {
    public var documents: [Document]
    /// Every body sentence of every document, document by document.
    public var sentences: [CorpusSentence]
    /// For each document, each paragraph's sentence ranges in the paragraph's text.
    public var paragraphRanges: [[[Range<String.Index>]]]
    /// How many sentences were longer than the length limit and were cut into pieces.
    public var cutSentences = 0

    /// The default limit on a sentence's length in characters: far beyond any sentence of
    /// news prose, short enough that a file with no sentence ends stays cheap to rank.
    public static let defaultMaxSentenceLength = 2_000

    /// Splits every paragraph of every document into sentences; a sentence longer than
    /// `maxSentenceLength` characters is cut at spaces into pieces no longer than that.
    public init(
        documents: [Document], segmenter: SentenceSegmenter = SentenceSegmenter(),
        maxSentenceLength: Int = SegmentedCorpus.defaultMaxSentenceLength
    ) {
        self.documents = documents
        // Documents are segmented on every core (each sentence's text copied there), then
        // their sentences joined in order into an array of exactly their number.
        let limit = max(20, maxSentenceLength)
        let segmented = Array(documents.indices).parallelMap { documentIndex -> DocumentSegmentation in
            let document = documents[documentIndex]
            var cut = 0
            var sentences: [CorpusSentence] = []
            let ranges = document.paragraphs.enumerated().map { paragraphIndex, paragraph in
                let pieces = segmenter.sentenceRanges(in: paragraph).flatMap { range in
                    let pieces = Self.cut(range, of: paragraph, maxLength: limit)
                    if pieces.count > 1 { cut += 1 }
                    return pieces
                }
                for (range, span) in zip(pieces, Self.scalarSpans(of: pieces, in: paragraph)) {
                    let ref = SentenceRef(
                        source: document.id, paragraph: paragraphIndex, sentence: sentences.count,
                        start: span.start, end: span.end)
                    sentences.append(
                        CorpusSentence(text: String(paragraph[range]), ref: ref, documentIndex: documentIndex, documentSentenceCount: 0))
                }
                return pieces
            }
            for index in sentences.indices { sentences[index].documentSentenceCount = sentences.count }
            return DocumentSegmentation(ranges: ranges, sentences: sentences, cut: cut)
        }
        self.sentences = segmented.map(\.sentences).joinedInParallel()
        self.paragraphRanges = segmented.map(\.ranges)
        self.cutSentences = segmented.reduce(0) { $0 + $1.cut }
    }

    /// One document's sentence ranges per paragraph, its sentences, and how many of them were
    /// cut.
    private struct DocumentSegmentation: Sendable {
        var ranges: [[Range<String.Index>]]
        var sentences: [CorpusSentence]
        var cut: Int
    }

    /// A sentence's place in its paragraph in Unicode scalars, as ``SentenceRef`` records it.
    private struct ScalarSpan: Sendable {
        var start: Int
        var end: Int
    }

    /// The scalar offsets of `ranges` (in order) in `text`, counted in one walk over its UTF-8
    /// bytes (a scalar starts at every byte that is not a continuation byte).
    private static func scalarSpans(of ranges: [Range<String.Index>], in text: String) -> [ScalarSpan] {
        let utf8 = text.utf8
        let bounds = ranges.map {
            (lower: utf8.distance(from: utf8.startIndex, to: $0.lowerBound), upper: utf8.distance(from: utf8.startIndex, to: $0.upperBound))
        }
        var text = text
        return text.withUTF8 { bytes in
            var walk = ScalarWalk()
            var spans: [ScalarSpan] = []
            spans.reserveCapacity(bounds.count)
            for bound in bounds {
                let start = walk.scalars(before: bound.lower, in: bytes)
                spans.append(ScalarSpan(start: start, end: walk.scalars(before: bound.upper, in: bytes)))
            }
            return spans
        }
    }

    /// Counts the Unicode scalars that start before a byte offset, walking forward only as far
    /// as each offset asks (offsets come in order; one that goes back starts the count again).
    private struct ScalarWalk {
        var position = 0
        var counted = 0

        mutating func scalars(before offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
            if offset < position {
                position = 0
                counted = 0
            }
            while position < offset {
                if bytes[position] & 0xC0 != 0x80 { counted += 1 }
                position += 1
            }
            return counted
        }
    }

    /// `range` as is when it is at most `maxLength` characters, else pieces of at most that
    /// many, each ending at a space where there is one.
    static func cut(_ range: Range<String.Index>, of text: String, maxLength: Int) -> [Range<String.Index>] {
        // Cheap test first: a sentence of at most `maxLength` UTF-8 bytes has at most that many characters.
        guard text.utf8.distance(from: range.lowerBound, to: range.upperBound) > maxLength else { return [range] }
        var pieces: [Range<String.Index>] = []
        var start = range.lowerBound
        // One walk: each step moves at most `maxLength` characters forward.
        while let limit = text.index(start, offsetBy: maxLength, limitedBy: range.upperBound), limit < range.upperBound {
            if let space = text[start..<limit].lastIndex(of: " "), space > start {
                pieces.append(start..<space)
                start = text.index(after: space)
            } else {
                pieces.append(start..<limit)
                start = limit
            }
        }
        if start < range.upperBound { pieces.append(start..<range.upperBound) }
        return pieces
    }

    /// Headlines and subheadings of all documents: they inform weighting, never become key points.
    public var headings: [String] {
        documents.flatMap { ($0.headline.map { [$0] } ?? []) + $0.subheadings }
    }
}

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

    /// Splits every paragraph of every document into sentences.
    public init(documents: [Document], segmenter: SentenceSegmenter = SentenceSegmenter()) {
        self.documents = documents
        var sentences: [CorpusSentence] = []
        var paragraphRanges: [[[Range<String.Index>]]] = []
        // Documents are segmented on every core, then put together in order.
        let segmented = documents.parallelMap { document in
            document.paragraphs.map { segmenter.sentenceRanges(in: $0) }
        }
        for (documentIndex, document) in documents.enumerated() {
            var own: [CorpusSentence] = []
            let ranges = segmented[documentIndex]
            for (paragraphIndex, paragraph) in document.paragraphs.enumerated() {
                for range in ranges[paragraphIndex] {
                    let ref = SentenceRef(source: document.id, paragraph: paragraphIndex, sentence: own.count)
                    own.append(CorpusSentence(text: String(paragraph[range]), ref: ref, documentIndex: documentIndex, documentSentenceCount: 0))
                }
            }
            for index in own.indices { own[index].documentSentenceCount = own.count }
            sentences.append(contentsOf: own)
            paragraphRanges.append(ranges)
        }
        self.sentences = sentences
        self.paragraphRanges = paragraphRanges
    }

    /// Headlines and subheadings of all documents: they inform weighting, never become key points.
    public var headings: [String] {
        documents.flatMap { ($0.headline.map { [$0] } ?? []) + $0.subheadings }
    }
}

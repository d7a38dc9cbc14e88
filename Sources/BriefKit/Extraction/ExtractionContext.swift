/// What the section extractors read: every document's paragraphs with their sentences'
/// ranges and references, so that each item found can point back at its sentence.
public struct ExtractionContext: Sendable {
    /// One paragraph of one document.
    public struct Paragraph: Sendable {
        public var text: String
        /// The index of the document in ``SegmentedCorpus/documents``.
        public var documentIndex: Int
        /// The sentences' ranges in ``text`` and their references, in order.
        public var sentences: [SentenceSpan]

        /// The reference of the sentence that contains `index` (the last one when past the end).
        public func sentence(containing index: String.Index) -> SentenceRef? {
            sentenceIndex(containing: index).map { sentences[$0].ref }
        }

        /// The place in ``sentences`` of the sentence that contains `index` (the last one when
        /// past the end); nil when the paragraph has no sentence.
        public func sentenceIndex(containing index: String.Index) -> Int? {
            sentences.firstIndex { $0.range.contains(index) || $0.range.upperBound >= index } ?? (sentences.isEmpty ? nil : sentences.count - 1)
        }
    }

    /// One sentence of a paragraph: where it stands in the paragraph's text, and its reference.
    public struct SentenceSpan: Sendable {
        public var range: Range<String.Index>
        public var ref: SentenceRef
    }

    public var corpus: SegmentedCorpus
    /// Term vectors and similarity of the corpus's sentences.
    public var analysis: CorpusAnalysis
    /// Paragraphs grouped by document, in corpus order.
    public var paragraphs: [[Paragraph]]
    /// The brief's date, for resolving "on Thursday".
    public var date: BriefDate

    /// The context of `corpus`, reusing the sentence ranges its segmentation found.
    public init(corpus: SegmentedCorpus, analysis: CorpusAnalysis, date: BriefDate) {
        self.init(corpus: corpus, analysis: analysis, date: date, paragraphs: Self.paragraphs(of: corpus))
    }

    /// The context of `corpus` with its paragraphs (``paragraphs(of:)``) already made.
    init(corpus: SegmentedCorpus, analysis: CorpusAnalysis, date: BriefDate, paragraphs: [[Paragraph]]) {
        self.corpus = corpus
        self.analysis = analysis
        self.date = date
        self.paragraphs = paragraphs
    }

    /// The paragraphs of `corpus`, grouped by document, each with its sentences' ranges (those
    /// its segmentation found) and references.
    static func paragraphs(of corpus: SegmentedCorpus) -> [[Paragraph]] {
        var all: [[Paragraph]] = []
        // The corpus lists its sentences document by document, paragraph by paragraph: the
        // same order as the ranges, so each range takes the next sentence's reference.
        var corpusIndex = 0
        for (documentIndex, document) in corpus.documents.enumerated() {
            var own: [Paragraph] = []
            for (paragraphIndex, text) in document.paragraphs.enumerated() {
                let ranges = corpus.paragraphRanges[documentIndex][paragraphIndex]
                let sentences = ranges.map { range -> SentenceSpan in
                    defer { corpusIndex += 1 }
                    return SentenceSpan(range: range, ref: corpus.sentences[corpusIndex].ref)
                }
                own.append(Paragraph(text: text, documentIndex: documentIndex, sentences: sentences))
            }
            all.append(own)
        }
        return all
    }

    /// The id of document `index`.
    public func documentID(_ index: Int) -> String { corpus.documents[index].id }

    /// Ids of the documents at `indices`, deduplicated, in corpus order.
    public func sourceIDs<S: Sequence>(_ indices: S) -> [String] where S.Element == Int {
        Set(indices).sorted().map(documentID)
    }
}

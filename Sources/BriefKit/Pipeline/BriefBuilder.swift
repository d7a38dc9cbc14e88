/// The pipeline from documents to a ``Brief``, as a straight line of stages that tests and
/// benchmarks can also call one by one: segment, analyse, score, select, assemble.
public struct BriefBuilder: Sendable {
    public var segmenter = SentenceSegmenter()
    public var scorer: any SentenceScorer = CentralityScorer()
    public var selector = KeyPointSelector()

    public init() {}

    /// Builds the brief of `documents` for `date`.
    /// - Parameters:
    ///   - title: the brief's title; when nil, the headline closest to the key points.
    ///   - points: how many key points at most.
    /// - Throws: ``BriefError/noSentences`` when no document has a sentence.
    public func build(documents: [Document], date: BriefDate, title: String? = nil, points: Int = 10) throws(BriefError) -> Brief {
        let corpus = SegmentedCorpus(documents: documents, segmenter: segmenter)
        guard !corpus.sentences.isEmpty else { throw .noSentences }
        let analysis = CorpusAnalysis(corpus)
        let scores = scorer.scores(for: corpus, analysis: analysis)
        let keyPoints = selector.select(count: points, from: corpus, analysis: analysis, scores: scores)
        let briefSources = corpus.documents.map { document in
            Source(id: document.id, title: BriefTitle.sourceTitle(of: document, segmenter: segmenter), path: document.path)
        }
        return Brief(
            title: title ?? BriefTitle.choose(for: corpus, keyPoints: keyPoints, analysis: analysis),
            date: date,
            sources: briefSources,
            keyPoints: keyPoints
        )
    }
}

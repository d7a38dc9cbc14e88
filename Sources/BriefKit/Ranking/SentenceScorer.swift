/// Rates every sentence of a corpus: higher is more important.
///
/// Each scorer is one strategy; ``KeyPointSelector`` turns any scorer's ratings into key points.
public protocol SentenceScorer: Sendable {
    /// One score per sentence of `corpus`, in corpus order.
    func scores(for corpus: SegmentedCorpus, analysis: CorpusAnalysis) -> [Double]
}

/// The trivial baseline: earlier in its article is better (news put the lead first).
public struct LeadScorer: SentenceScorer {
    public init() {}

    public func scores(for corpus: SegmentedCorpus, analysis: CorpusAnalysis) -> [Double] {
        corpus.sentences.map { 1 / Double(1 + $0.ref.sentence) }
    }
}

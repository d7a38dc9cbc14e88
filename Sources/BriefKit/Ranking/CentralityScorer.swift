import Foundation

/// brief's default scorer: graph centrality combined with cross-source support, position in
/// the article and closeness to the corpus's headlines.
///
/// `score = wc * centrality + ws * support + wp * position + wh * heading`, where
/// - centrality is continuous LexRank, scaled to [0, 1];
/// - support is the share of the other sources that carry the same fact (a sentence at
///   least ``sameFactThreshold`` similar), so a fact four outlets report beats one that one does;
/// - position is `1 / sqrt(1 + index in article)`: news put the most important first;
/// - heading is the highest similarity to any headline or subheading of the corpus.
public struct CentralityScorer: SentenceScorer {
    public var centralityWeight = 0.40
    public var supportWeight = 0.25
    public var positionWeight = 0.20
    public var headingWeight = 0.15
    /// Similarity at which two sentences report the same fact.
    public var sameFactThreshold = FactThresholds.sameFact

    public init() {}

    public func scores(for corpus: SegmentedCorpus, analysis: CorpusAnalysis) -> [Double] {
        let centrality = analysis.centrality()
        let heading = HeadingCloseness(corpus: corpus, analysis: analysis).values
        let otherSources = max(corpus.documents.count - 1, 1)
        // Support is counted for every class of copies (every sentence, when none has a copy)
        // on every core; a copy has its representative's.
        let classSupport = analysis.sameFactArticleCounts(of: analysis.copies.representatives, threshold: sameFactThreshold, in: corpus)
            .map { Double($0 - 1) / Double(otherSources) }
        return Array(corpus.sentences.indices).parallelMap(grain: 1_024) { i in
            let sentence = corpus.sentences[i]
            let support = classSupport[Int(analysis.copies.classOf[i])]
            let position = 1 / (1 + Double(sentence.ref.sentence)).squareRoot()
            return centralityWeight * centrality[i] + supportWeight * support
                + positionWeight * position + headingWeight * heading[i]
        }
    }
}

import Foundation

/// Tells which of the archive's earlier briefs are of the subject of today's corpus, so that
/// a brief is compared only with its own story's past, never with another subject's briefs
/// that share the archive.
///
/// A brief's subject is the words it leads with: its title and key points. Today's are the
/// words of the corpus's best-ranked sentences and its headlines. The two are compared as
/// TF-IDF vectors, each term weighted by how rare it is in today's corpus (a word no sentence
/// of today has weighs most), so that the words every news story uses count for little.
public struct SubjectMatcher: Sendable {
    /// The cosine at which an earlier brief is of today's subject.
    public var threshold = 0.18
    /// How many of today's best-ranked sentences stand for its subject.
    public var leadingSentences = 40

    public init() {}

    /// The earlier briefs of today's subject, oldest first.
    public func sameSubject(
        _ earlier: [Brief], corpus: SegmentedCorpus, analysis: CorpusAnalysis, scores: [Double]
    ) -> [Brief] {
        guard !earlier.isEmpty else { return [] }
        let today = profile(corpus: corpus, analysis: analysis, scores: scores)
        return earlier.filter { similarity(today, profile(of: $0, analysis: analysis)) >= threshold }.sorted { $0.date < $1.date }
    }

    /// The cosine of today's corpus with an earlier brief (see the type's description).
    public func similarity(of brief: Brief, corpus: SegmentedCorpus, analysis: CorpusAnalysis, scores: [Double]) -> Double {
        similarity(profile(corpus: corpus, analysis: analysis, scores: scores), profile(of: brief, analysis: analysis))
    }

    /// Today's term weights: the best-ranked sentences' terms and the headlines'.
    func profile(corpus: SegmentedCorpus, analysis: CorpusAnalysis, scores: [Double]) -> [String: Double] {
        let best = BestFirst(scores, firstBlockSize: leadingSentences).prefix(leadingSentences)
        let texts = best.map { corpus.sentences[$0].text } + corpus.documents.compactMap(\.headline)
        return weights(of: texts, analysis: analysis)
    }

    /// An earlier brief's term weights: its title and key points.
    func profile(of brief: Brief, analysis: CorpusAnalysis) -> [String: Double] {
        weights(of: [brief.title] + brief.keyPoints.map(\.text), analysis: analysis)
    }

    private func weights(of texts: [String], analysis: CorpusAnalysis) -> [String: Double] {
        var counts: [String: Int] = [:]
        var stems: [String: String] = [:]
        for text in texts { for term in Set(Tokenizer.terms(text, stems: &stems)) { counts[term, default: 0] += 1 } }
        var weights: [String: Double] = [:]
        for (term, count) in counts { weights[term] = (1 + log(Double(count))) * analysis.vectors.inverseFrequency(of: term) }
        return weights
    }

    private func similarity(_ a: [String: Double], _ b: [String: Double]) -> Double {
        var dot = 0.0
        for (term, weight) in a { if let other = b[term] { dot += weight * other } }
        let norms = a.values.reduce(0) { $0 + $1 * $1 }.squareRoot() * b.values.reduce(0) { $0 + $1 * $1 }.squareRoot()
        return norms == 0 ? 0 : dot / norms
    }
}

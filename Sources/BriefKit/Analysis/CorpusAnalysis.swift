/// What every ranking stage needs to know about the corpus's sentences: their term vectors
/// and their similarity graph. Computed once, then shared.
public struct CorpusAnalysis: Sendable {
    public let vectors: TermVectors
    public let graph: SimilarityGraph

    public init(_ corpus: SegmentedCorpus) {
        self.init(corpus, vectors: TermVectors(texts: corpus.sentences.map(\.text)))
    }

    /// The analysis of `corpus` with its term vectors already built.
    public init(_ corpus: SegmentedCorpus, vectors: TermVectors) {
        self.vectors = vectors
        graph = SimilarityGraph(vectors: vectors.vectors)
    }

    /// The cosine similarity of sentences `i` and `j`.
    public func similarity(_ i: Int, _ j: Int) -> Double {
        vectors.vectors[i].cosine(vectors.vectors[j])
    }

    /// How much sentences `i` and `j` say in the same words: the cosine of their sets of
    /// content terms, unweighted. Unlike TF-IDF, it does not discount the words every article
    /// of a story shares, which are exactly what makes two reports the same fact.
    public func overlap(_ i: Int, _ j: Int) -> (cosine: Double, shared: Int) {
        let a = vectors.vectors[i].terms, b = vectors.vectors[j].terms
        guard !a.isEmpty, !b.isEmpty else { return (0, 0) }
        var x = 0, y = 0, shared = 0
        while x < a.count && y < b.count {
            if a[x] == b[y] { shared += 1; x += 1; y += 1 } else if a[x] < b[y] { x += 1 } else { y += 1 }
        }
        return (Double(shared) / Double(a.count * b.count).squareRoot(), shared)
    }

    /// True when sentences `i` and `j` report the same fact: their ``overlap(_:_:)`` is at
    /// least `threshold` over at least three shared terms.
    public func isSameFact(_ i: Int, _ j: Int, threshold: Double) -> Bool {
        let (cosine, shared) = overlap(i, j)
        return shared >= 3 && cosine >= threshold
    }

    /// Sentences that report the same fact as sentence `i`, including `i`, in corpus order.
    /// Candidates come from the similarity graph, so the cost stays proportional to its edges.
    public func sameFact(as i: Int, threshold: Double) -> [Int] {
        ([i] + graph.neighbors[i].map(\.target).filter { isSameFact(i, $0, threshold: threshold) }).sorted()
    }
}

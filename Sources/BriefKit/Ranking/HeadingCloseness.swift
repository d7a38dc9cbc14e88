/// How close each sentence comes to the corpus's headlines and subheadings: the highest
/// cosine similarity to any of them.
///
/// Every sentence is compared with its own article's headings (the first ``maximumOwn``) and
/// with a pool of at most ``maximumPool`` headings, found through an inverted index so that
/// the cost follows shared terms. A corpus with no more headings than that compares every sentence with every
/// heading; a larger one pools the headings closest to the centroid of all headings (what
/// most headlines are about), so the cost stays linear in the corpus.
public struct HeadingCloseness: Sendable {
    public static let maximumPool = 256
    /// At most this many of an article's own headings are compared with its sentences.
    public static let maximumOwn = 64

    /// One value per sentence of the corpus, in [0, 1].
    public let values: [Double]

    public init(corpus: SegmentedCorpus, analysis: CorpusAnalysis, maximumPool: Int = maximumPool) {
        var owner: [Int] = []
        var headings: [String] = []
        for (index, document) in corpus.documents.enumerated() {
            for heading in (document.headline.map { [$0] } ?? []) + document.subheadings {
                headings.append(heading)
                owner.append(index)
            }
        }
        let headingVectors = headings.parallelMap(grain: 256) { analysis.vectors.vector(for: $0) }
        let pool = Self.pool(headingVectors, size: maximumPool)
        // The pool's headings by term (``Postings``): a sentence's terms are looked up in flat
        // arrays, without hashing.
        let pooled = pool.filter { headingVectors[$0].norm > 0 }
        let postings = Postings(pooled.map { headingVectors[$0] })
        // Each article's own headings: its first ``maximumOwn`` (headline first), so that one
        // document of thousands of heading-like lines stays linear too.
        var own = [[Int]](repeating: [], count: corpus.documents.count)
        if pool.count < headingVectors.count {
            for (heading, document) in owner.enumerated() where own[document].count < Self.maximumOwn {
                own[document].append(heading)
            }
        }

        // Blocks of sentences on every core, each with its own scratch sums.
        let blocks = blockRanges(count: corpus.sentences.count, size: 4_096)
        values = blocks.parallelMap(grain: 1) { block -> [Double] in
            var dot = [Double](repeating: 0, count: headingVectors.count)
            var touched: [Int] = []
            return block.map { i in
                let vector = analysis.vectors.vectors[i]
                guard vector.norm > 0 else { return 0 }
                vector.withUnsafeBuffers { terms, weights in
                    for (term, weight) in zip(terms, weights) {
                        for k in postings.places(of: term) {
                            let heading = pooled[Int(postings.vectors[k])]
                            if dot[heading] == 0 { touched.append(heading) }
                            dot[heading] += weight * postings.weights[k]
                        }
                    }
                }
                var best = 0.0
                for heading in touched {
                    best = max(best, dot[heading] / (vector.norm * headingVectors[heading].norm))
                    dot[heading] = 0
                }
                touched.removeAll(keepingCapacity: true)
                for heading in own[corpus.sentences[i].documentIndex] {
                    best = max(best, vector.cosine(headingVectors[heading]))
                }
                return best
            }
        }.joinedInParallel()
    }

    /// All headings when they are at most `size`; else the `size` closest to their centroid
    /// (ties to the earlier).
    static func pool(_ vectors: [SparseVector], size: Int) -> [Int] {
        guard vectors.count > size else { return Array(vectors.indices) }
        var centroid: [Int32: Double] = [:]
        for vector in vectors where vector.norm > 0 {
            for (term, weight) in zip(vector.terms, vector.weights) { centroid[term, default: 0] += weight / vector.norm }
        }
        let closeness = vectors.map { vector -> Double in
            guard vector.norm > 0 else { return 0 }
            return zip(vector.terms, vector.weights).reduce(0) { $0 + $1.1 * (centroid[$1.0] ?? 0) } / vector.norm
        }
        return Array(vectors.indices.sorted { (closeness[$0], -$0) > (closeness[$1], -$1) }.prefix(size)).sorted()
    }
}

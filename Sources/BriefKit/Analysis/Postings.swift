/// An inverted index of sparse vectors: for each term, the vectors that carry it (by their
/// place in the list indexed) with the term's weight there, in flat arrays. A term's vectors
/// come in list order, so sums taken over them add in the same order every time.
struct Postings: Sendable {
    /// `offsets[t]..<offsets[t + 1]` are term t's places in ``vectors`` and ``weights``.
    let offsets: [Int]
    /// The vector of each place, by its index in the list indexed.
    let vectors: [Int32]
    /// The term's weight in that vector.
    let weights: [Double]

    init(_ vectors: [SparseVector]) {
        var termCount = 0
        for vector in vectors { if let last = vector.terms.last { termCount = max(termCount, Int(last) + 1) } }
        var offsets = [Int](repeating: 0, count: termCount + 1)
        for vector in vectors { for term in vector.terms { offsets[Int(term) + 1] += 1 } }
        for t in 0..<termCount { offsets[t + 1] += offsets[t] }
        var fill = offsets
        var carriers = [Int32](repeating: 0, count: offsets[termCount])
        var weights = [Double](repeating: 0, count: offsets[termCount])
        for (index, vector) in vectors.enumerated() {
            vector.withUnsafeBuffers { terms, termWeights in
                for (term, weight) in zip(terms, termWeights) {
                    carriers[fill[Int(term)]] = Int32(index)
                    weights[fill[Int(term)]] = weight
                    fill[Int(term)] += 1
                }
            }
        }
        self.offsets = offsets
        self.vectors = carriers
        self.weights = weights
    }

    /// One more than the largest term any vector carries.
    var termCount: Int { offsets.count - 1 }

    /// Term `term`'s places in ``vectors`` and ``weights`` (none for a term no vector carries).
    func places(of term: Int32) -> Range<Int> {
        Int(term) < termCount ? offsets[Int(term)]..<offsets[Int(term) + 1] : 0..<0
    }

    /// How many vectors carry `term`, which must be below ``termCount``.
    func count(_ term: Int32) -> Int { offsets[Int(term) + 1] - offsets[Int(term)] }
}

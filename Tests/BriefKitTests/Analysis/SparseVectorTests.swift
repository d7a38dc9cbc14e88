import BriefBenchmarkKit
import Testing

@testable import BriefKit

/// A sparse vector keeps its terms and weights in one allocation: what it gives back, its
/// norm, dot product and equality are those of the two arrays it was made from.
@Suite struct SparseVectorTests {
    /// Seeded vectors of 0 to 40 ascending terms (odd and even counts: the terms are packed
    /// two to a slot).
    static func vectors(count: Int, seed: UInt64) -> [(terms: [Int32], weights: [Double])] {
        var random = SplitMix64(seed: seed)
        return (0..<count).map { _ in
            var term: Int32 = 0
            let size = Int(random.next() % 41)
            let terms = (0..<size).map { _ -> Int32 in
                term += Int32(random.next() % 50) + 1
                return term
            }
            let weights = terms.map { _ in Double(random.next() % 10_000) / 997 }
            return (terms, weights)
        }
    }

    @Test func givesBackItsTermsAndWeightsAndTheirNorm() {
        for (terms, weights) in Self.vectors(count: 500, seed: 3) {
            let vector = SparseVector(terms: terms, weights: weights)
            #expect(Array(vector.terms) == terms)
            #expect(Array(vector.weights) == weights)
            #expect(vector.norm == weights.reduce(0) { $0 + $1 * $1 }.squareRoot())
            vector.withUnsafeBuffers { bufferTerms, bufferWeights in
                #expect(Array(bufferTerms) == terms)
                #expect(Array(bufferWeights) == weights)
            }
        }
    }

    @Test func dotProductAndEqualityAreThoseOfTheArrays() {
        let made = Self.vectors(count: 120, seed: 9)
        let vectors = made.map { SparseVector(terms: $0.terms, weights: $0.weights) }
        for (a, x) in zip(made, vectors) {
            for (b, y) in zip(made, vectors).prefix(40) {
                var expected = 0.0
                for (term, weight) in zip(a.terms, a.weights) {
                    if let k = b.terms.firstIndex(of: term) { expected += weight * b.weights[k] }
                }
                #expect(x.dot(y) == expected)
                #expect(x.sharedTermCount(with: y) == Set(a.terms).intersection(b.terms).count)
                #expect((x == y) == (a.terms == b.terms && a.weights == b.weights))
            }
        }
        let copy = SparseVector(terms: made[7].terms, weights: made[7].weights)
        #expect(copy == vectors[7])
        #expect(copy.hashValue == vectors[7].hashValue)
    }
}

/// Whether two sentences report the same fact is asked as "do they share enough terms", a
/// merge that stops once it knows: the answer is the full overlap's, on every pair.
@Suite struct SameFactTestTests {
    @Test func sharesAtLeastIsTheSharedTermCountCompared() {
        let made = SparseVectorTests.vectors(count: 150, seed: 21)
        let vectors = made.map { SparseVector(terms: $0.terms, weights: $0.weights) }
        for x in vectors.prefix(60) {
            for y in vectors {
                let shared = x.sharedTermCount(with: y)
                for count in [0, 1, 2, 3, shared, shared + 1, 12, 41] {
                    #expect(x.sharesAtLeast(count, termsWith: y) == (shared >= count))
                }
            }
        }
    }

    @Test func theFewestSharedTermsNeededAreExact() {
        for threshold in [0.0, 0.1, 0.3, 0.4, 0.45, 0.5, 0.9, 1.0, 1.5, -1, .nan, .infinity, -.infinity] {
            for m in 1...40 {
                for n in 1...40 {
                    let root = Double(m * n).squareRoot()
                    let enough = (0...min(m, n)).filter { $0 >= 3 && Double($0) / root >= threshold }
                    #expect(CorpusAnalysis.sharedTermsNeeded(m, n, threshold: threshold) == enough.first)
                }
            }
        }
        #expect(CorpusAnalysis.sharedTermsNeeded(0, 5, threshold: 0.3) == nil)
    }
}

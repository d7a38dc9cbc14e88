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

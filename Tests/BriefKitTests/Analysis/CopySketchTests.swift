import BriefBenchmarkKit
import Testing

@testable import BriefKit

/// The copy test's sketches: their bound on shared terms is never below the true count, so
/// the pre-filter never turns a copy away, and it turns most unrelated pairs away.
@Suite struct CopySketchTests {
    /// A vector of `count` distinct term ids drawn from `0..<vocabulary`.
    static func vector(_ count: Int, vocabulary: Int, _ random: inout SplitMix64) -> SparseVector {
        var terms = Set<Int32>()
        while terms.count < count { terms.insert(Int32(random.int(in: 0...(vocabulary - 1)))) }
        let sorted = terms.sorted()
        return SparseVector(terms: sorted, weights: sorted.map { _ in 1 })
    }

    /// `vector` with `edits` of its terms swapped for others.
    static func edited(_ vector: SparseVector, edits: Int, vocabulary: Int, _ random: inout SplitMix64) -> SparseVector {
        var terms = Array(vector.terms)
        for _ in 0..<min(edits, terms.count - 1) { terms.remove(at: random.int(in: 0...(terms.count - 1))) }
        var kept = Set(terms)
        while kept.count < vector.terms.count { kept.insert(Int32(random.int(in: 0...(vocabulary - 1)))) }
        let sorted = kept.sorted()
        return SparseVector(terms: sorted, weights: sorted.map { _ in 1 })
    }

    static func exactlyCopies(_ a: SparseVector, _ b: SparseVector) -> Bool {
        let shared = a.sharedTermCount(with: b)
        return shared >= 4 && Double(shared) >= SentenceCopies.threshold * Double(a.terms.count * b.terms.count).squareRoot()
    }

    @Test func theBoundIsNeverBelowTheSharedTermsAndNoCopyIsTurnedAway() {
        var random = SplitMix64(seed: 20)
        var copies = 0
        for round in 0..<4_000 {
            let vocabulary = [40, 300, 5_000][round % 3]
            let a = Self.vector(random.int(in: 1...30), vocabulary: vocabulary, &random)
            let b =
                round % 2 == 0
                ? Self.edited(a, edits: random.int(in: 0...3), vocabulary: vocabulary, &random)
                : Self.vector(random.int(in: 1...30), vocabulary: vocabulary, &random)
            let (x, y) = (CopySketch(terms: a.terms, figures: 7), CopySketch(terms: b.terms, figures: 7))
            #expect(x.sharedTermsBound(with: y) >= a.sharedTermCount(with: b))
            #expect(x.sharedTermsBound(with: y) == y.sharedTermsBound(with: x))
            if Self.exactlyCopies(a, b) {
                copies += 1
                #expect(x.mayBeCopy(of: y))
            }
        }
        // The edited reprints are mostly copies: the check above was put to work.
        #expect(copies > 1_000)
    }

    @Test func unrelatedSentencesAndOtherFiguresAreTurnedAway() {
        var random = SplitMix64(seed: 7)
        var passed = 0
        for _ in 0..<1_000 {
            let a = Self.vector(15, vocabulary: 5_000, &random)
            let b = Self.vector(15, vocabulary: 5_000, &random)
            if CopySketch(terms: a.terms, figures: 1).mayBeCopy(of: CopySketch(terms: b.terms, figures: 1)) { passed += 1 }
        }
        #expect(passed < 20)
        let a = Self.vector(15, vocabulary: 5_000, &random)
        #expect(CopySketch(terms: a.terms, figures: 1).mayBeCopy(of: CopySketch(terms: a.terms, figures: 1)))
        #expect(!CopySketch(terms: a.terms, figures: 1).mayBeCopy(of: CopySketch(terms: a.terms, figures: 2)))
    }
}

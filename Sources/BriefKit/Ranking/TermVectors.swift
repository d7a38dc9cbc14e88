import Foundation

/// A sparse vector: term ids in ascending order with their weights.
public struct SparseVector: Hashable, Sendable {
    public var terms: [Int32]
    public var weights: [Double]
    /// The Euclidean norm.
    public let norm: Double

    public init(terms: [Int32], weights: [Double]) {
        self.terms = terms
        self.weights = weights
        self.norm = weights.reduce(0) { $0 + $1 * $1 }.squareRoot()
    }

    /// The cosine similarity with `other` (0 when either is empty).
    public func cosine(_ other: SparseVector) -> Double {
        guard norm > 0, other.norm > 0 else { return 0 }
        var i = 0, j = 0, dot = 0.0
        while i < terms.count && j < other.terms.count {
            if terms[i] == other.terms[j] {
                dot += weights[i] * other.weights[j]
                i += 1; j += 1
            } else if terms[i] < other.terms[j] {
                i += 1
            } else {
                j += 1
            }
        }
        return dot / (norm * other.norm)
    }
}

/// TF-IDF vectors of the corpus's sentences over stemmed, stop-worded terms.
///
/// Inverse document frequency counts sentences, not articles: with a handful of articles on
/// one story, nearly every topic word is in every article, but not in every sentence.
/// Weight: `(1 + ln tf) * (1 + ln(N / df))`.
public struct TermVectors: Sendable {
    /// One vector per sentence, in corpus order.
    public let vectors: [SparseVector]
    /// How many sentences contain each term.
    public let documentFrequency: [Int]
    /// The number of sentences.
    public let sentenceCount: Int
    /// Term text to id.
    let termIDs: [String: Int32]

    /// Builds vectors for `texts` (one per sentence).
    public init(texts: [String]) {
        var ids: [String: Int32] = [:]
        var counts: [[(Int32, Int)]] = []
        counts.reserveCapacity(texts.count)
        var df: [Int] = []
        // Tokenizing and stemming run on every core, a block of sentences at a time (to bound
        // memory); term ids are then given in corpus order, so they do not depend on cores.
        let block = 65_536
        for blockStart in stride(from: 0, to: texts.count, by: block) {
            // Slices of 4,096 sentences, each with its own stem memo.
            let slices = stride(from: blockStart, to: min(texts.count, blockStart + block), by: 4_096).map {
                $0..<min(texts.count, blockStart + block, $0 + 4_096)
            }
            let sliceTerms = slices.parallelMap(grain: 1) { slice in
                var stems: [String: String] = [:]
                return texts[slice].map { Tokenizer.terms($0, stems: &stems) }
            }
            for terms in sliceTerms.joined() {
                var tf: [Int32: Int] = [:]
                for term in terms {
                    let id: Int32
                    if let known = ids[term] {
                        id = known
                    } else {
                        id = Int32(ids.count)
                        ids[term] = id
                        df.append(0)
                    }
                    tf[id, default: 0] += 1
                }
                let sorted = tf.sorted { $0.key < $1.key }
                for (id, _) in sorted { df[Int(id)] += 1 }
                counts.append(sorted.map { ($0.key, $0.value) })
            }
        }
        let n = Double(max(texts.count, 1))
        let idf = df.map { 1 + log(n / Double(max($0, 1))) }
        vectors = counts.map { entries in
            SparseVector(
                terms: entries.map(\.0),
                weights: entries.map { (1 + log(Double($0.1))) * idf[Int($0.0)] }
            )
        }
        documentFrequency = df
        sentenceCount = texts.count
        termIDs = ids
    }

    /// A vector for text outside the corpus (a headline), over the corpus's terms and weights.
    public func vector(for text: String) -> SparseVector {
        var tf: [Int32: Int] = [:]
        for term in Tokenizer.terms(text) {
            if let id = termIDs[term] { tf[id, default: 0] += 1 }
        }
        let n = Double(max(sentenceCount, 1))
        let sorted = tf.sorted { $0.key < $1.key }
        return SparseVector(
            terms: sorted.map(\.key),
            weights: sorted.map { (1 + log(Double($0.value))) * (1 + log(n / Double(max(documentFrequency[Int($0.key)], 1)))) }
        )
    }
}

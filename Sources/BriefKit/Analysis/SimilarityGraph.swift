import CPrefetch
import Foundation

/// The sentences' similarity graph: for each sentence, the others whose cosine similarity is
/// at least a threshold, found through an inverted index so that the cost follows the terms
/// sentences share, not the square of the corpus.
///
/// Cost and memory stay linear in the corpus:
/// - each sentence keeps at most ``maxNeighbors`` neighbours, the most similar;
/// - candidate search scans at most ``workBudget`` postings in all, shared out evenly over
///   the sentences. A sentence whose terms' postings fit its share is compared with every
///   sentence it shares a term with (exact, the case for any day's corpus); one whose do not
///   scans its rarest terms first, as far as its share goes, and gets the exact cosine of its
///   best candidates (near-duplicates share rare terms, so they are found).
/// Sentences are processed in parallel; each one's edges depend only on the vectors, so the
/// graph is the same whatever the number of cores.
public struct SimilarityGraph: Sendable {
    /// An edge to another sentence, stored compactly (8 bytes).
    public struct Edge: Hashable, Sendable {
        private let storedTarget: Int32
        private let storedSimilarity: Float

        public init(target: Int, similarity: Double) {
            storedTarget = Int32(target)
            storedSimilarity = Float(similarity)
        }

        public var target: Int { Int(storedTarget) }
        public var similarity: Double { Double(storedSimilarity) }
    }

    /// `neighbors[i]`: edges of sentence i, most similar first (ties by index).
    public let neighbors: [[Edge]]

    public static let defaultThreshold = 0.1
    public static let maxNeighbors = 32
    /// Postings the candidate search may scan over the whole corpus.
    public static let workBudget = 200_000_000

    /// Builds the graph of `vectors` with edges of similarity `>= threshold`.
    public init(vectors: [SparseVector], threshold: Double = defaultThreshold, workBudget: Int = workBudget) {
        let n = vectors.count
        let postings = Postings(vectors)
        let share = max(256, workBudget / max(n, 1))
        let termCount = postings.termCount
        var lists = [[Edge]](repeating: [], count: n)
        // Many small chunks, so that no core is left alone with the last; each takes the
        // scratch sums a finished one left (as large as the corpus, and cleared after each
        // sentence) instead of making its own.
        let searches = ScratchPool { CandidateSearch(count: n, terms: termCount) }
        lists.withUnsafeMutableBufferPointer { output in
            let output = UncheckedSendable(output)
            concurrentChunks(count: n, parallelFrom: 2_000, chunksPerCore: 64) { chunk in
                searches.withScratch { search in
                    for i in chunk {
                        output.value[i] = search.edges(of: i, vectors: vectors, postings: postings, share: share, threshold: threshold)
                    }
                }
            }
        }
        neighbors = lists
    }

    /// A graph with the given edges (for tests of what reads the graph).
    init(neighbors: [[Edge]]) {
        self.neighbors = neighbors
    }
}

/// One worker's scratch space for finding a sentence's neighbours.
private struct CandidateSearch {
    /// How many postings ahead the scan asks for a sum's cache line.
    static let prefetchDistance = 12
    var dot: [Double]
    var touched: [Int] = []
    /// The weight of each term in the sentence searched for (0 for the others): a candidate's
    /// exact dot product is then one pass over its own terms.
    var queryWeight: [Double]
    /// Scratch space for ``kthLargest(_:k:)``.
    var cutoffHeap: [Double] = []
    /// Scratch space for ``topCandidates(_:)``: the touched sentences with their partial sums
    /// side by side, and the strongest of them.
    var sums: [(sum: Double, sentence: Int)] = []
    var strongest: [(sum: Double, sentence: Int)] = []
    /// Scratch space for the exact products of a sentence's candidates.
    var products: [Double] = []

    init(count: Int, terms: Int) {
        dot = [Double](repeating: 0, count: count)
        queryWeight = [Double](repeating: 0, count: terms)
    }

    mutating func edges(
        of i: Int, vectors: [SparseVector], postings: Postings, share: Int,
        threshold: Double
    ) -> [SimilarityGraph.Edge] {
        let vector = vectors[i]
        guard vector.norm > 0 else { return [] }
        var found: [(target: Int, similarity: Double)] = []
        vector.withUnsafeBuffers { terms, weights in
            let total = terms.reduce(0) { $0 + postings.count($1) }
            let complete = total <= share
            // Terms in id order when all fit (so sums are exact and the same both ways), else
            // the rarest first, as far as the share goes.
            var order = Array(terms.indices)
            if !complete {
                order.sort { (postings.count(terms[$0]), $0) < (postings.count(terms[$1]), $1) }
            }
            var scanned = 0
            // The innermost loop of the whole program: raw buffers, no bounds checks (every index
            // comes from the postings' own offsets, and sentence numbers are below `dot.count`).
            postings.vectors.withUnsafeBufferPointer { sentences in
                postings.weights.withUnsafeBufferPointer { postingWeights in
                    dot.withUnsafeMutableBufferPointer { dot in
                        for position in order {
                            let term = terms[position]
                            let count = postings.count(term)
                            if !complete && scanned + count > share { break }
                            scanned += count
                            let weight = weights[position]
                            let places = postings.places(of: term)
                            for k in places {
                                // The sum of a sentence a few places on is fetched meanwhile.
                                if k + Self.prefetchDistance < places.upperBound {
                                    brief_prefetch_for_write(dot.baseAddress! + Int(sentences[k + Self.prefetchDistance]))
                                }
                                let j = Int(sentences[k])
                                if j == i { continue }
                                if dot[j] == 0 { touched.append(j) }
                                dot[j] += weight * postingWeights[k]
                            }
                        }
                    }
                }
            }
            if complete {
                for j in touched {
                    let similarity = dot[j] / (vector.norm * vectors[j].norm)
                    if similarity >= threshold { found.append((j, similarity)) }
                }
            } else {
                // Partial sums only rank candidates; the best get their exact cosine.
                for (term, weight) in zip(terms, weights) { queryWeight[Int(term)] = weight }
                let candidates = topCandidates(4 * SimilarityGraph.maxNeighbors).filter { vectors[$0].norm > 0 }
                queryWeight.withUnsafeBufferPointer { query in
                    // Each candidate's vector lies far from the others in memory. The products
                    // are taken side by side, term by term (every candidate's first term, then
                    // every second...), so the processor waits for all the vectors at once,
                    // not one after the other; each product still adds its terms in order.
                    withExtendedLifetime(vectors) {
                        // Valid while `vectors` holds the vectors' storage.
                        let buffers = candidates.map { vectors[$0].withUnsafeBuffers { terms, weights in (terms, weights) } }
                        products.removeAll(keepingCapacity: true)
                        products.append(contentsOf: repeatElement(0, count: candidates.count))
                        let longest = buffers.reduce(0) { Swift.max($0, $1.0.count) }
                        products.withUnsafeMutableBufferPointer { products in
                            for k in 0..<longest {
                                for (c, (otherTerms, otherWeights)) in buffers.enumerated() where k < otherTerms.count {
                                    products[c] += query[Int(otherTerms[k])] * otherWeights[k]
                                }
                            }
                        }
                        for (j, product) in zip(candidates, products) {
                            let similarity = product / (vector.norm * vectors[j].norm)
                            if similarity >= threshold { found.append((j, similarity)) }
                        }
                    }
                }
                for term in terms { queryWeight[Int(term)] = 0 }
            }
        }
        for j in touched { dot[j] = 0 }
        touched.removeAll(keepingCapacity: true)
        // Of many edges, only those as similar as the k-th best can be among the k kept:
        // the others go before the sort (the kept ones and their order are the same).
        if found.count > SimilarityGraph.maxNeighbors {
            let cutoff = kthLargest(found, k: SimilarityGraph.maxNeighbors)
            found.removeAll { $0.similarity < cutoff }
        }
        found.sort { ($0.similarity, -$0.target) > ($1.similarity, -$1.target) }
        return found.prefix(SimilarityGraph.maxNeighbors).map { SimilarityGraph.Edge(target: $0.target, similarity: $0.similarity) }
    }
}

extension CandidateSearch {
    /// The `k`-th largest similarity of `found` (which holds more than `k`): one pass, the
    /// `k` largest so far kept in `cutoffHeap`.
    mutating func kthLargest(_ found: [(target: Int, similarity: Double)], k: Int) -> Double {
        cutoffHeap.keepStrongest(of: found.lazy.map(\.similarity), count: k, weaker: <)
        return cutoffHeap.min()!
    }

    /// The `k` touched sentences with the largest partial sums (ties to the lower index), in
    /// no particular order. The sums are first read into one array beside their sentences:
    /// the heap's comparisons then find them at hand, not scattered over ``dot``.
    mutating func topCandidates(_ k: Int) -> [Int] {
        guard touched.count > k else { return touched }
        sums.removeAll(keepingCapacity: true)
        for j in touched { sums.append((dot[j], j)) }
        strongest.keepStrongest(of: sums, count: k) { ($0.sum, -$0.sentence) < ($1.sum, -$1.sentence) }
        return strongest.map(\.sentence)
    }
}

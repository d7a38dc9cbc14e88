/// The sentences' similarity graph: for each sentence, the others whose cosine similarity is
/// at least a threshold, found through an inverted index so that the cost follows the number
/// of similar pairs, not the square of the corpus.
///
/// Memory stays linear: each sentence keeps at most ``maxNeighbors`` neighbours (the most
/// similar), and terms carried by more than ``maxPostings`` sentences are too common to
/// propose candidates (pairs sharing only such terms are not similar enough to matter).
public struct SimilarityGraph: Sendable {
    /// An edge to another sentence.
    public struct Edge: Hashable, Sendable {
        public var target: Int
        public var similarity: Double
    }

    /// `neighbors[i]`: edges of sentence i, most similar first (ties by index).
    public let neighbors: [[Edge]]

    public static let defaultThreshold = 0.1
    public static let maxNeighbors = 64
    public static let maxPostings = 2_000

    /// Builds the graph of `vectors` with edges of similarity `>= threshold`.
    public init(vectors: [SparseVector], threshold: Double = defaultThreshold) {
        let n = vectors.count
        var postings: [[Int32]] = []
        for (index, vector) in vectors.enumerated() {
            for term in vector.terms {
                while postings.count <= Int(term) { postings.append([]) }
                postings[Int(term)].append(Int32(index))
            }
        }
        var lists = [[Edge]](repeating: [], count: n)
        var dot = [Double](repeating: 0, count: n)
        var touched: [Int] = []
        for i in 0..<n {
            let vector = vectors[i]
            guard vector.norm > 0 else { continue }
            for (position, term) in vector.terms.enumerated() {
                let list = postings[Int(term)]
                guard list.count <= SimilarityGraph.maxPostings else { continue }
                let weight = vector.weights[position]
                // Postings are ascending: only partners after i, each pair is scored once.
                var k = list.partitionStart { $0 > Int32(i) }
                while k < list.count {
                    let j = Int(list[k])
                    if dot[j] == 0 { touched.append(j) }
                    let other = vectors[j]
                    if let p = other.terms.binarySearch(term) { dot[j] += weight * other.weights[p] }
                    k += 1
                }
            }
            touched.sort()
            for j in touched {
                let similarity = dot[j] / (vector.norm * vectors[j].norm)
                dot[j] = 0
                if similarity >= threshold {
                    lists[i].append(Edge(target: j, similarity: similarity))
                    lists[j].append(Edge(target: i, similarity: similarity))
                }
            }
            touched.removeAll(keepingCapacity: true)
        }
        neighbors = lists.map { edges in
            Array(edges.sorted { ($0.similarity, -$0.target) > ($1.similarity, -$1.target) }.prefix(SimilarityGraph.maxNeighbors))
        }
    }
}

extension Array where Element == Int32 {
    /// Index of `value` in this ascending array.
    func binarySearch(_ value: Int32) -> Int? {
        var low = 0, high = count - 1
        while low <= high {
            let mid = (low + high) / 2
            if self[mid] == value { return mid }
            if self[mid] < value { low = mid + 1 } else { high = mid - 1 }
        }
        return nil
    }

    /// The first index whose element satisfies `predicate`, which must be monotonic.
    func partitionStart(_ predicate: (Int32) -> Bool) -> Int {
        var low = 0, high = count
        while low < high {
            let mid = (low + high) / 2
            if predicate(self[mid]) { high = mid } else { low = mid + 1 }
        }
        return low
    }
}

/// Continuous LexRank (Erkan & Radev, 2004): the stationary distribution of a random walk on
/// the similarity graph, with damping. Central sentences are similar to many others.
public enum LexRank {
    /// Centrality of each node, scaled so the largest is 1 (all 0 for an empty graph).
    public static func centrality(_ graph: SimilarityGraph, damping: Double = 0.85, iterations: Int = 100, tolerance: Double = 1e-10) -> [Double] {
        let n = graph.neighbors.count
        guard n > 0 else { return [] }
        let outWeight = graph.neighbors.map { $0.reduce(0) { $0 + $1.similarity } }
        let incoming = IncomingEdges(graph)
        var rank = [Double](repeating: 1 / Double(n), count: n)
        var share = [Double](repeating: 0, count: n)
        var next = [Double](repeating: 0, count: n)
        for _ in 0..<iterations {
            var dangling = 0.0
            for i in 0..<n {
                if outWeight[i] > 0 { share[i] = rank[i] / outWeight[i] } else { share[i] = 0; dangling += rank[i] }
            }
            incoming.gather(share, into: &next)
            let base = (1 - damping) / Double(n) + damping * dangling / Double(n)
            var delta = 0.0
            for i in 0..<n {
                let value = base + damping * next[i]
                delta += abs(value - rank[i])
                rank[i] = value
            }
            if delta < tolerance { break }
        }
        let top = rank.max() ?? 0
        return top > 0 ? rank.map { $0 / top } : rank
    }
}

/// The graph's edges by target, each target's sources in ascending order, in flat arrays: one
/// step of the walk then reads what flows into each node, which splits over cores without two
/// workers writing one place, and adds the terms in the order a step over sources would (so
/// the result is the same to the last bit, whatever the number of cores).
private struct IncomingEdges: Sendable {
    let offsets: [Int]
    let sources: [Int32]
    let similarities: [Double]

    init(_ graph: SimilarityGraph) {
        let n = graph.neighbors.count
        var offsets = [Int](repeating: 0, count: n + 1)
        for list in graph.neighbors { for edge in list { offsets[edge.target + 1] += 1 } }
        for i in 0..<n { offsets[i + 1] += offsets[i] }
        var fill = offsets
        var sources = [Int32](repeating: 0, count: offsets[n])
        var similarities = [Double](repeating: 0, count: offsets[n])
        for (source, list) in graph.neighbors.enumerated() {
            for edge in list {
                sources[fill[edge.target]] = Int32(source)
                similarities[fill[edge.target]] = edge.similarity
                fill[edge.target] += 1
            }
        }
        self.offsets = offsets
        self.sources = sources
        self.similarities = similarities
    }

    /// `next[j]` = the sum over the edges into j of `share[source] * similarity`.
    func gather(_ share: [Double], into next: inout [Double]) {
        next.withUnsafeMutableBufferPointer { output in
            let output = UncheckedSendable(output)
            concurrentChunks(count: offsets.count - 1, parallelFrom: 20_000) { chunk in
                for j in chunk {
                    var sum = 0.0
                    for k in offsets[j]..<offsets[j + 1] { sum += share[Int(sources[k])] * similarities[k] }
                    output.value[j] = sum
                }
            }
        }
    }
}

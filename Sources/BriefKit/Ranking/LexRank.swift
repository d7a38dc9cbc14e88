import Foundation

/// Continuous LexRank (Erkan & Radev, 2004): the stationary distribution of a random walk on
/// the similarity graph, with damping. Central sentences are similar to many others.
public enum LexRank {
    /// Centrality of each node, scaled so the largest is 1 (all 0 for an empty graph).
    ///
    /// One step of the walk is one pass over the nodes, in blocks on every core: what flows
    /// into each node, its new rank, and the share it passes on next. The sums are formed in
    /// the same order as a serial walk's, so the result is the same to the last bit whatever
    /// the number of cores.
    public static func centrality(_ graph: SimilarityGraph, damping: Double = 0.85, iterations: Int = 100, tolerance: Double = 1e-10) -> [Double] {
        walk(graph, sizes: nil, damping: damping, iterations: iterations, tolerance: tolerance)
    }

    /// Centrality of each node of a graph between classes of identical sentences, node j
    /// standing for `sizes[j]` sentences joined to each other (similarity 1): the walk on the
    /// graph of all the sentences, taken on the classes. Each edge into j weighs `sizes[j]`
    /// times its similarity, each class keeps `sizes[j] - 1` of its own flow, and the jump
    /// lands on a class in proportion to its size. A node's value is one sentence's
    /// centrality, scaled so the largest is 1.
    public static func centrality(
        _ graph: SimilarityGraph, sizes: [Double], damping: Double = 0.85, iterations: Int = 100, tolerance: Double = 1e-10
    ) -> [Double] {
        precondition(sizes.count == graph.neighbors.count)
        let mass = walk(graph, sizes: sizes, damping: damping, iterations: iterations, tolerance: tolerance)
        let perSentence = zip(mass, sizes).map { $0 / $1 }
        let top = perSentence.max() ?? 0
        return top > 0 ? perSentence.map { $0 / top } : perSentence
    }

    /// The walk: with `sizes`, the rank of node j is its class's whole mass, and the jump
    /// lands on j in proportion to `sizes[j]` (out of their sum).
    private static func walk(_ graph: SimilarityGraph, sizes: [Double]?, damping: Double, iterations: Int, tolerance: Double) -> [Double] {
        let n = graph.neighbors.count
        guard n > 0 else { return [] }
        let total = sizes.map { $0.reduce(0, +) } ?? Double(n)
        let jump = sizes ?? [Double](repeating: 1, count: n)
        let outWeight = Array(0..<n).parallelMap(grain: 4_096) { node in
            var sum = 0.0
            forEachEdge(of: node, in: graph, sizes: sizes) { _, weight in sum += weight }
            return sum
        }
        // Nodes with no edge out spread their rank evenly over all.
        let danglingNodes = outWeight.indices.filter { outWeight[$0] <= 0 }
        let incoming = IncomingEdges(graph, sizes: sizes)
        var rank = jump.map { $0 / total }
        var share = rank.indices.map { outWeight[$0] > 0 ? rank[$0] / outWeight[$0] : 0 }
        var nextRank = [Double](repeating: 0, count: n)
        var nextShare = [Double](repeating: 0, count: n)
        let blocks = blockRanges(count: n, size: 16_384)
        var blockDeltas = [Double](repeating: 0, count: blocks.count)
        for _ in 0..<iterations {
            var dangling = 0.0
            for i in danglingNodes { dangling += rank[i] }
            let base = (1 - damping) / total + damping * dangling / total
            incoming.step(
                blocks: blocks, share: share, rank: rank, base: base, jump: jump, damping: damping,
                outWeight: outWeight, nextRank: &nextRank, nextShare: &nextShare, deltas: &blockDeltas)
            swap(&rank, &nextRank)
            swap(&share, &nextShare)
            // The blocks' sums bound the serial sum closely; the serial one decides near the edge.
            if blockDeltas.reduce(0, +) < tolerance * 1.001 {
                var delta = 0.0
                for i in 0..<n { delta += abs(rank[i] - nextRank[i]) }
                if delta < tolerance { break }
            }
        }
        if sizes != nil { return rank }
        let top = rank.max() ?? 0
        return top > 0 ? rank.map { $0 / top } : rank
    }

    /// Calls `body` with the target and weight of each edge out of `node` that the walk
    /// follows, in order: the graph's edges; with `sizes`, the class's edge to itself first
    /// (weight `sizes[node] - 1`, when it has copies), then each edge weighted by its
    /// target's size. Each weight is rounded to a `Float`, as an edge stores it.
    @inline(__always)
    fileprivate static func forEachEdge(of node: Int, in graph: SimilarityGraph, sizes: [Double]?, _ body: (Int, Double) -> Void) {
        guard let sizes else {
            for edge in graph.neighbors[node] { body(edge.target, edge.similarity) }
            return
        }
        if sizes[node] > 1 { body(node, Double(Float(sizes[node] - 1))) }
        for edge in graph.neighbors[node] { body(edge.target, Double(Float(edge.similarity * sizes[edge.target]))) }
    }
}

/// The walk's edges (``LexRank/forEachEdge(of:in:sizes:_:)``) by target, each target's sources
/// in ascending order, in flat arrays: one step of the walk then reads what flows into each
/// node, which splits over cores without two workers writing one place, and adds the terms in
/// the order a step over sources would (so the result is the same to the last bit, whatever
/// the number of cores). Weights are kept as the `Float`s they are.
private struct IncomingEdges: Sendable {
    let offsets: [Int]
    let sources: [Int32]
    let similarities: [Float]

    /// Made on every core: each part of the sources counts its edges into every target, and
    /// then writes them where its counts say, after the lower parts' (so each target's sources
    /// stay in ascending order, as one pass over all the sources would put them).
    init(_ graph: SimilarityGraph, sizes: [Double]?) {
        let n = graph.neighbors.count
        let parts = blockRanges(count: n, blocks: Swift.max(1, ProcessInfo.processInfo.activeProcessorCount))
        // Each part's edges into each target.
        var starts = parts.parallelMap(grain: 1) { part in
            var count = [Int](repeating: 0, count: n)
            for node in part { LexRank.forEachEdge(of: node, in: graph, sizes: sizes) { target, _ in count[target] += 1 } }
            return count
        }
        // Where each target's edges begin, and within them each part's (in place of its counts).
        var offsets = [Int](repeating: 0, count: n + 1)
        for target in 0..<n {
            var position = offsets[target]
            for part in starts.indices {
                let count = starts[part][target]
                starts[part][target] = position
                position += count
            }
            offsets[target + 1] = position
        }
        var sources = [Int32](repeating: 0, count: offsets[n])
        var similarities = [Float](repeating: 0, count: offsets[n])
        sources.withUnsafeMutableBufferPointer { sources in
            similarities.withUnsafeMutableBufferPointer { similarities in
                let output = UncheckedSendable((sources, similarities))
                // Each part writes only the places its counts reserved.
                concurrentChunks(count: parts.count, parallelFrom: 2) { chunk in
                    for part in chunk {
                        var fill = starts[part]
                        for source in parts[part] {
                            LexRank.forEachEdge(of: source, in: graph, sizes: sizes) { target, weight in
                                output.value.0[fill[target]] = Int32(source)
                                output.value.1[fill[target]] = Float(weight)
                                fill[target] += 1
                            }
                        }
                    }
                }
            }
        }
        self.offsets = offsets
        self.sources = sources
        self.similarities = similarities
    }

    /// One step of the walk: for each node j, `nextRank[j]` = `base * jump[j] + damping *` (the sum
    /// over the edges into j of `share[source] * similarity`) and `nextShare[j]` = what j
    /// passes on next; `deltas[b]` = the sum of `|nextRank[j] - rank[j]|` over block b.
    func step(
        blocks: [Range<Int>], share: [Double], rank: [Double], base: Double, jump: [Double], damping: Double,
        outWeight: [Double], nextRank: inout [Double], nextShare: inout [Double], deltas: inout [Double]
    ) {
        nextRank.withUnsafeMutableBufferPointer { nextRank in
            nextShare.withUnsafeMutableBufferPointer { nextShare in
                deltas.withUnsafeMutableBufferPointer { deltas in
                    let output = UncheckedSendable((nextRank, nextShare, deltas))
                    concurrentChunks(count: blocks.count, parallelFrom: 2) { chunk in
                        for b in chunk {
                            var delta = 0.0
                            for j in blocks[b] {
                                var sum = 0.0
                                for k in offsets[j]..<offsets[j + 1] { sum += share[Int(sources[k])] * Double(similarities[k]) }
                                let value = base * jump[j] + damping * sum
                                delta += abs(value - rank[j])
                                output.value.0[j] = value
                                output.value.1[j] = outWeight[j] > 0 ? value / outWeight[j] : 0
                            }
                            output.value.2[b] = delta
                        }
                    }
                }
            }
        }
    }
}

/// Continuous LexRank (Erkan & Radev, 2004): the stationary distribution of a random walk on
/// the similarity graph, with damping. Central sentences are similar to many others.
public enum LexRank {
    /// Centrality of each node, scaled so the largest is 1 (all 0 for an empty graph).
    public static func centrality(_ graph: SimilarityGraph, damping: Double = 0.85, iterations: Int = 100, tolerance: Double = 1e-10) -> [Double] {
        let n = graph.neighbors.count
        guard n > 0 else { return [] }
        let outWeight = graph.neighbors.map { $0.reduce(0) { $0 + $1.similarity } }
        var rank = [Double](repeating: 1 / Double(n), count: n)
        for _ in 0..<iterations {
            var next = [Double](repeating: 0, count: n)
            var dangling = 0.0
            for i in 0..<n {
                guard outWeight[i] > 0 else { dangling += rank[i]; continue }
                let share = rank[i] / outWeight[i]
                for edge in graph.neighbors[i] { next[edge.target] += share * edge.similarity }
            }
            let base = (1 - damping) / Double(n) + damping * dangling / Double(n)
            var delta = 0.0
            for i in 0..<n {
                let value = base + damping * next[i]
                delta += abs(value - rank[i])
                next[i] = value
            }
            rank = next
            if delta < tolerance { break }
        }
        let top = rank.max() ?? 0
        return top > 0 ? rank.map { $0 / top } : rank
    }
}

/// The indices of finite `scores` from the highest score down, ties to the lower index: the
/// order `scores.indices.sorted { (scores[$0], -$0) > (scores[$1], -$1) }` gives, made a block
/// at a time. A reader that stops after the first few thousand (the key points' pool, the
/// "also reported" list) pays a pass over the scores per block, not a sort of millions:
/// each block is the best of what remains, kept in a heap in one pass, then sorted. Blocks
/// grow sixteenfold, and once a block would hold a quarter of what remains, the rest is
/// sorted at once: a reader that takes everything pays one sort and a few passes.
struct BestFirst: Sequence, IteratorProtocol {
    private let scores: [Double]
    /// The current block, best first, and the place of the next index in it.
    private var block: [Int] = []
    private var position = 0
    private var nextBlockSize: Int
    /// The last block's weakest index: what remains comes after it.
    private var lastWeakest: Int?
    /// Indices not yet put in a block.
    private var remaining: Int

    /// The order of `scores`, in blocks of `firstBlockSize` indices and then sixteen times as
    /// many each time.
    init(_ scores: [Double], firstBlockSize: Int = 4_096) {
        self.scores = scores
        nextBlockSize = Swift.max(1, firstBlockSize)
        remaining = scores.count
    }

    /// The next index in the order, or nil once every index has come.
    mutating func next() -> Int? {
        guard let index = peek() else { return nil }
        position += 1
        return index
    }

    /// The index `next()` will give, without taking it.
    mutating func peek() -> Int? {
        if position == block.count {
            guard remaining > 0 else { return nil }
            fill()
        }
        return block[position]
    }

    /// Up to `count` next indices of the order.
    mutating func next(_ count: Int) -> [Int] {
        var taken: [Int] = []
        while taken.count < count, let index = next() { taken.append(index) }
        return taken
    }

    /// True when index `a` comes before index `b` in the order of `scores`.
    private static func precedes(_ a: Int, _ b: Int, in scores: [Double]) -> Bool {
        scores[a] > scores[b] || (scores[a] == scores[b] && a < b)
    }

    /// The next block: the best `nextBlockSize` indices of those after `lastWeakest`, or all
    /// of them when that is near their number.
    private mutating func fill() {
        defer {
            position = 0
            lastWeakest = block.last
            remaining -= block.count
            nextBlockSize = nextBlockSize.multipliedReportingOverflow(by: 16).overflow ? Int.max : nextBlockSize * 16
        }
        let (scores, after) = (self.scores, lastWeakest)
        func precedes(_ a: Int, _ b: Int) -> Bool { Self.precedes(a, b, in: scores) }
        let candidates = scores.indices.lazy.filter { index in after.map { precedes($0, index) } ?? true }
        if nextBlockSize >= remaining / 4 {
            block = Array(candidates)
        } else {
            block.keepStrongest(of: candidates, count: nextBlockSize) { precedes($1, $0) }
        }
        block.sort(by: precedes)
    }
}

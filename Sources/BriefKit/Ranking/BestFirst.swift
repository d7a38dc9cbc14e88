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

    /// True when index `a` comes before index `b`.
    private func precedes(_ a: Int, _ b: Int) -> Bool {
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
        if nextBlockSize >= remaining / 4 {
            block = scores.indices.filter { index in lastWeakest.map { precedes($0, index) } ?? true }
            block.sort(by: precedes)
            return
        }
        let size = nextBlockSize
        var heap: [Int] = []
        heap.reserveCapacity(size)
        // A heap with the weakest kept index on top: most indices are turned away by one
        // comparison with it.
        func siftDown(_ start: Int) {
            var parent = start
            while true {
                let left = 2 * parent + 1
                guard left < heap.count else { return }
                var weakest = left
                if left + 1 < heap.count, precedes(heap[weakest], heap[left + 1]) { weakest = left + 1 }
                guard precedes(heap[parent], heap[weakest]) else { return }
                heap.swapAt(parent, weakest)
                parent = weakest
            }
        }
        func siftUp(_ start: Int) {
            var child = start
            while child > 0 {
                let parent = (child - 1) / 2
                guard precedes(heap[parent], heap[child]) else { return }
                heap.swapAt(parent, child)
                child = parent
            }
        }
        for index in scores.indices {
            if let lastWeakest, !precedes(lastWeakest, index) { continue }
            if heap.count < size {
                heap.append(index)
                siftUp(heap.count - 1)
            } else if precedes(index, heap[0]) {
                heap[0] = index
                siftDown(0)
            }
        }
        heap.sort(by: precedes)
        block = heap
    }
}

extension Array {
    /// Replaces the array's elements with the `count` strongest of `items` (all of them when
    /// there are fewer), in no particular order, in one pass: the kept ones form a heap with
    /// the weakest on top, so most items are turned away by one comparison with it.
    /// `weaker(a, b)` is true when `a` is weaker than `b`, a strict order.
    mutating func keepStrongest<Items: Sequence<Element>>(
        of items: Items, count: Int, weaker: (Element, Element) -> Bool
    ) {
        removeAll(keepingCapacity: true)
        guard count > 0 else { return }
        var rest = items.makeIterator()
        while self.count < count, let item = rest.next() { append(item) }
        withUnsafeMutableBufferPointer { heap in
            func siftDown(_ start: Int) {
                var parent = start
                while true {
                    let left = 2 * parent + 1
                    guard left < heap.count else { return }
                    var weakest = left
                    if left + 1 < heap.count, weaker(heap[left + 1], heap[left]) { weakest = left + 1 }
                    guard weaker(heap[weakest], heap[parent]) else { return }
                    heap.swapAt(parent, weakest)
                    parent = weakest
                }
            }
            for start in stride(from: heap.count / 2 - 1, through: 0, by: -1) { siftDown(start) }
            while let item = rest.next() {
                guard weaker(heap[0], item) else { continue }
                heap[0] = item
                siftDown(0)
            }
        }
    }
}

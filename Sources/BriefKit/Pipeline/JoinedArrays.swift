/// Arrays read as one, in order, without copying them into one: per-document results
/// (millions of name mentions at 100,000 articles) are used where they were made, so the
/// join never holds the parts and a copy of them at once.
///
/// Iterating walks the parts in order; a position is found by a binary search over the
/// parts' offsets (log of the number of parts).
struct JoinedArrays<Element>: RandomAccessCollection {
    /// The parts, in order.
    let parts: [[Element]]
    /// Where each part starts in the joined order, and the total last.
    private let offsets: [Int]

    init(_ parts: [[Element]]) {
        self.parts = parts
        var offsets = [Int](repeating: 0, count: parts.count + 1)
        for (index, part) in parts.enumerated() { offsets[index + 1] = offsets[index] + part.count }
        self.offsets = offsets
    }

    var startIndex: Int { 0 }
    var endIndex: Int { offsets[parts.count] }

    subscript(position: Int) -> Element {
        precondition(position >= 0 && position < endIndex, "JoinedArrays index out of range")
        // The last part starting at or before `position` that is not empty holds it.
        var low = 0, high = parts.count
        while high - low > 1 {
            let middle = (low + high) / 2
            if offsets[middle] <= position { low = middle } else { high = middle }
        }
        return parts[low][position - offsets[low]]
    }

    func makeIterator() -> Iterator { Iterator(parts: parts) }

    /// Walks the parts in order, one element at a time.
    struct Iterator: IteratorProtocol {
        private let parts: [[Element]]
        private var part = 0
        private var index = 0

        init(parts: [[Element]]) { self.parts = parts }

        mutating func next() -> Element? {
            while part < parts.count {
                if index < parts[part].count {
                    defer { index += 1 }
                    return parts[part][index]
                }
                part += 1
                index = 0
            }
            return nil
        }
    }
}

extension JoinedArrays: Sendable where Element: Sendable {}

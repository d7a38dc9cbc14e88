/// A sparse vector: term ids in ascending order with their weights.
///
/// The terms and weights live in one allocation, weights first: a corpus of 100,000 articles
/// has millions of sentence vectors, and two arrays each cost a second allocation and its
/// header (about a sixth of the run's memory went to them). ``terms`` and ``weights`` read it
/// as collections indexed from 0.
public struct SparseVector: Hashable, Sendable {
    private let storage: Storage
    /// The Euclidean norm.
    public let norm: Double

    /// The term ids, ascending.
    public var terms: Terms { Terms(storage: storage) }
    /// The weight of each term, in the order of ``terms``.
    public var weights: Weights { Weights(storage: storage) }

    public init(terms: [Int32], weights: [Double]) {
        precondition(terms.count == weights.count, "a weight for each term")
        self.init(count: terms.count, term: { terms[$0] }, weight: { weights[$0] })
    }

    /// The vector of `count` terms, the k-th with id `term(k)` (ascending) and weight `weight(k)`.
    init(count: Int, term: (Int) -> Int32, weight: (Int) -> Double) {
        let storage = Storage.make(count: count, term: term, weight: weight)
        self.storage = storage
        norm = storage.withUnsafeBuffers { _, weights in weights.reduce(0) { $0 + $1 * $1 }.squareRoot() }
    }

    /// The cosine similarity with `other` (0 when either is empty).
    public func cosine(_ other: SparseVector) -> Double {
        guard norm > 0, other.norm > 0 else { return 0 }
        return dot(other) / (norm * other.norm)
    }

    /// The dot product with `other`.
    public func dot(_ other: SparseVector) -> Double {
        withUnsafeBuffers { terms, weights in
            other.withUnsafeBuffers { otherTerms, otherWeights in
                var i = 0, j = 0, dot = 0.0
                while i < terms.count && j < otherTerms.count {
                    if terms[i] == otherTerms[j] {
                        dot += weights[i] * otherWeights[j]
                        i += 1; j += 1
                    } else if terms[i] < otherTerms[j] {
                        i += 1
                    } else {
                        j += 1
                    }
                }
                return dot
            }
        }
    }

    /// How many terms the vector shares with `other` (a merge of the two ascending lists).
    public func sharedTermCount(with other: SparseVector) -> Int {
        withUnsafeBuffers { x, _ in
            other.withUnsafeBuffers { y, _ in
                var i = 0, j = 0, shared = 0
                while i < x.count && j < y.count {
                    if x[i] == y[j] { shared += 1; i += 1; j += 1 } else if x[i] < y[j] { i += 1 } else { j += 1 }
                }
                return shared
            }
        }
    }

    /// True when the vector shares at least `count` terms with `other`: the merge of
    /// ``sharedTermCount(with:)``, stopped as soon as the answer is known (the count reached,
    /// or too few terms left to reach it).
    public func sharesAtLeast(_ count: Int, termsWith other: SparseVector) -> Bool {
        guard count > 0 else { return true }
        return withUnsafeBuffers { x, _ in
            other.withUnsafeBuffers { y, _ in
                var i = 0, j = 0, shared = 0
                while i < x.count && j < y.count {
                    if shared + Swift.min(x.count - i, y.count - j) < count { return false }
                    if x[i] == y[j] {
                        shared += 1
                        if shared >= count { return true }
                        i += 1; j += 1
                    } else if x[i] < y[j] {
                        i += 1
                    } else {
                        j += 1
                    }
                }
                return false
            }
        }
    }

    public static func == (lhs: SparseVector, rhs: SparseVector) -> Bool {
        lhs.norm == rhs.norm && lhs.terms.elementsEqual(rhs.terms) && lhs.weights.elementsEqual(rhs.weights)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(terms.count)
        for term in terms { hasher.combine(term) }
        for weight in weights { hasher.combine(weight) }
    }

    /// The term ids of a vector, as a collection.
    public struct Terms: RandomAccessCollection, Sendable {
        fileprivate let storage: Storage
        public var startIndex: Int { 0 }
        public var endIndex: Int { storage.header }
        public subscript(position: Int) -> Int32 {
            precondition(position >= 0 && position < storage.header, "SparseVector term index out of range")
            return storage.withUnsafeBuffers { terms, _ in terms[position] }
        }
    }

    /// The weights of a vector, as a collection.
    public struct Weights: RandomAccessCollection, Sendable {
        fileprivate let storage: Storage
        public var startIndex: Int { 0 }
        public var endIndex: Int { storage.header }
        public subscript(position: Int) -> Double {
            precondition(position >= 0 && position < storage.header, "SparseVector weight index out of range")
            return storage.withUnsafeBuffers { _, weights in weights[position] }
        }
    }

    /// Calls `body` with the term ids and the weights as buffers: the hot loops (the
    /// similarity search, copy tests) read them without a view or a bounds check per element.
    @inline(__always)
    public func withUnsafeBuffers<R>(_ body: (UnsafeBufferPointer<Int32>, UnsafeBufferPointer<Double>) throws -> R) rethrows -> R {
        try storage.withUnsafeBuffers(body)
    }

    /// The terms and weights: a reference to an immutable buffer, so sharing it between
    /// threads is safe (the buffer type itself cannot say so).
    fileprivate struct Storage: @unchecked Sendable {
        private let buffer: Buffer

        /// The number of terms (read through a pointer: the class's `header` property would
        /// check exclusive access at run time, a call on every read of a vector).
        var header: Int { buffer.withUnsafeMutablePointerToHeader { $0.pointee } }

        static func make(count: Int, term: (Int) -> Int32, weight: (Int) -> Double) -> Storage {
            // Weights first (eight-byte aligned), then the term ids, bound as such.
            let packed = count + (count + 1) / 2
            let buffer = unsafeDowncast(Buffer.create(minimumCapacity: packed) { _ in count }, to: Buffer.self)
            buffer.withUnsafeMutablePointerToElements { elements in
                for k in 0..<count { (elements + k).initialize(to: weight(k)) }
                let terms = UnsafeMutableRawPointer(elements + count).bindMemory(to: Int32.self, capacity: 2 * (packed - count))
                for k in 0..<count { (terms + k).initialize(to: term(k)) }
            }
            return Storage(buffer: buffer)
        }

        @inline(__always)
        func withUnsafeBuffers<R>(_ body: (UnsafeBufferPointer<Int32>, UnsafeBufferPointer<Double>) throws -> R) rethrows -> R {
            try buffer.withUnsafeMutablePointers { header, elements in
                let count = header.pointee
                return try body(
                    UnsafeBufferPointer(start: UnsafeRawPointer(elements + count).assumingMemoryBound(to: Int32.self), count: count),
                    UnsafeBufferPointer(start: elements, count: count))
            }
        }
    }

    /// The header is the number of terms; the elements are the weights, then the term ids
    /// packed two to an element. Never changed once made.
    private final class Buffer: ManagedBuffer<Int, Double> {}
}

/// The articles each class of copies is in, ascending and each once, in one flat list class
/// after class (a class's articles are a slice of it): millions of classes, most of one
/// sentence, cost two arrays, not one each.
struct ClassDocuments: Sendable {
    /// Where each class's articles start in `documents`; the last entry is its count.
    private let starts: [Int]
    private let documents: [Int32]

    /// No classes.
    init() {
        starts = [0]
        documents = []
    }

    /// The articles of `members`' classes, where `documentOf` gives a sentence's article.
    /// Blocks of classes on every core, joined in order.
    init(members: SentenceCopies.ClassMembers, documentOf: @escaping @Sendable (Int32) -> Int32) {
        let blocks = blockRanges(count: members.count, size: 16_384).parallelMap(grain: 1) { block in
            var lengths: [Int] = []
            var documents: [Int32] = []
            lengths.reserveCapacity(block.count)
            documents.reserveCapacity(block.count)
            var scratch: [Int32] = []
            for c in block {
                scratch.removeAll(keepingCapacity: true)
                for sentence in members[c] { scratch.append(documentOf(sentence)) }
                scratch.formSortedDistinct()
                documents.append(contentsOf: scratch)
                lengths.append(scratch.count)
            }
            return (lengths: lengths, documents: documents)
        }
        var starts = [Int](repeating: 0, count: members.count + 1)
        var c = 0
        for block in blocks {
            for length in block.lengths {
                starts[c + 1] = starts[c] + length
                c += 1
            }
        }
        self.starts = starts
        documents = blocks.map(\.documents).joinedInParallel()
    }

    /// The number of classes.
    var count: Int { starts.count - 1 }

    /// Class `c`'s articles, ascending.
    subscript(c: Int) -> ArraySlice<Int32> { documents[starts[c]..<starts[c + 1]] }

    /// Calls `body` with each of class `c`'s articles, ascending (read in place, no slice made).
    func forEachDocument(of c: Int, _ body: (Int32) -> Void) {
        documents.withUnsafeBufferPointer { all in
            for k in starts[c]..<starts[c + 1] { body(all[k]) }
        }
    }

    /// How many articles class `c` is in.
    func documentCount(of c: Int) -> Int { starts[c + 1] - starts[c] }
}

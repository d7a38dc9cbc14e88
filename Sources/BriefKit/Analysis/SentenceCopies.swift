/// The corpus's sentences in classes of near-identical copies: the same sentence reprinted by
/// many outlets, perhaps with a word swapped, a clause trimmed or other punctuation. Ranking
/// and crediting work on one representative of each class and count its copies, so a fact
/// that 2,000 papers reprint costs one sentence's work and is credited to all 2,000.
///
/// Two sentences are copies when their sets of content terms have a cosine of at least
/// ``threshold`` over at least four terms and they give the same figures and days (digits,
/// weekday and month names, in order): "rose 4%" and "rose 5%" stay apart. Candidates come from
/// MinHash signatures of the term sets, banded (locality-sensitive hashing), so the cost is
/// linear in the corpus: each sentence is compared with at most a few class representatives.
/// A class holds at most one sentence of an article: an article that repeats itself is not
/// reprinted. Classes are formed in corpus order, so they are the same on any number of cores; the first
/// sentence of a class is its representative.
public struct SentenceCopies: Sendable {
    /// The class of each sentence (classes numbered in order of their first sentence).
    public let classOf: [Int32]
    /// Each class's sentences in corpus order; the first is the representative.
    public let members: ClassMembers
    /// Each class's representative, class by class.
    public let representatives: [Int]

    /// Every class's sentences in one flat list, class after class (a class is a slice of
    /// it): millions of classes, most of one sentence, cost two arrays, not one each.
    public struct ClassMembers: RandomAccessCollection, Equatable, Sendable {
        /// Where each class's sentences start in `sentences`; the last entry is its count.
        private let starts: [Int]
        private let sentences: [Int32]

        /// The classes of `classOf` (a sentence's class; classes numbered from 0 in order of
        /// their first sentence).
        init(classOf: [Int32], classCount: Int) {
            var starts = [Int](repeating: 0, count: classCount + 1)
            for c in classOf { starts[Int(c) + 1] += 1 }
            for c in 0..<classCount { starts[c + 1] += starts[c] }
            var next = starts
            var sentences = [Int32](repeating: 0, count: classOf.count)
            for (i, c) in classOf.enumerated() {
                sentences[next[Int(c)]] = Int32(i)
                next[Int(c)] += 1
            }
            self.starts = starts
            self.sentences = sentences
        }

        public var startIndex: Int { 0 }
        public var endIndex: Int { starts.count - 1 }
        /// Class `c`'s sentences, in corpus order.
        public subscript(c: Int) -> ArraySlice<Int32> { sentences[starts[c]..<starts[c + 1]] }
    }

    /// Term-set cosine at which two sentences are copies.
    public static let threshold = 0.8

    /// True when no two sentences are copies.
    public var isEmpty: Bool { members.count == classOf.count }

    /// The representative of sentence `i`'s class.
    public func representative(of i: Int) -> Int { representatives[Int(classOf[i])] }

    /// The sentences of `i`'s class, `i` included.
    public func copies(of i: Int) -> ArraySlice<Int32> { members[Int(classOf[i])] }

    /// `value` of every sentence, on every core, looking at a copy only when its class's
    /// representative has a value (not nil): a property of the text that copies share (a cue
    /// word, a tense, a day) then costs one look a class, and a copy whose representative has
    /// it is still looked at itself. (With no copies, every sentence is looked at.)
    func values<T: Sendable>(grain: Int, _ value: (Int) -> T?) -> [T?] {
        let count = classOf.count
        if isEmpty { return Array(0..<count).parallelMap(grain: grain, value) }
        let ofClass = representatives.parallelMap(grain: grain, value)
        return Array(0..<count).parallelMap(grain: grain) { i in
            guard let shared = ofClass[Int(classOf[i])] else { return nil }
            return representative(of: i) == i ? shared : value(i)
        }
    }

    private static let bands = 6
    private static let rows = 2
    /// Representatives kept per band bucket: enough for the few wordings of one sentence.
    private static let bucketLimit = 4

    /// Classes of the sentences with these term vectors and texts; `documents[i]` is sentence
    /// i's article.
    public init(vectors: [SparseVector], texts: [String], documents: [Int]) {
        self.init(vectors: vectors, texts: texts, documents: documents, batchSize: 4_096)
    }

    /// The same classes, the sentences compared with earlier leaders `batchSize` at a time
    /// (any size gives the same classes: tests say so). `originals`, when known, are the
    /// texts' first occurrences: a repeated text has its original's signature.
    init(vectors: [SparseVector], texts: [String], documents: [Int], batchSize: Int = 4_096, originals: FirstOccurrences? = nil) {
        let n = vectors.count
        func signature(_ i: Int) -> Signature { Signature(terms: vectors[i].terms, text: texts[i]) }
        let signatures = originals?.values(grain: 2_048, signature) ?? Array(0..<n).parallelMap(grain: 2_048, signature)
        var classOf = [Int32](repeating: 0, count: n)
        var classCount = 0
        // Band buckets in flat storage: a bucket's slot, and `bucketLimit` leaders a slot.
        var slotOf = HashedKeyTable(minimumCapacity: n)
        var leaders: [Leader] = []
        var leaderCounts: [UInt8] = []
        // Which articles each class holds, so that a class takes one sentence of an article.
        var classArticles = ClassArticles(documents: documents)
        // Sentences go in batches. Before a batch, every core compares its sentences with the
        // leaders the buckets already hold (the costly part, and pure); the walk in corpus
        // order then reads those answers and compares only with leaders the batch itself
        // added, so the classes are those of one walk whatever the number of cores.
        var earlier = EarlierLeaders(capacity: Swift.min(n, batchSize))
        // The bucket slot the search found in each band (-1: none yet), so that a sentence
        // that opens a class is added to those buckets without looking them up again.
        var bandSlots = [Int](repeating: -1, count: Self.bands)
        for batch in blockRanges(count: n, size: batchSize) {
            earlier.compare(
                batch, signatures: signatures, vectors: vectors, slotOf: slotOf, leaders: leaders, leaderCounts: leaderCounts)
            for i in batch {
                let signature = signatures[i]
                let row = i - batch.lowerBound
                var found: Int32?
                if signature.isComparable {
                    search: for (band, key) in signature.bandKeys.enumerated() {
                        let known = earlier.slot(row, band)
                        bandSlots[band] = -1
                        guard let slot = known >= 0 ? Int(known) : slotOf[key].map(Int.init) else { continue }
                        bandSlots[band] = slot
                        let compared = known >= 0 ? earlier.count(row, band) : 0
                        for k in 0..<Int(leaderCounts[slot]) {
                            let leader = leaders[slot * Self.bucketLimit + k]
                            if !classArticles.holds(classOf[Int(leader.sentence)], article: documents[i])
                                && ((k < compared ? earlier.isCopy(row, band, k) : nil)
                                    ?? Self.areCopies(leader, i, vectors: vectors, signatures: signatures))
                            {
                                found = classOf[Int(leader.sentence)]
                                break search
                            }
                        }
                    }
                }
                if let found {
                    classOf[i] = found
                    classArticles.add(found, article: documents[i])
                    continue
                }
                let own = Int32(classCount)
                classOf[i] = own
                classCount += 1
                classArticles.add(own, article: documents[i])
                guard signature.isComparable else { continue }
                for (band, key) in signature.bandKeys.enumerated() {
                    let slot: Int
                    if bandSlots[band] >= 0 {
                        slot = bandSlots[band]
                    } else if let existing = slotOf[key] {
                        // Made by this sentence's own earlier band (keys of two bands are
                        // all but never equal); the look-up finds its place in the cache.
                        slot = Int(existing)
                    } else {
                        slot = leaderCounts.count
                        slotOf.insert(Int32(slot), for: key)
                        leaderCounts.append(0)
                        leaders.append(contentsOf: repeatElement(Leader(), count: Self.bucketLimit))
                    }
                    let count = Int(leaderCounts[slot])
                    guard count < Self.bucketLimit else { continue }
                    leaders[slot * Self.bucketLimit + count] = Leader(sentence: Int32(i), sketch: signature.sketch)
                    leaderCounts[slot] += 1
                }
            }
        }
        self.classOf = classOf
        // The classes' lists are made once the walk is done: appending to millions of small
        // arrays during it was most of its time on one core.
        let members = ClassMembers(classOf: classOf, classCount: classCount)
        self.members = members
        representatives = (0..<classCount).map { Int(members[$0].first!) }
    }

    /// The articles each class holds. Sentences join classes in corpus order, so when the
    /// articles come in order too (a segmented corpus's do: document by document), a class
    /// holds a sentence's article exactly when its latest member is of that article: one
    /// array read, not a hash look-up in a set of millions (the walk's cache misses). Any
    /// other order keeps the (class, article) pairs in a set.
    private struct ClassArticles {
        private let inOrder: Bool
        /// The article of each class's latest member, class by class (in order).
        private var latest: [Int] = []
        /// (class, article) pairs (any other order).
        private var pairs = Set<Int64>()

        init(documents: [Int]) {
            inOrder = zip(documents, documents.dropFirst()).allSatisfy { $0 <= $1 }
        }

        func holds(_ c: Int32, article: Int) -> Bool {
            inOrder ? latest[Int(c)] == article : pairs.contains(Self.pair(c, article))
        }

        /// Records that class `c` (an existing one, or the next new one) takes a sentence of `article`.
        mutating func add(_ c: Int32, article: Int) {
            guard inOrder else {
                pairs.insert(Self.pair(c, article))
                return
            }
            if Int(c) == latest.count { latest.append(article) } else { latest[Int(c)] = article }
        }

        private static func pair(_ c: Int32, _ article: Int) -> Int64 { Int64(c) << 32 | Int64(article) }
    }

    /// For one batch of sentences, what the buckets held before it: each sentence's slot in
    /// each band (-1 if the bucket did not exist), how many leaders that slot had, and the
    /// first of them, in the walk's order (band by band), that it is a copy of. Leaders past
    /// that one are not compared: the walk takes the first unless its class already holds the
    /// sentence's article, and then compares the rest itself.
    private struct EarlierLeaders {
        private var slots: [Int32]
        private var counts: [UInt8]
        /// The place (band * bucketLimit + leader) of the first leader the sentence copies;
        /// `none` when it copies none.
        private var firstCopied: [UInt8]
        private static let none = UInt8.max

        init(capacity: Int) {
            slots = [Int32](repeating: -1, count: capacity * SentenceCopies.bands)
            counts = [UInt8](repeating: 0, count: capacity * SentenceCopies.bands)
            firstCopied = [UInt8](repeating: Self.none, count: capacity)
        }

        func slot(_ row: Int, _ band: Int) -> Int32 { slots[row * SentenceCopies.bands + band] }
        func count(_ row: Int, _ band: Int) -> Int { Int(counts[row * SentenceCopies.bands + band]) }
        /// Whether the sentence copies leader `k` of its bucket in `band`; nil when that
        /// leader comes after the first it copies, and was not compared.
        func isCopy(_ row: Int, _ band: Int, _ k: Int) -> Bool? {
            let place = band * SentenceCopies.bucketLimit + k
            let first = Int(firstCopied[row])
            return place < first ? false : place == first ? true : nil
        }

        /// Compares the sentences of `batch` with the leaders already in their buckets, on
        /// every core.
        mutating func compare(
            _ batch: Range<Int>, signatures: [Signature], vectors: [SparseVector], slotOf: HashedKeyTable,
            leaders: [Leader], leaderCounts: [UInt8]
        ) {
            let bands = SentenceCopies.bands, limit = SentenceCopies.bucketLimit
            slots.withUnsafeMutableBufferPointer { slots in
                counts.withUnsafeMutableBufferPointer { counts in
                    firstCopied.withUnsafeMutableBufferPointer { firstCopied in
                        let output = UncheckedSendable((slots, counts, firstCopied))
                        concurrentChunks(count: batch.count, parallelFrom: 256, minimumChunk: 128) { rows in
                            let (slots, counts, firstCopied) = output.value
                            for row in rows {
                                let i = batch.lowerBound + row
                                var first = Self.none
                                for (band, key) in signatures[i].bandKeys.enumerated() {
                                    let cell = row * bands + band
                                    guard let slot = slotOf[key].map(Int.init) else {
                                        slots[cell] = -1
                                        counts[cell] = 0
                                        continue
                                    }
                                    slots[cell] = Int32(slot)
                                    counts[cell] = leaderCounts[slot]
                                    for k in 0..<Int(leaderCounts[slot]) where first == Self.none {
                                        if SentenceCopies.areCopies(leaders[slot * limit + k], i, vectors: vectors, signatures: signatures) {
                                            first = UInt8(band * limit + k)
                                        }
                                    }
                                }
                                firstCopied[row] = first
                            }
                        }
                    }
                }
            }
        }
    }

    /// A leader in a band bucket: its sentence, with the sketch that rules out most
    /// non-copies without reading its vector (kept in the bucket, next to its neighbours).
    private struct Leader {
        var sentence: Int32 = 0
        var sketch = CopySketch()
    }

    /// Whether sentence `b` is a copy of `leader`. The sketches answer "no" for most pairs;
    /// only the others have their term lists merged.
    private static func areCopies(_ leader: Leader, _ b: Int, vectors: [SparseVector], signatures: [Signature]) -> Bool {
        guard leader.sketch.mayBeCopy(of: signatures[b].sketch) else { return false }
        let (x, y) = (Int(leader.sketch.termCount), Int(signatures[b].sketch.termCount))
        let shared = vectors[Int(leader.sentence)].sharedTermCount(with: vectors[b])
        return shared >= 4 && Double(shared) >= threshold * Double(x * y).squareRoot()
    }

    /// A sentence's MinHash band keys and the hash of its figures and days.
    private struct Signature: Sendable {
        var bandKeys: [UInt64] = []
        var sketch: CopySketch
        var isComparable: Bool { !bandKeys.isEmpty }

        init(terms: SparseVector.Terms, text: String) {
            sketch = CopySketch(terms: terms, figures: Self.figureHash(text))
            guard terms.count >= 4 else { return }
            var minima = [UInt64](repeating: .max, count: SentenceCopies.bands * SentenceCopies.rows)
            for term in terms {
                for k in minima.indices {
                    let value = Self.mix(UInt64(UInt32(bitPattern: term)) &+ UInt64(k) &* 0x9E37_79B9_7F4A_7C15)
                    if value < minima[k] { minima[k] = value }
                }
            }
            bandKeys = (0..<SentenceCopies.bands).map { band in
                var key = UInt64(band) &* 0xD6E8_FEB8_6659_FD93
                for row in 0..<SentenceCopies.rows { key = Self.mix(key ^ minima[band * SentenceCopies.rows + row]) }
                return key
            }
        }

        /// SplitMix64's finaliser: a fast, well-spread 64-bit hash.
        static func mix(_ value: UInt64) -> UInt64 {
            var z = value &+ 0x9E37_79B9_7F4A_7C15
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }

        /// A hash of the sentence's digit runs and its weekday and month names, in order.
        /// Words are runs of ASCII letters and digits, read in the UTF-8 bytes.
        static func figureHash(_ text: String) -> UInt64 {
            var text = text
            return text.withUTF8 { bytes in
                var hash: UInt64 = 0
                // The current word starts at `start` (-1: none); `hasDigit` once it holds one.
                var start = -1
                var hasDigit = false
                func finish(_ end: Int) {
                    defer { start = -1 }
                    guard start >= 0 else { return }
                    let word = UnsafeBufferPointer(rebasing: bytes[start..<end])
                    let first = word[0]
                    let isDay = !hasDigit && first >= 0x41 && first <= 0x5A && word.count >= 3 && dayAndMonthPrefixes.contains(prefixKey(word))
                    guard hasDigit || isDay else { return }
                    for byte in word { hash = mix(hash ^ UInt64(byte)) }
                    hash = mix(hash ^ 0x20)
                }
                for (offset, byte) in bytes.enumerated() {
                    let isDigit = byte >= 0x30 && byte <= 0x39
                    guard isDigit || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) else {
                        finish(offset)
                        continue
                    }
                    if start < 0 {
                        start = offset
                        hasDigit = false
                    }
                    hasDigit = hasDigit || isDigit
                }
                finish(bytes.count)
                return hash
            }
        }

        /// The first three letters, lower-cased, as one number.
        static func prefixKey<Word: Collection<UInt8>>(_ word: Word) -> UInt32 {
            word.prefix(3).reduce(UInt32(0)) { $0 << 8 | UInt32($1 | 0x20) }
        }

        /// Weekday and month names by their first three letters: capitalised words opening so
        /// are days and months.
        static let dayAndMonthPrefixes = Set((BriefDate.weekdayWords + BriefDate.monthWords).map { prefixKey(Array($0.utf8)) })
    }
}

/// What every ranking stage needs to know about the corpus's sentences: their term vectors,
/// their near-identical copies and their similarity graph. Computed once, then shared.
public struct CorpusAnalysis: Sendable {
    public let vectors: TermVectors
    /// Classes of near-identical sentences (syndicated copy).
    public let copies: SentenceCopies
    /// The similarity graph: between sentences when none has a copy, else between the
    /// classes of copies (one list of edges per class, not one per sentence; see
    /// ``neighbors(of:)``).
    private let graph: SimilarityGraph
    /// The articles each class of copies is in (no classes when no sentence has a copy).
    private let classDocuments: ClassDocuments
    /// Each sentence's first occurrence (the same text, byte for byte): what a stage finds in
    /// a sentence's text alone, it finds once for all its reprints.
    let textOriginals: FirstOccurrences

    public init(_ corpus: SegmentedCorpus) {
        self.init(corpus, vectors: TermVectors(texts: corpus.sentences.map(\.text)))
    }

    /// The analysis of `corpus` with its term vectors already built.
    public init(_ corpus: SegmentedCorpus, vectors: TermVectors) {
        self.vectors = vectors
        let texts = corpus.sentences.map(\.text)
        // The vectors found them, when made from these texts.
        let originals = vectors.textOriginals.originals.count == texts.count ? vectors.textOriginals : FirstOccurrences(texts: texts)
        textOriginals = originals
        let copies = SentenceCopies(
            vectors: vectors.vectors, texts: texts, documents: corpus.sentences.map(\.documentIndex), originals: originals)
        self.copies = copies
        if copies.isEmpty {
            graph = SimilarityGraph(vectors: vectors.vectors)
            classDocuments = ClassDocuments()
        } else {
            classDocuments = ClassDocuments(members: copies.members) { Int32(corpus.sentences[Int($0)].documentIndex) }
            let representatives = copies.representatives
            // Each representative gets the search share a sentence gets (the budget shrinks
            // with the classes): a larger share would make the search exact for sentences it
            // narrows on a corpus without copies, and the copies' work would be spent again.
            let budget = Int((Double(SimilarityGraph.workBudget) * Double(representatives.count) / Double(max(copies.classOf.count, 1))).rounded())
            graph = SimilarityGraph(vectors: representatives.map { vectors.vectors[$0] }, workBudget: budget)
        }
    }

    /// The most similar other sentences of sentence `i`, most similar first (ties by index).
    /// When sentences have copies, the graph joins the classes' representatives, and a copy
    /// has its representative's edges.
    public func neighbors(of i: Int) -> SentenceNeighbors {
        guard !copies.isEmpty else { return SentenceNeighbors(edges: graph.neighbors[i], representatives: nil) }
        return SentenceNeighbors(edges: graph.neighbors[Int(copies.classOf[i])], representatives: copies.representatives)
    }

    /// Each sentence's LexRank centrality, scaled so the largest is 1. With copies, the walk
    /// runs between classes, each weighted by its size (a class of m copies is m sentences
    /// joined to each other), and a copy gets its class's centrality: the walk on the whole
    /// graph, at the cost of the classes.
    public func centrality() -> [Double] {
        guard !copies.isEmpty else { return LexRank.centrality(graph) }
        let sizes = copies.members.map { Double($0.count) }
        let perClass = LexRank.centrality(graph, sizes: sizes)
        return copies.classOf.map { perClass[Int($0)] }
    }

    /// The cosine similarity of sentences `i` and `j`.
    public func similarity(_ i: Int, _ j: Int) -> Double {
        vectors.vectors[i].cosine(vectors.vectors[j])
    }

    /// How much sentences `i` and `j` say in the same words: the cosine of their sets of
    /// content terms, unweighted. Unlike TF-IDF, it does not discount the words every article
    /// of a story shares, which are exactly what makes two reports the same fact.
    public func overlap(_ i: Int, _ j: Int) -> (cosine: Double, shared: Int) {
        vectors.vectors.withUnsafeBufferPointer { all in
            let (m, n) = (all[i].terms.count, all[j].terms.count)
            guard m > 0, n > 0 else { return (0, 0) }
            let shared = all[i].sharedTermCount(with: all[j])
            return (Double(shared) / Double(m * n).squareRoot(), shared)
        }
    }

    /// How many articles report the same fact as sentence `i` (``sameFact(as:threshold:)``'s
    /// articles). With copies, the classes' articles are joined exactly while they number at
    /// most ``exactArticleLimit``; past that their counts are summed, at most the corpus's
    /// articles (an article seldom words one fact twice), so a fact reprinted thousands of
    /// times costs its classes, not its copies.
    public func sameFactArticleCount(as i: Int, threshold: Double, in corpus: SegmentedCorpus) -> Int {
        var tally = ArticleTally()
        return sameFactArticleCount(as: i, threshold: threshold, in: corpus, tally: &tally)
    }

    /// ``sameFactArticleCount(as:threshold:in:)`` of each of `sentences`, on every core; each
    /// core counts in scratch space of its own, made once, not in new arrays for every sentence.
    public func sameFactArticleCounts(of sentences: [Int], threshold: Double, in corpus: SegmentedCorpus) -> [Int] {
        let tallies = ScratchPool { ArticleTally() }
        return blockRanges(count: sentences.count, size: 1_024).parallelMap(grain: 1) { block in
            tallies.withScratch { tally in
                block.map { sameFactArticleCount(as: sentences[$0], threshold: threshold, in: corpus, tally: &tally) }
            }
        }.joinedInParallel()
    }

    private func sameFactArticleCount(as i: Int, threshold: Double, in corpus: SegmentedCorpus, tally: inout ArticleTally) -> Int {
        tally.nodes.removeAll(keepingCapacity: true)
        tally.nodes.append(Int32(node(of: i)))
        appendSameFactNodes(of: i, threshold: threshold, to: &tally.nodes, mayShare: &tally.mayShare)
        tally.documents.removeAll(keepingCapacity: true)
        guard !copies.isEmpty else {
            // No copies: the nodes are sentences, each in one article.
            for sentence in tally.nodes { tally.documents.append(Int32(corpus.sentences[Int(sentence)].documentIndex)) }
            tally.documents.formSortedDistinct()
            return tally.documents.count
        }
        // A few classes: each taken once.
        tally.nodes.formSortedDistinct()
        let total = tally.nodes.reduce(0) { $0 + classDocuments.documentCount(of: Int($1)) }
        guard total <= Self.exactArticleLimit else { return min(corpus.documents.count, total) }
        for c in tally.nodes { classDocuments.forEachDocument(of: Int(c)) { tally.documents.append($0) } }
        tally.documents.formSortedDistinct()
        return tally.documents.count
    }

    /// Scratch space for counting the articles of a few sentences or classes (the graph's
    /// nodes found, and their articles), kept from count to count with its capacity.
    private struct ArticleTally {
        var nodes: [Int32] = []
        var mayShare: [Bool] = []
        var documents: [Int32] = []
    }

    /// Articles up to which ``sameFactArticleCount(as:threshold:in:)`` is exact.
    public static let exactArticleLimit = 512

    /// True when sentences `i` and `j` report the same fact: their ``overlap(_:_:)`` is at
    /// least `threshold` over at least three shared terms.
    ///
    /// The overlap grows with the terms shared, so the test asks only whether the two share
    /// the fewest terms that would be enough, and stops the merge as soon as it knows.
    public func isSameFact(_ i: Int, _ j: Int, threshold: Double) -> Bool {
        // The vectors are read where they lie (borrowed, not copied out with a retain each).
        vectors.vectors.withUnsafeBufferPointer { all in
            guard let needed = Self.sharedTermsNeeded(all[i].terms.count, all[j].terms.count, threshold: threshold) else { return false }
            return all[i].sharesAtLeast(needed, termsWith: all[j])
        }
    }

    /// The fewest shared terms at which sentences of `m` and `n` terms report the same fact
    /// (at least three, and an ``overlap(_:_:)`` of at least `threshold`, computed as it
    /// computes it); nil when no count they could share is enough.
    static func sharedTermsNeeded(_ m: Int, _ n: Int, threshold: Double) -> Int? {
        guard m > 0, n > 0 else { return nil }
        let root = Double(m * n).squareRoot()
        func isEnough(_ shared: Int) -> Bool { shared >= 3 && Double(shared) / root >= threshold }
        let most = Swift.min(m, n)
        // A first guess, then moved to the exact least count (the guess's rounding aside).
        let guess = (threshold * root).rounded(.up)
        var needed = guess.isNaN || guess <= 3 ? 3 : guess >= Double(most + 1) ? most + 1 : Int(guess)
        while needed > 3, isEnough(needed - 1) { needed -= 1 }
        while needed <= most, !isEnough(needed) { needed += 1 }
        return needed <= most ? needed : nil
    }

    /// Sentences that report the same fact as sentence `i`, including `i`, in corpus order:
    /// its copies, and the copies of each similar sentence that says the same. Candidates
    /// come from the similarity graph, so the cost stays proportional to its edges and the
    /// copies found.
    public func sameFact(as i: Int, threshold: Double) -> [Int] {
        let similar = sameFactNeighbors(of: i, threshold: threshold)
        if copies.isEmpty { return ([i] + similar).sorted() }
        var found = copies.copies(of: i).map(Int.init)
        for j in similar { found += copies.copies(of: j).map(Int.init) }
        return Array(Set(found)).sorted()
    }

    /// The neighbours of sentence `i` in the graph that report the same fact
    /// (``isSameFact(_:_:threshold:)``), in the order of its edges.
    func sameFactNeighbors(of i: Int, threshold: Double) -> [Int] {
        var nodes: [Int32] = []
        var mayShare: [Bool] = []
        appendSameFactNodes(of: i, threshold: threshold, to: &nodes, mayShare: &mayShare)
        return nodes.map { sentence(at: Int($0)) }
    }

    /// Sentence `i`'s node in the graph: its class when sentences have copies, else itself.
    private func node(of i: Int) -> Int { copies.isEmpty ? i : Int(copies.classOf[i]) }

    /// The sentence that stands for a node of the graph: its class's representative, or itself.
    private func sentence(at node: Int) -> Int { copies.isEmpty ? node : copies.representatives[node] }

    /// Appends to `nodes` the graph nodes (``node(of:)``) of sentence `i`'s neighbours that
    /// report the same fact, in the order of its edges; `mayShare` is scratch space.
    private func appendSameFactNodes(of i: Int, threshold: Double, to nodes: inout [Int32], mayShare: inout [Bool]) {
        let edges = graph.neighbors[node(of: i)]
        guard let first = vectors.vectors[i].terms.first, let last = vectors.vectors[i].terms.last else { return }
        // The neighbours' vectors lie apart in memory. A first pass reads where each one's
        // terms begin and end (one whose terms all fall outside `i`'s shares none), so the
        // processor waits for all of them at once; the overlaps then find them at hand.
        mayShare.removeAll(keepingCapacity: true)
        vectors.vectors.withUnsafeBufferPointer { all in
            for edge in edges {
                mayShare.append(
                    all[sentence(at: edge.target)].withUnsafeBuffers { terms, _ in
                        guard let low = terms.first, let high = terms.last else { return false }
                        return low <= last && high >= first
                    })
            }
        }
        for (edge, mayShare) in zip(edges, mayShare) where mayShare && isSameFact(i, sentence(at: edge.target), threshold: threshold) {
            nodes.append(Int32(edge.target))
        }
    }
}

/// A sentence's edges in the similarity graph (``CorpusAnalysis/neighbors(of:)``): its class's
/// edges, whose targets are classes, read as edges to the classes' representatives.
public struct SentenceNeighbors: RandomAccessCollection, Sendable {
    private let edges: [SimilarityGraph.Edge]
    /// Each class's representative; nil when the edges join sentences already.
    private let representatives: [Int]?

    init(edges: [SimilarityGraph.Edge], representatives: [Int]?) {
        self.edges = edges
        self.representatives = representatives
    }

    public var startIndex: Int { edges.startIndex }
    public var endIndex: Int { edges.endIndex }

    public subscript(position: Int) -> SimilarityGraph.Edge {
        let edge = edges[position]
        guard let representatives else { return edge }
        return SimilarityGraph.Edge(target: representatives[edge.target], similarity: edge.similarity)
    }
}

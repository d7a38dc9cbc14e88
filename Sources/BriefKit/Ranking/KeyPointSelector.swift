/// Turns sentence scores into key points: picks the best sentences with maximal marginal
/// relevance, so that no two key points say the same thing, and credits each key point to
/// every source that carries the same fact (and does not give another day or figure for it).
public struct KeyPointSelector: Sendable {
    /// Term overlap at which two sentences report the same fact (and are credited together);
    /// see ``CorpusAnalysis/overlap(_:_:)``.
    public static let defaultSameFactThreshold = FactThresholds.sameFact

    /// Term overlap at which two sentences report the same fact.
    public var sameFactThreshold = defaultSameFactThreshold
    /// A candidate whose term overlap with a chosen key point reaches this is redundant and never chosen.
    public var redundancyThreshold = FactThresholds.repeatOverlap
    /// A candidate whose TF-IDF similarity with a chosen key point reaches this reports the
    /// same matter in other words (the rarer words they share weigh most) and is never chosen.
    public var redundantSimilarity = FactThresholds.repeatSimilarity
    /// MMR trade-off between importance (1) and novelty (0).
    /// (0.4 to 0.7 tried: more novelty covered more of the seeds' facts but lost ROUGE on DUC 2004.)
    public var lambda = 0.7

    public init() {}

    /// The best `count` key points of `corpus`, in rank order. With a `wordBudget`, points are
    /// added in rank order until their words reach the budget: whole sentences, so the last one
    /// may carry the total past it (as ROUGE's length cut expects), never cut.
    ///
    /// With `earlier` reports, each point is marked new, updated or reported; the count and
    /// the word budget hold only new and updated points (in rank order), and the reported ones
    /// met on the way follow them, at most ``maximumReported``.
    ///
    /// - Parameter excluding: sentences that are never key points (reports the text says were
    ///   denied: the open issues show them with the denial).
    public func select(
        count: Int, wordBudget: Int? = nil, from corpus: SegmentedCorpus, analysis: CorpusAnalysis,
        scores: [Double], excluding: Set<Int> = [], earlier: EarlierReports? = nil
    ) -> [KeyPoint] {
        guard count > 0 else { return [] }
        let earlier = earlier?.isEmpty == false ? earlier : nil
        var reported: [(index: Int, members: [Int], novelty: Novelty)] = []
        var novelties: [Int: Novelty] = [:]
        var words = 0
        let (pool, adjusted) = candidatePool(
            size: max(50, min(count, 100) * 20), corpus: corpus, scores: scores, copies: analysis.copies)

        // Each chosen sentence with the sentences of its fact (its wordings in every source).
        var chosen: [(index: Int, members: [Int])] = []
        var maxSimilarity = [Double](repeating: 0, count: pool.count)
        var available = [Bool](repeating: true, count: pool.count)
        var singleSource: [Int: Bool] = [:]
        for p in pool.indices where excluding.contains(pool[p]) { available[p] = false }
        while chosen.count < count && words < (wordBudget ?? Int.max) {
            var best: Int?
            var bestValue = -Double.infinity
            for p in pool.indices where available[p] {
                let value = lambda * adjusted[pool[p]]! - (1 - lambda) * maxSimilarity[p]
                if value > bestValue { bestValue = value; best = p }
            }
            guard let pick = best else { break }
            available[pick] = false
            if let earlier {
                // A fact an earlier brief reported is not news: it takes no place among the
                // points, and does not push out the sentences close to it (an update of it
                // shares its words).
                let novelty = earlier.novelty(ofKeyPoint: corpus.sentences[pool[pick]].text)
                if !novelty.isNews {
                    if reported.count < Self.maximumReported {
                        reported.append((pool[pick], members(of: pool[pick], corpus: corpus, analysis: analysis), novelty))
                    }
                    // Its other wordings are reported too (an update among them is not).
                    for p in pool.indices where available[p] && repeats(pool[p], pool[pick], analysis: analysis) {
                        if !earlier.novelty(ofKeyPoint: corpus.sentences[pool[p]].text).isNews { available[p] = false }
                    }
                    continue
                }
                novelties[pool[pick]] = novelty
            }
            words += LineClassifier.wordCount(corpus.sentences[pool[pick]].text)
            // A report only one outlet carries that is close to another outlet's wording of
            // the chosen fact is that outlet's wording of it: it may share few words with the
            // sentence picked and many with another member. (A report several outlets carry
            // is a fact of its own; on DUC 2003 also testing those lost 0.5 ROUGE-1.)
            let fact = members(of: pool[pick], corpus: corpus, analysis: analysis)
            chosen.append((pool[pick], fact))
            for p in pool.indices where available[p] {
                maxSimilarity[p] = max(maxSimilarity[p], analysis.similarity(pool[pick], pool[p]))
                if repeats(pool[p], pool[pick], analysis: analysis) {
                    available[p] = false
                    continue
                }
                if singleSource[p] == nil { singleSource[p] = isSingleSource(pool[p], corpus: corpus, analysis: analysis) }
                if singleSource[p]!, fact.contains(where: { analysis.similarity($0, pool[p]) >= redundantSimilarity }) {
                    available[p] = false
                }
            }
        }
        let news = chosen.map { chosen in
            var point = keyPoint(for: chosen.index, members: chosen.members, score: adjusted[chosen.index]!, corpus: corpus)
            point.novelty = novelties[chosen.index]
            return point
        }
        let folded = reported.map { item in
            var point = keyPoint(for: item.index, members: item.members, score: adjusted[item.index]!, corpus: corpus)
            point.novelty = item.novelty
            return point
        }
        return news + folded
    }

    /// The most already-reported points a brief keeps (after its news, shown folded).
    public static let maximumReported = 5

    /// The `size` eligible sentences with the highest score adjusted for readability, best
    /// first (ties to the earlier sentence), and their adjusted scores.
    ///
    /// Readability is at most 1, so a sentence's adjusted score is at most its score: walking
    /// sentences by score, the search stops once no unread one can reach the pool, and most
    /// of a large corpus is never checked for eligibility. (A negative adjusted score never
    /// enters the pool, so negative scores need no bound.)
    ///
    /// - Parameters:
    ///   - copies: near-identical sentences; only the best of each class enters the pool (a
    ///     fact reprinted 2,000 times would otherwise fill it).
    ///   - blockSize: sentences checked at a time (on every core) between two looks at
    ///     whether the search can stop.
    func candidatePool(
        size: Int, corpus: SegmentedCorpus, scores: [Double], copies: SentenceCopies? = nil,
        blockSize: Int = 1_024
    ) -> (pool: [Int], adjusted: [Int: Double]) {
        // Sentences by score, best first, made only as far as they are read.
        var byScore = BestFirst(scores)
        var adjusted: [Int: Double] = [:]
        var pool: [Int] = []
        var classesSeen = Set<Int32>()
        // Blocks of sentences on every core, as long as a better one may remain.
        while let next = byScore.peek() {
            if pool.count >= size, let weakest = pool.last, scores[next] < adjusted[weakest]! { break }
            // A sentence of a class already in the pool is passed over unread (as it would be
            // once read): a fact reprinted thousands of times fills whole blocks.
            var block = byScore.next(blockSize)
            if let copies, !copies.isEmpty { block.removeAll { classesSeen.contains(copies.classOf[$0]) } }
            let values = block.parallelMap(grain: 64) { index -> Double in
                let text = corpus.sentences[index].text
                return Self.canStandAlone(text) ? scores[index] * KeyPointEligibility.readability(text) : -1
            }
            for (index, value) in zip(block, values) where value >= 0 {
                if let copies, !copies.isEmpty, !classesSeen.insert(copies.classOf[index]).inserted { continue }
                adjusted[index] = value
                pool.append(index)
            }
            pool.sort { (adjusted[$0]!, -$0) > (adjusted[$1]!, -$1) }
            if pool.count > size { pool.removeLast(pool.count - size) }
        }
        return (pool, adjusted)
    }

    /// True when `text` can be a key point on its own: eligible, not leaning on the sentence
    /// before by a connective, a pronoun other than "he" or "she" (which the tool resolves) or
    /// "The move…", and not mostly quotation (the quotes section shows it with its speaker).
    /// On DUC 2003 and 2004 this leaves ROUGE as it was: such sentences seldom rank high.
    static func canStandAlone(_ text: String) -> Bool {
        guard KeyPointEligibility.isEligible(text), KeyPointEligibility.quotedShare(of: text) <= 0.5 else { return false }
        if case .dependent = KeyPointEligibility.opening(of: text) { return false }
        return true
    }

    /// True when only one source reports what sentence `index` says.
    private func isSingleSource(_ index: Int, corpus: SegmentedCorpus, analysis: CorpusAnalysis) -> Bool {
        let document = corpus.sentences[index].documentIndex
        return analysis.sameFact(as: index, threshold: sameFactThreshold).allSatisfy { corpus.sentences[$0].documentIndex == document }
    }

    /// True when `candidate` says the same as `chosen` in the same or in other words.
    private func repeats(_ candidate: Int, _ chosen: Int, analysis: CorpusAnalysis) -> Bool {
        analysis.overlap(chosen, candidate).cosine >= redundancyThreshold
            || analysis.similarity(chosen, candidate) >= redundantSimilarity
    }

    /// The sentences, across sources, that report the same fact as sentence `index`: those
    /// the same in substance, except one that gives another day or figure for it.
    func members(of index: Int, corpus: SegmentedCorpus, analysis: CorpusAnalysis) -> [Int] {
        let facts = SentenceFacts(corpus.sentences[index].text)
        let all = analysis.sameFact(as: index, threshold: sameFactThreshold)
        guard !facts.isEmpty else { return all }
        // A fact reprinted thousands of times: its sentences' facts are read on every core,
        // once for each distinct text (a reprint word for word agrees as its original does).
        let originals = analysis.textOriginals.originals
        let distinct = Array(Set(all.map { originals[$0] })).sorted()
        let agrees = distinct.parallelMap(grain: 512) { facts.differences(from: SentenceFacts(corpus.sentences[Int($0)].text)).isEmpty }
        let agreeing = Set(zip(distinct, agrees).filter(\.1).map(\.0))
        return all.filter { $0 == index || agreeing.contains(originals[$0]) }
    }

    /// The key point of sentence `index`, credited to the sources of `members` (its fact's
    /// sentences, ``members(of:corpus:analysis:)``).
    private func keyPoint(for index: Int, members: [Int], score: Double, corpus: SegmentedCorpus) -> KeyPoint {
        let documents = Set(members.map { corpus.sentences[$0].documentIndex }).sorted()
        // The fact is shown in the wording that reads best alone (no pronoun or connective
        // opening, not mostly quotation), when a source has one. A fact reprinted thousands
        // of times has thousands of wordings: they are read on every core, the best taken
        // in order.
        var shown = index
        var readability = KeyPointEligibility.readability(corpus.sentences[index].text)
        let others = members.filter { $0 != index }
        let readings = others.parallelMap(grain: 64) { member -> Double? in
            let text = corpus.sentences[member].text
            return Self.canStandAlone(text) ? KeyPointEligibility.readability(text) : nil
        }
        for (member, other) in zip(others, readings) {
            if let other, other > readability { (shown, readability) = (member, other) }
        }
        return KeyPoint(
            text: corpus.sentences[shown].text,
            sources: documents.map { corpus.documents[$0].id },
            score: (score * 10_000).rounded() / 10_000,
            provenance: [corpus.sentences[shown].ref] + members.filter { $0 != shown }.map { corpus.sentences[$0].ref }
        )
    }
}

/// Finds what the reader must keep watching: matters the text leaves open (pending decisions,
/// expectations, denials, questions) and disagreements between sources.
///
/// - Open matters: sentences with a cue of uncertainty ("expected to", "could", "refuted",
///   "no signing", "unclear", a question), ranked by the cue's strength and the sentence's
///   importance, one per fact, credited to every source that reports it.
/// - Disagreements: two sources reporting the same thing (term overlap at least
///   ``disagreementOverlap``) with different days or different figures, where the words
///   around the two days or figures describe the same event (at least three content terms in
///   common within eight words either side); the item names both.
public struct OpenIssueExtractor: Sendable {
    public var maximumIssues = 12
    /// At most this many of the issues are disagreements: the most important ones, each
    /// sentence in one at most.
    public var maximumDisagreements = 4
    public var disagreementOverlap = 0.3
    public var maximumWords = 40

    public init() {}

    /// Cues and their weight: denials and open questions weigh most.
    static let cues: [(String, Double)] = [
        ("refuted", 1.0), ("denied", 1.0), ("disputed", 1.0), ("contested", 1.0), ("no signing", 1.0),
        ("unclear", 1.0), ("uncertain", 1.0), ("remains to be seen", 1.0), ("yet to", 0.9), ("undecided", 0.9),
        ("pending", 0.8), ("whether", 0.8), ("speculation", 0.8), ("could", 0.7), ("may", 0.6),
        ("might", 0.6), ("expected to", 0.6), ("concerns", 0.6), ("concerned", 0.6), ("raised alarms", 0.7),
        ("potential", 0.5), ("possible", 0.5), ("would", 0.4), ("if", 0.4), ("unless", 0.6), ("warned", 0.5),
        ("risk", 0.5), ("suggested", 0.5), ("reportedly", 0.7), ("reports", 0.5), ("sources indicated", 0.8),
    ]

    /// The cues by their first word, each as its words.
    static let cuesByFirstWord: [String: [(words: [Substring], weight: Double)]] = Dictionary(
        grouping: cues.map { (words: $0.0.split(separator: " "), weight: $0.1) }, by: { String($0.words[0]) })

    /// The weight of the strongest cue among `words` (whole words, in sequence), or 0.
    static func strongestCue(in words: [String]) -> Double {
        var strongest = 0.0
        for (i, word) in words.enumerated() {
            guard let candidates = cuesByFirstWord[word] else { continue }
            for cue in candidates
            where cue.weight > strongest && i + cue.words.count <= words.count
                && zip(cue.words.dropFirst(), words[(i + 1)...]).allSatisfy({ $0 == $1 })
            {
                strongest = cue.weight
            }
        }
        return strongest
    }

    /// The open issues of `context`; sentences in `scheduled` (the agenda's) are events, not open matters.
    public func extract(from context: ExtractionContext, scores: [Double], scheduled: Set<SentenceRef> = []) -> [OpenIssue] {
        let disagreements = self.disagreements(in: context, scores: scores)
        let sentences = context.corpus.sentences
        // Cues are looked for on every core; candidates stay in corpus order.
        let cues = sentences.parallelMap(grain: 256) { sentence -> Double in
            var cue = Self.strongestCue(in: Tokenizer.words(sentence.text))
            if sentence.text.unicodeScalars.contains("?") { cue = max(cue, 0.8) }  // a question someone raises
            guard cue > 0, !scheduled.contains(sentence.ref),
                KeyPointEligibility.isEligible(sentence.text) || sentence.text.hasSuffix("?")
            else { return 0 }
            return cue
        }
        var candidates: [(index: Int, weight: Double)] = []
        for (index, cue) in cues.enumerated() where cue > 0 {
            candidates.append((index, cue * (0.5 + scores[index])))
        }
        candidates.sort { ($0.weight, -$0.index) > ($1.weight, -$1.index) }

        var chosen: [Int] = []
        var issues: [OpenIssue] = []
        for candidate in candidates where issues.count + disagreements.count < maximumIssues {
            if chosen.contains(where: { context.analysis.overlap($0, candidate.index).cosine >= FactThresholds.repeatOverlap }) { continue }
            chosen.append(candidate.index)
            let members = context.analysis.sameFact(as: candidate.index, threshold: FactThresholds.sameFact)
            issues.append(
                OpenIssue(
                    text: BriefTitle.shortened(sentences[candidate.index].text, maxWords: maximumWords),
                    sources: context.sourceIDs(members.map { sentences[$0].documentIndex }),
                    provenance: members.map { sentences[$0].ref }
                ))
        }
        return disagreements + issues
    }

    /// Pairs of sentences from different sources about the same thing that give different
    /// days or different figures: the most important pairs (by the two sentences' scores),
    /// no sentence in two pairs, at most ``maximumDisagreements``.
    func disagreements(in context: ExtractionContext, scores: [Double]) -> [OpenIssue] {
        let sentences = context.corpus.sentences
        // On every core: which sentences may hold facts (a byte scan), each sentence's later
        // neighbours from another source reporting the same thing, the facts of only the
        // sentences in such a pair, then the pairs whose facts differ; all in corpus order.
        let mayHold = sentences.parallelMap(grain: 1_024) { SentenceFacts.mayHoldFacts($0.text) }
        let partners = Array(sentences.indices).parallelMap(grain: 1_024) { i -> [Int] in
            guard mayHold[i] else { return [] }
            return context.analysis.graph.neighbors[i].map(\.target).filter { j in
                j > i && mayHold[j] && sentences[i].documentIndex != sentences[j].documentIndex
                    && context.analysis.isSameFact(i, j, threshold: disagreementOverlap)
            }
        }
        var inPair = [Bool](repeating: false, count: sentences.count)
        for (i, js) in partners.enumerated() where !js.isEmpty {
            inPair[i] = true
            for j in js { inPair[j] = true }
        }
        // Blocks of sentences on every core, each remembering the stems it has found.
        let facts = blockRanges(count: sentences.count, size: 4_096).parallelMap(grain: 1) { block in
            var stems: [String: String] = [:]
            return block.map { i in inPair[i] ? SentenceFacts(sentences[i].text, stems: &stems) : nil }
        }.flatMap { $0 }
        let pairs = Array(sentences.indices).parallelMap(grain: 256) { i -> [DisagreeingPair] in
            guard let factsOfI = facts[i] else { return [] }
            var pairs: [DisagreeingPair] = []
            for j in partners[i] {
                guard let factsOfJ = facts[j] else { continue }
                let differences = factsOfI.differences(from: factsOfJ)
                guard !differences.isEmpty else { continue }
                let key = differences.joined() + BriefTitle.shortened(sentences[i].text, maxWords: 6)
                pairs.append(DisagreeingPair(first: i, second: j, differences: differences, weight: scores[i] + scores[j], key: key))
            }
            return pairs
        }
        var found: [DisagreeingPair] = []
        var seen: Set<String> = []
        for pair in pairs.joined() where seen.insert(pair.key).inserted {
            found.append(pair)
        }
        found.sort { ($0.weight, -$0.first, -$0.second) > ($1.weight, -$1.first, -$1.second) }
        var used: Set<Int> = []
        var chosen: [OpenIssue] = []
        for candidate in found where chosen.count < min(maximumDisagreements, maximumIssues) {
            let (i, j) = (candidate.first, candidate.second)
            guard !used.contains(i), !used.contains(j) else { continue }
            used.formUnion([i, j])
            let ids = [context.documentID(sentences[i].documentIndex), context.documentID(sentences[j].documentIndex)]
            let wordings = [BriefTitle.shortened(sentences[i].text, maxWords: 18), BriefTitle.shortened(sentences[j].text, maxWords: 18)]
            chosen.append(
                OpenIssue(
                    kind: .disagreement,
                    text: "Sources disagree on \(candidate.differences.joined(separator: " and ")): "
                        + "\(ids[0]): “\(wordings[0])” \(ids[1]): “\(wordings[1])”",
                    sides: zip(wordings, ids).map { OpenIssue.Side(value: $0, sources: [$1]) },
                    sources: context.sourceIDs([sentences[i].documentIndex, sentences[j].documentIndex]),
                    provenance: [sentences[i].ref, sentences[j].ref]
                ))
        }
        return chosen
    }

    /// Two sentences of different sources about the same thing whose days or figures differ.
    struct DisagreeingPair: Sendable {
        /// The pair's sentence indices, the earlier first.
        var first: Int
        var second: Int
        /// What differs ("the day", "the figures").
        var differences: [String]
        /// The two sentences' scores added: the more important pairs are reported first.
        var weight: Double
        /// The differences and the first sentence's opening words: a pair with the same key
        /// as one already found says nothing new.
        var key: String
    }
}

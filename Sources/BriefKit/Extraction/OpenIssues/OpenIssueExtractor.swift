/// Finds what the reader must keep watching, of two kinds:
///
/// - Disagreements, each with its sides and every side's sources:
///   - a report and its denial (``ClaimDenialFinder``): "Reported, then denied: …";
///   - different figures for the same thing (``FigureDisagreementFinder``): "the dead: 3 ·
///     4 · 7", where agreeing ranges ("more than 600", "600-700") are one side and a date is
///     never a figure;
///   - different days for the same event: two sources reporting the same thing (term overlap
///     at least ``disagreementOverlap``) on different weekdays;
///   - an event one source lists as coming and another reports as past
///     (``TenseDisagreementFinder``).
/// - Open questions: sentences that say a matter is undecided, unclear, pending or disputed
///   ("unclear whether", "yet to decide", "pending a vote"), or that report an uncertain
///   outcome on someone's word ("reports suggested the deal could…"). A writer's own
///   speculation ("the coming days could prove pivotal") is commentary, not a question, and a
///   question inside a quotation is rhetoric, the quote's to show. Items are whole sentences,
///   never cut; one per fact, credited to every source that reports it.
public struct OpenIssueExtractor: Sendable {
    public var maximumIssues = 12
    /// At most this many of the issues are disagreements, the most important first.
    public var maximumDisagreements = 5
    public var disagreementOverlap = 0.3

    public init() {}

    /// Words that say a matter is open whoever says it, and their weight.
    static let strongCues: [(String, Double)] = [
        ("refuted", 1.0), ("denied", 1.0), ("disputed", 1.0), ("contested", 1.0), ("unclear", 1.0),
        ("uncertain", 1.0), ("remains to be seen", 1.0), ("yet to", 0.9), ("undecided", 0.9), ("not yet", 0.8),
        ("no decision", 0.9), ("pending", 0.8), ("whether", 0.8), ("speculation", 0.8), ("reportedly", 0.7),
        ("under consideration", 0.8), ("under review", 0.8), ("awaiting", 0.7), ("sources indicated", 0.8),
    ]
    /// Words of an uncertain outcome: an open question only on someone's word.
    static let weakCues: [(String, Double)] = [
        ("could", 0.7), ("may", 0.6), ("might", 0.6), ("unless", 0.6),
        ("potential", 0.5), ("possible", 0.5), ("considering", 0.6), ("weighing", 0.6),
    ]
    /// Words that put the sentence on someone's word.
    static let attributionWords: Set<String> = [
        "said", "says", "told", "reported", "reports", "suggested", "suggests", "according", "indicated", "warned",
        "announced", "stated", "claimed", "sources", "officials", "signalled", "signaled",
    ]

    static let strongCuesByFirstWord = cueIndex(strongCues)
    static let weakCuesByFirstWord = cueIndex(weakCues)
    /// Every cue's first word: a text holding none of them has no cue.
    static let cueOpenings = PhraseSet(Array(strongCuesByFirstWord.keys) + Array(weakCuesByFirstWord.keys))

    /// Cues by their first word, each as its words.
    static func cueIndex(_ cues: [(String, Double)]) -> [String: [(words: [Substring], weight: Double)]] {
        Dictionary(grouping: cues.map { (words: $0.0.split(separator: " "), weight: $0.1) }, by: { String($0.words[0]) })
    }

    /// The weight of the strongest cue of `index` among `words` (whole words, in sequence), or 0.
    static func strongestCue(in words: [String], index: [String: [(words: [Substring], weight: Double)]]) -> Double {
        var strongest = 0.0
        for (i, word) in words.enumerated() {
            guard let candidates = index[word] else { continue }
            for cue in candidates
            where cue.weight > strongest && i + cue.words.count <= words.count
                && zip(cue.words.dropFirst(), words[(i + 1)...]).allSatisfy({ $0 == $1 })
            {
                strongest = cue.weight
            }
        }
        return strongest
    }

    /// How strongly `text` raises an open question, or 0: a strong cue outside quotation
    /// marks, or a weak one in a sentence that says on whose word; a question mark counts
    /// only outside quotation marks.
    static func questionWeight(of text: String) -> Double {
        // Most sentences hold no cue's first word and no question mark: one byte scan of the
        // lower-cased text says so, before any word is split off.
        guard text.unicodeScalars.contains("?") || cueOpenings.occurs(in: text.lowercased()) else { return 0 }
        return cueWeight(of: text)
    }

    /// ``questionWeight(of:)`` read word by word, with no early look.
    static func cueWeight(of text: String) -> Double {
        let unquoted = text.unicodeScalars.contains { $0 == "“" || $0 == "\"" } ? Self.unquoted(text) : text
        let words = Tokenizer.words(unquoted)
        var weight = strongestCue(in: words, index: strongCuesByFirstWord)
        if words.contains(where: attributionWords.contains) {
            weight = max(weight, strongestCue(in: words, index: weakCuesByFirstWord))
        }
        if unquoted.unicodeScalars.contains("?") { weight = max(weight, 0.8) }
        return weight
    }

    /// `text` without what stands between double quotation marks.
    static func unquoted(_ text: String) -> String {
        var out = ""
        var inside = false
        for c in text.unicodeScalars {
            switch c {
            case "“": inside = true
            case "”": inside = false
            case "\"": inside.toggle()
            default: if !inside { out.unicodeScalars.append(c) }
            }
        }
        return out
    }

    /// The open issues of `context`: disagreements first, then questions. Sentences of the
    /// agenda's items (`agenda`) are events, not open matters.
    public func extract(from context: ExtractionContext, scores: [Double], agenda: [AgendaItem] = []) -> [OpenIssue] {
        extract(from: context, scores: scores, agenda: agenda, denials: ClaimDenialFinder().find(in: context.corpus))
    }

    /// The open issues, with the corpus's denied reports already found (the pipeline finds
    /// them once, before ranking, to keep them out of the key points) and, when given, its
    /// disagreements on figures (``FigureDisagreementFinder``: the pipeline finds them while
    /// the actors are built; they depend on neither the actors nor the agenda).
    func extract(
        from context: ExtractionContext, scores: [Double], agenda: [AgendaItem], denials: [ClaimDenialFinder.Found],
        figures: [FigureDisagreementFinder.Found]? = nil
    ) -> [OpenIssue] {
        let disagreements = Array(
            self.disagreements(
                in: context, scores: scores, agenda: agenda, denials: denials, figures: figures, limit: maximumDisagreements))
        let used = Set(disagreements.flatMap(\.provenance))
        let scheduled = Set(agenda.flatMap(\.provenance))
        let sentences = context.corpus.sentences
        // Cues are looked for on every core, once a class of copies unless its representative
        // has one; candidates stay in corpus order.
        // (The weight first: most sentences have no cue, which one byte scan tells.)
        let cues = context.analysis.copies.values(grain: 256) { i -> Double? in
            let text = sentences[i].text
            let weight = Self.questionWeight(of: text)
            guard weight > 0, KeyPointEligibility.isEligible(text) || text.hasSuffix("?") else { return nil }
            // A question must stand alone: not "But whether…", "This storm…".
            if case .dependent = KeyPointEligibility.opening(of: text) { return nil }
            return weight
        }
        // (By index: a sentence is read only when it has a cue, not copied each.)
        let weights = cues.indices.map { i -> Double in
            guard let cue = cues[i], !scheduled.contains(sentences[i].ref), !used.contains(sentences[i].ref) else { return 0.0 }
            return cue
        }
        var candidates: [(index: Int, weight: Double)] = []
        for (index, weight) in weights.enumerated() where weight > 0 {
            candidates.append((index, weight * (0.5 + scores[index])))
        }
        candidates.sort { ($0.weight, -$0.index) > ($1.weight, -$1.index) }

        var chosen: [Int] = []
        var issues: [OpenIssue] = []
        for candidate in candidates where issues.count + disagreements.count < maximumIssues {
            if chosen.contains(where: { context.analysis.overlap($0, candidate.index).cosine >= FactThresholds.repeatOverlap }) { continue }
            chosen.append(candidate.index)
            let members = context.analysis.sameFact(as: candidate.index, threshold: FactThresholds.sameFact)
            let shown = sentences[candidate.index].ref
            issues.append(
                OpenIssue(
                    text: sentences[candidate.index].text,
                    sources: context.sourceIDs(members.map { sentences[$0].documentIndex }),
                    provenance: [shown] + members.map { sentences[$0].ref }.filter { $0 != shown }
                ))
        }
        return disagreements + issues
    }

    /// The first `limit` disagreements, the most important first within each kind: denied
    /// reports, figures, events reported as both coming and past, then days. A kind is not
    /// looked for once `limit` are found.
    func disagreements(
        in context: ExtractionContext, scores: [Double], agenda: [AgendaItem], denials: [ClaimDenialFinder.Found],
        figures knownFigures: [FigureDisagreementFinder.Found]? = nil, limit: Int
    ) -> [OpenIssue] {
        let sentences = context.corpus.sentences
        let documentIndex = Dictionary(
            context.corpus.documents.indices.map { (context.documentID($0), $0) }, uniquingKeysWith: { first, _ in first })
        func members(_ index: Int) -> [Int] { context.analysis.sameFact(as: index, threshold: FactThresholds.sameFact) }
        func side(label: String?, value: String, _ indices: [Int]) -> OpenIssue.Side {
            let all = Array(Set(indices.flatMap(members))).sorted()
            return OpenIssue.Side(
                label: label, value: value, sources: context.sourceIDs(all.map { sentences[$0].documentIndex }),
                provenance: all.map { sentences[$0].ref })
        }
        func issue(_ text: String, _ sides: [OpenIssue.Side]) -> OpenIssue {
            return OpenIssue(
                kind: .disagreement, text: text, sides: sides,
                sources: context.sourceIDs(sides.flatMap(\.sources).compactMap { documentIndex[$0] }),
                provenance: Array(Set(sides.flatMap(\.provenance))).sorted())
        }
        // A day's side: the sentence and those saying the same that name the same day.
        func daySide(_ day: String, _ index: Int) -> OpenIssue.Side {
            let all = members(index).filter { SentenceFacts(sentences[$0].text).days.sorted().joined(separator: ", ") == day }
            return OpenIssue.Side(
                label: day, value: sentences[index].text, sources: context.sourceIDs(Set(all.map { sentences[$0].documentIndex }).sorted()),
                provenance: all.map { sentences[$0].ref })
        }
        var found: [OpenIssue] = []
        var used: Set<Int> = []
        for pair in denials where found.count < limit && !used.contains(pair.denial) {
            used.formUnion(pair.claims + [pair.denial])
            let matter = pair.claims.lazy.compactMap { ClaimDenialFinder.claimedMatter(sentences[$0].text) }.first
            let claimed = pair.claims.map { sentences[$0].text }.joined(separator: " ")
            found.append(
                issue(
                    "Reported, then denied" + (matter.map { ": " + $0 } ?? ""),
                    [side(label: "reported", value: claimed, pair.claims), side(label: "denied", value: sentences[pair.denial].text, [pair.denial])]
                ))
        }
        let figures =
            found.count < limit
            ? knownFigures ?? FigureDisagreementFinder().find(in: context.corpus, analysis: context.analysis, scores: scores) : []
        for figure in figures where found.count < limit {
            let indices = figure.sides.flatMap { $0.members.map(\.sentence) }
            guard used.isDisjoint(with: indices) else { continue }
            used.formUnion(indices)
            // Each side credits the sources whose first figure it holds: not the same-fact
            // sentences, which may give another figure.
            let sides = figure.sides.map { side -> OpenIssue.Side in
                let refs = side.members.map { sentences[$0.sentence].ref }.sorted()
                return OpenIssue.Side(
                    value: side.values.joined(separator: ", "),
                    sources: context.sourceIDs(Set(side.members.map { sentences[$0.sentence].documentIndex }).sorted()), provenance: refs)
            }
            found.append(issue("Sources disagree on the figures for \(Self.phrase(forUnit: figure.unit, noun: figure.noun))", sides))
        }
        let tense = found.count < limit ? TenseDisagreementFinder().find(in: context, agenda: agenda) : []
        let indexOfRef = tense.isEmpty ? [:] : Dictionary(sentences.enumerated().map { ($1.ref, $0) }, uniquingKeysWith: { a, _ in a })
        for event in tense where found.count < limit && !used.contains(event.past) {
            used.insert(event.past)
            used.formUnion(event.item.provenance.compactMap { indexOfRef[$0] })
            let coming = OpenIssue.Side(
                label: "coming", value: event.item.text, sources: event.item.sources, provenance: event.item.provenance)
            // The past side: the sentence and those saying the same, but in the sources that list it as coming.
            let past = members(event.past).filter { !event.item.sources.contains(sentences[$0].ref.source) }
            found.append(
                issue(
                    "Sources disagree on whether it has happened: \(event.item.participants.joined(separator: ", "))",
                    [
                        coming,
                        OpenIssue.Side(
                            label: "past", value: sentences[event.past].text,
                            sources: context.sourceIDs(Set(past.map { sentences[$0].documentIndex }).sorted()),
                            provenance: past.map { sentences[$0].ref }),
                    ]))
        }
        let days = found.count < limit ? dayDisagreements(in: context, scores: scores) : []
        for pair in days where found.count < limit && used.isDisjoint(with: [pair.first, pair.second]) {
            used.formUnion([pair.first, pair.second])
            found.append(
                issue(
                    "Sources disagree on the day",
                    [
                        side(label: pair.days.0, value: sentences[pair.first].text, [pair.first]),
                        side(label: pair.days.1, value: sentences[pair.second].text, [pair.second]),
                    ]
                ))
        }
        return found
    }

    /// How an issue names what a figure counts: "the dead", "flights", "the percentage".
    static func phrase(forUnit unit: String, noun: String) -> String {
        switch unit {
        case "dead", "injured", "missing": return "the " + unit
        case "evacuated": return "those evacuated"
        case "%": return "the percentage"
        case _ where Quantity.currencies.contains(unit): return "the amount"
        default: return noun
        }
    }

    /// Pairs of sentences from different sources about the same thing to come that name
    /// different weekdays for it: the most important pairs (by the two sentences' scores) first, no
    /// sentence in two pairs.
    func dayDisagreements(in context: ExtractionContext, scores: [Double]) -> [(first: Int, second: Int, days: (String, String))] {
        let sentences = context.corpus.sentences
        // On every core: the facts of each sentence about something to come that names a day
        // (a byte scan first; once a class of copies unless its representative has them), then each one's later neighbours from another source reporting
        // the same thing, and the pairs whose days differ. Each sentence's facts are read once.
        let dated = context.analysis.copies.values(grain: 1_024) { i -> SentenceFacts? in
            let text = sentences[i].text
            guard SentenceFacts.mayHoldFacts(text),
                // Days of events to come only: a past sentence's day is as often the day it was said.
                AgendaExtractor.futureCueSet.occurs(in: " " + text.lowercased() + " ")
            else { return nil }
            let facts = SentenceFacts(text)
            return facts.days.isEmpty ? nil : facts
        }
        let pairs = Array(sentences.indices).parallelMap(grain: 256) { i -> [(Int, Int, (String, String), Double)] in
            guard let facts = dated[i] else { return [] }
            return context.analysis.neighbors(of: i).compactMap { edge in
                let j = edge.target
                guard j > i, let other = dated[j], sentences[i].documentIndex != sentences[j].documentIndex,
                    context.analysis.isSameFact(i, j, threshold: disagreementOverlap),
                    facts.days.isDisjoint(with: other.days), facts.context.intersection(other.context).count >= 3
                else { return nil }
                return (i, j, (facts.days.sorted().joined(separator: ", "), other.days.sorted().joined(separator: ", ")), scores[i] + scores[j])
            }
        }.flatMap { $0 }.sorted { ($0.3, -$0.0, -$0.1) > ($1.3, -$1.0, -$1.1) }
        var used: Set<Int> = []
        var chosen: [(first: Int, second: Int, days: (String, String))] = []
        for (i, j, days, _) in pairs where !used.contains(i) && !used.contains(j) {
            used.formUnion([i, j])
            chosen.append((i, j, days))
        }
        return chosen
    }
}

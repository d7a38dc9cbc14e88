/// Finds upcoming and scheduled events: sentences that name a time to come and say that
/// something will happen then ("will attend a reception on Wednesday", "set to take place on
/// Thursday"). Weekdays resolve to the next such day on or after the day the sentence's source
/// was published (the brief's date for an undated source); events before the brief's date, and
/// those the text marks as past ("last Friday"), stay out, as do sentences in the past tense.
/// The same event reported by several outlets is one item credited to all of them.
public struct AgendaExtractor: Sendable {
    public var maximumItems = 12
    /// At most this many candidate sentences, the best-ranked, are merged into items: enough
    /// for any day's corpus, and it keeps merging bounded on very large ones.
    public var maximumCandidates = 2_000

    public init() {}

    static let futureCues = [
        " will ", "’ll ", "'ll ", " is set to ", " are set to ", " set to take place", " is due to ", " are due to ",
        " is expected to ", " are expected to ", " scheduled ", " is to ", " are to ", " plans to ", " planned ",
        " is going to ", " are going to ", " upcoming ", " prepares to ", " is poised to ", " will be ",
        " travels to ", " heads to ", " meets ", " visits ", " convene ", " convenes ", " arrives ",
    ]
    static let pastCues = [" was ", " were ", " had ", " did ", " said ", " met ", " announced ", " suggested ", " revealed ", " ago"]
    static let futureCueSet = PhraseSet(futureCues)
    static let pastCueSet = PhraseSet(pastCues)
    static let eventWords: Set<String> = [
        "meeting", "meet", "meets", "talks", "summit", "visit", "visits", "trip", "travel", "travels", "address",
        "speech", "vote", "votes", "deadline", "reception", "conference", "hearing", "election", "session",
        "ceremony", "call", "debate", "negotiations", "convene", "attend", "join", "sign", "signing", "announce",
        "strike", "walkout", "protest", "march", "rally", "referendum", "trial", "launch", "opening", "inquiry",
        "budget", "ruling", "verdict", "meetings", "summits", "votes", "elections",
    ]

    /// The agenda of `context`: the events its sentences announce, one item per event, with
    /// the `actors` taking part; the best-ranked by `scores` are merged, at most
    /// ``maximumItems`` kept.
    public func extract(from context: ExtractionContext, actors: [Actor], scores: [Double]) -> [AgendaItem] {
        extract(from: context, candidates: candidates(in: context), actors: actors, scores: scores)
    }

    /// A sentence that announces an event, as an item of its own (no participants yet), and
    /// its place in the corpus.
    struct Candidate: Sendable {
        var item: AgendaItem
        var sentence: Int
    }

    /// The sentences of `context` that announce an event, in corpus order. They do not depend
    /// on the actors, so the pipeline finds them while the actors are being built.
    func candidates(in context: ExtractionContext) -> [Candidate] {
        // The item a sentence announces, if any; `padded` is its text in lower case, between spaces.
        func item(_ sentence: CorpusSentence) -> AgendaItem? {
            let padded = " " + sentence.text.lowercased() + " "
            let tokens = WordToken.tokenize(sentence.text)
            // "On Wednesday" counts from the day its source was published, not the brief's.
            let published = context.corpus.documents[sentence.documentIndex].metadata.published
            let times = TimeExpression.find(in: sentence.text, tokens: tokens, relativeTo: published ?? context.date)
            let upcoming = times.filter { !$0.isPast && ($0.date.map { $0 >= context.date } ?? true) }
            if !times.isEmpty && upcoming.isEmpty { return nil }
            let time = upcoming.first { $0.date != nil } ?? upcoming.first
            if time == nil && Self.pastCueSet.occurs(in: padded) { return nil }
            return AgendaItem(
                date: time?.date, when: time?.phrase ?? "upcoming", text: sentence.text,
                sources: [sentence.ref.source], provenance: [sentence.ref],
                location: Self.location(in: sentence.text, tokens: tokens), participants: []
            )
        }
        // Sentences are read on every core, a block at a time; items stay in corpus order. A
        // block keeps only the items it finds: an item for every sentence, nearly all empty,
        // was the largest array of a 100,000-article run.
        let sentences = context.corpus.sentences
        // Whether a sentence's words may announce an event, read once a text: a sentence
        // reprinted word for word takes its original's answer. (The byte search first: it
        // turns most sentences away for less than tokenizing.)
        let mayAnnounce = context.analysis.textOriginals.values(grain: 1_024) { index in
            let text = sentences[index].text
            let padded = " " + text.lowercased() + " "
            return Self.futureCueSet.occurs(in: padded) && !Self.isJudgement(padded) && !TenseDisagreementFinder.eventKinds(text).isEmpty
        }
        let blocks = blockRanges(count: sentences.count, size: 1_024).parallelMap(grain: 1) { block in
            block.compactMap { index in
                mayAnnounce[index] ? item(sentences[index]).map { Candidate(item: $0, sentence: index) } : nil
            }
        }
        return blocks.joinedInParallel()
    }

    /// The agenda made of `candidates` (``candidates(in:)``): the best-ranked of them get
    /// their participants, named among `actors`, and are merged into one item per event.
    func extract(from context: ExtractionContext, candidates: [Candidate], actors: [Actor], scores: [Double]) -> [AgendaItem] {
        let matcher = ActorMatcher(actors: actors.filter { $0.kind != .place })  // places are where, not who
        let countryNames = NameLexicon.countries.union(NameLexicon.countryAliases.map { $0[0].lowercased() })
        // Only the candidates merged need their participants.
        let order = Array(
            candidates.indices.sorted { (scores[candidates[$0].sentence], -$0) > (scores[candidates[$1].sentence], -$1) }
                .prefix(maximumCandidates))
        let named = order.parallelMap { index in
            matcher.actors(in: WordToken.tokenize(candidates[index].item.text)).filter { !countryNames.contains($0.lowercased()) }
        }
        var items = candidates
        for (index, participants) in zip(order, named) { items[index].item.participants = participants }
        var documentOrder: [String: Int] = [:]
        for (index, document) in context.corpus.documents.enumerated() where documentOrder[document.id] == nil {
            documentOrder[document.id] = index
        }
        return Array(
            mergeVague(merge(items, order: order, context: context), date: context.date, order: documentOrder).prefix(maximumItems))
    }

    /// True when the sentence's only word of a time to come is "will be" before a noun
    /// phrase: a judgement of what something will be ("the visit will be a crucial test of…"),
    /// not an event ("will be held", "will be in Brussels").
    static func isJudgement(_ padded: String) -> Bool {
        guard let range = padded.firstByteRange(of: " will be ") else { return false }
        let next = padded[range.upperBound...].prefix { $0.isLetter }
        guard ["a", "an", "the", "one", "no", "seen"].contains(next) else { return false }
        return !futureCueSet.occurs(in: padded.replacingCharacters(in: range, with: " "))
    }

    /// When, as written, leaves the day open within the days to come ("this week", "in the
    /// coming days", or no time at all).
    static func isVague(_ when: String) -> Bool {
        let lower = when.lowercased()
        return lower == "upcoming" || lower.contains("this week") || lower.contains("coming days") || lower == "soon"
    }

    /// Items whose time is vague join an item of the same event: at the same place, and of
    /// the same kind or with someone in common, on a day within the week (or undated too, where
    /// one that names no one joins any); the one with the most in common. The joined item keeps its day and wording and gains
    /// the sources.
    /// `order`: each source id's place in the corpus, for the joined sources' order.
    func mergeVague(_ items: [AgendaItem], date: BriefDate, order: [String: Int]) -> [AgendaItem] {
        var result = items
        var removed: Set<Int> = []
        let kinds = items.map { TenseDisagreementFinder.eventKinds($0.text) }
        for (index, item) in items.enumerated() where item.date == nil && Self.isVague(item.when) {
            guard let place = item.location?.lowercased() else { continue }
            let candidates = items.indices.filter { other in
                guard other != index, !removed.contains(other), items[other].location?.lowercased() == place else { return false }
                if let day = items[other].date, day.adding(days: -7) > date { return false }
                let people = Set(items[other].participants)
                // Two undated items at one place are one event unless they name different people.
                return !kinds[other].isDisjoint(with: kinds[index]) || !people.isDisjoint(with: item.participants)
                    || (items[other].date == nil && (people.isEmpty || item.participants.isEmpty))
            }
            func shared(_ other: Int) -> Int {
                kinds[other].intersection(kinds[index]).count * 2 + Set(items[other].participants).intersection(item.participants).count
            }
            guard let target = candidates.max(by: { (shared($0), -$0) < (shared($1), -$1) }) else { continue }
            removed.insert(index)
            result[target].sources = Array(Set(result[target].sources + item.sources)).sorted { (order[$0] ?? 0, $0) < (order[$1] ?? 0, $1) }
            result[target].provenance = Array(Set(result[target].provenance + item.provenance)).sorted()
            for name in item.participants where !result[target].participants.contains(name) { result[target].participants.append(name) }
        }
        return result.indices.filter { !removed.contains($0) }.map { result[$0] }
    }

    static let travelVerbs: Set<String> = ["travel", "travels", "travelling", "traveling", "heads", "head", "fly", "flies", "go", "goes", "return", "returns"]
    static let phraseStops: Set<String> = [
        "on", "for", "with", "to", "where", "which", "who", "amid", "as", "after", "before", "during", "and", "but",
        "this", "next", "that", "in", "at", "by", "from", "following", "while", "when", "since", "over",
    ]

    /// Where the event happens: the first "in …" or "at …" place after the event word
    /// ("at the British ambassador’s official residence"), or "to …" after a verb of travel.
    /// `tokens` are the text's, as `WordToken.tokenize` gives them.
    static func location(in text: String, tokens: [WordToken]) -> String? {
        guard let event = tokens.firstIndex(where: { eventWords.contains($0.lowercased) }) else { return nil }
        for i in event..<tokens.count where i + 1 < tokens.count {
            let word = tokens[i].lowercased
            guard word == "in" || word == "at" || (word == "to" && i > 0 && travelVerbs.contains(tokens[i - 1].lowercased)) else { continue }
            var j = i + 1
            if tokens[j].lowercased == "the" { j += 1 }
            guard j < tokens.count, tokens[j].isCapitalized, !tokens[j].isPunctuation,
                !BriefDate.weekdayWords.contains(tokens[j].lowercased), !BriefDate.monthWords.contains(tokens[j].lowercased)
            else { continue }
            var end = j
            while end + 1 < tokens.count, end - j < 6 {
                let next = tokens[end + 1]
                if next.isPunctuation || phraseStops.contains(next.lowercased) || StopWords.english.contains(next.lowercased) { break }
                end += 1
            }
            return String(text[tokens[i + 1].range.lowerBound..<tokens[end].range.upperBound])
        }
        return nil
    }

    /// The stems of the event words in `text` ("meeting" and "meet" are both "meet").
    static func eventStems(_ text: String) -> Set<String> {
        Set(Tokenizer.words(text).filter { eventWords.contains($0) }.map(PorterStemmer.stem))
    }

    /// One item per event: items on the same day that report the same thing join, credited
    /// to every source; the best-ranked sentence is the one shown. Sorted by date, undated last.
    /// `order`: the items merged, best-ranked first.
    private func merge(_ items: [Candidate], order: [Int], context: ExtractionContext) -> [AgendaItem] {
        let analysis = context.analysis
        var groups: [[Int]] = []
        var groupsByDate: [BriefDate?: [Int]] = [:]
        // Each candidate's event stems and participants, computed once (not per comparison).
        var stems: [Int: Set<String>] = [:]
        var participants: [Int: Set<String>] = [:]
        for index in order {
            stems[index] = Self.eventStems(items[index].item.text)
            participants[index] = Set(items[index].item.participants)
        }
        for index in order {
            let sentence = items[index].sentence
            let date = items[index].item.date
            if let group = groupsByDate[date, default: []].first(where: { group in
                let leaderIndex = groups[group][0]
                let leader = items[leaderIndex]
                if analysis.isSameFact(leader.sentence, sentence, threshold: 0.3) { return true }
                // A dated event reported in other words: the same kind of event, and no one
                // named on one side that the other names differently.
                let a = participants[leaderIndex]!, b = participants[index]!
                return leader.item.date != nil && !stems[leaderIndex]!.isDisjoint(with: stems[index]!)
                    && (a.isEmpty || b.isEmpty || !a.isDisjoint(with: b))
            }) {
                groups[group].append(index)
            } else {
                groupsByDate[date, default: []].append(groups.count)
                groups.append([index])
            }
        }
        let merged = groups.map { members -> (AgendaItem, Int) in
            var item = items[members[0]].item
            item.sources = context.sourceIDs(members.map { context.corpus.sentences[items[$0].sentence].documentIndex })
            item.provenance = Array(Set(members.flatMap { items[$0].item.provenance })).sorted()
            var participants = item.participants
            for member in members { for name in items[member].item.participants where !participants.contains(name) { participants.append(name) } }
            item.participants = participants
            return (item, members.map { items[$0].sentence }.min()!)
        }
        return merged.sorted { a, b in
            switch (a.0.date, b.0.date) {
            case let (x?, y?) where x != y: return x < y
            case (.some, nil): return true
            case (nil, .some): return false
            default: return a.1 < b.1
            }
        }.map(\.0)
    }
}

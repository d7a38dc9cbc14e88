/// Finds events that one source lists as coming and another reports as past: an agenda item,
/// and a sentence of a source the item does not credit that names two of its participants
/// (or one and its place), tells of an event of the same kind ("a speech to Congress" for
/// "will address Congress"), and is in the past tense with no word of a time to come and
/// none that puts the event ahead ("ahead of his visit").
struct TenseDisagreementFinder {
    struct Found {
        var item: AgendaItem
        /// The sentence that reports the event as past.
        var past: Int
    }

    static let pastVerbs: Set<String> = AttributionWords.irregularPastVerbs.union([
        "was", "were", "had", "did", "said", "met", "spoke", "gave", "made", "told", "held",
    ])

    func find(in context: ExtractionContext, agenda: [AgendaItem]) -> [Found] {
        let sentences = context.corpus.sentences
        let scheduled = Set(agenda.flatMap(\.provenance))
        var found: [Found] = []
        var used: Set<Int> = []
        // The words that name each item's participants and place ("Trump", "Congress"), for
        // the items with two or more; each such word gets a number.
        let itemNames = agenda.map { item -> Set<String>? in
            var names = Set(item.participants.compactMap { $0.split(separator: " ").last.map(String.init) })
            if let place = item.location?.split(separator: " ").last.map(String.init), place.first?.isUppercase == true {
                names.insert(place)
            }
            return names.count >= 2 ? names : nil
        }
        let nameNumbers = WordTable<Int32>(
            Dictionary(uniqueKeysWithValues: Set(itemNames.compactMap { $0 }.joined()).sorted().enumerated().map { ($1, Int32($0)) }))
        guard nameNumbers.count > 0 else { return [] }
        // Once per sentence, on every core: the kinds of event a past sentence tells of (nil
        // for a sentence that is not past or puts its event ahead), and the names it holds, by
        // number, each once.
        // (Once a class of copies, unless its representative is a candidate.)
        let told = context.analysis.copies.values(grain: 256) { i -> (kinds: Set<String>, names: [Int32])? in
            let text = sentences[i].text
            let kinds = Self.eventKinds(text)
            guard !kinds.isEmpty else { return nil }
            let padded = " " + text.lowercased() + " "
            guard !AgendaExtractor.futureCueSet.occurs(in: padded), !Self.beforeCueSet.occurs(in: padded), Self.isPast(text)
            else { return nil }
            var names: [Int32] = []
            LetterRuns.forEach(in: text) { word in
                var word = word
                if let number = word.withUTF8({ nameNumbers[bytes: $0] }), !names.contains(number) { names.append(number) }
            }
            return (kinds, names)
        }
        let candidates = told.indices.map { i in told[i].flatMap { scheduled.contains(sentences[i].ref) ? nil : $0 } }
        // Which candidates hold each name, so an item looks only at those naming its participants.
        var holding = [[Int]](repeating: [], count: nameNumbers.count)
        for (index, candidate) in candidates.enumerated() {
            for number in candidate?.names ?? [] { holding[Int(number)].append(index) }
        }
        for (item, names) in zip(agenda, itemNames) {
            guard let names else { continue }
            let credited = Set(item.sources)
            let kinds = Self.eventKinds(item.text)
            // The candidates naming at least two of them, in corpus order.
            var named: [Int: Int] = [:]
            for name in names { for index in holding[Int(nameNumbers[name]!)] { named[index, default: 0] += 1 } }
            let naming = named.compactMap { $0.value >= 2 ? $0.key : nil }.sorted()
            for index in naming where !used.contains(index) && !credited.contains(sentences[index].ref.source) {
                let candidate = candidates[index]!
                guard !candidate.kinds.isDisjoint(with: kinds) else { continue }
                used.insert(index)
                found.append(Found(item: item, past: index))
                break
            }
        }
        return found
    }

    /// Words that put an event still ahead of what the sentence tells ("as he prepares for
    /// his visit, he said…").
    static let beforeCueSet = PhraseSet([
        " ahead of ", " before his ", " before her ", " before their ", " before the ", " prepares for ", " preparing for ",
        " forthcoming ", " upcoming ", " planned ", " expected ",
    ])

    /// Event words that name the same kind of event ("address" and "speech").
    static let sameKind: [String: String] = [
        "speech": "address", "meeting": "meet", "talks": "meet", "trip": "visit", "travel": "visit", "travels": "visit",
        "summits": "summit", "conference": "summit", "votes": "vote", "referendum": "vote", "elections": "election",
    ]

    /// The kinds of event `text` tells of.
    static func eventKinds(_ text: String) -> Set<String> {
        var kinds = Set<String>()
        Tokenizer.forEachWord(in: text) { word in
            if let kind = kindOfEventWord[bytes: word] { kinds.insert(kind) }
        }
        return kinds
    }

    /// The kind of event each event word names, looked up by a word's bytes: every sentence
    /// is asked, and most have none.
    private static let kindOfEventWord = WordTable<String>(
        Dictionary(uniqueKeysWithValues: AgendaExtractor.eventWords.map { ($0, sameKind[$0] ?? PorterStemmer.stem($0)) }))

    /// True when `text` has a verb in the past tense: an irregular one, or a word ending in
    /// "-ed" that is not an adjective before a noun ("the proposed deal"). Read by the words'
    /// bytes: most sentences of a big corpus are asked.
    static func isPast(_ text: String) -> Bool {
        var past = false
        var isFirst = true
        var afterDeterminer = false
        Tokenizer.forEachWord(in: text) { word in
            defer {
                isFirst = false
                afterDeterminer = determiners.contains(bytes: word)
            }
            guard !past else { return }
            if pastVerbTable.contains(bytes: word) {
                past = true
            } else if !isFirst, !afterDeterminer, word.count >= 2, word[word.count - 2] == UInt8(ascii: "e"),
                word[word.count - 1] == UInt8(ascii: "d")
            {
                // More than four characters (a byte each, unless the word is not ASCII).
                past = word.count > 4 && (word.allSatisfy { $0 < 0x80 } || String(decoding: word, as: UTF8.self).count > 4)
            }
        }
        return past
    }

    private static let pastVerbTable = WordTable<Bool>(Dictionary(uniqueKeysWithValues: pastVerbs.map { ($0, true) }))
    /// Words before which an "-ed" word is an adjective ("the proposed deal").
    private static let determiners = WordTable<Bool>(
        Dictionary(uniqueKeysWithValues: ["the", "a", "an", "his", "her", "their", "its"].map { ($0, true) }))
}

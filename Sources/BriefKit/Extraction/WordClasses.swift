/// Which of the name-finding word lists a lower-case word is on, found with one look-up
/// instead of one per list (mention finding asks several of them for every capitalised word).
struct WordClasses: OptionSet, Sendable {
    let rawValue: UInt16

    init(rawValue: UInt16) { self.rawValue = rawValue }

    static let role = WordClasses(rawValue: 1 << 0)
    /// On ``NameLexicon/honorifics`` once its dots are removed ("Mr." is "mr").
    static let honorific = WordClasses(rawValue: 1 << 1)
    static let calendar = WordClasses(rawValue: 1 << 2)
    static let stopWord = WordClasses(rawValue: 1 << 3)
    static let sentenceOpener = WordClasses(rawValue: 1 << 4)
    static let particle = WordClasses(rawValue: 1 << 5)
    static let nationality = WordClasses(rawValue: 1 << 6)
    static let country = WordClasses(rawValue: 1 << 7)
    static let place = WordClasses(rawValue: 1 << 8)
    static let organizationWord = WordClasses(rawValue: 1 << 9)

    /// Every listed word with its lists.
    private static let table: WordTable<WordClasses> = {
        var table: [String: WordClasses] = [:]
        let lists: [(Set<String>, WordClasses)] = [
            (NameLexicon.roleWords, .role), (NameLexicon.honorifics, .honorific), (NameLexicon.calendarWords, .calendar),
            (StopWords.english, .stopWord), (NameLexicon.sentenceOpeners, .sentenceOpener),
            (NameLexicon.nameParticles, .particle), (NameLexicon.nationalities, .nationality),
            (NameLexicon.countries, .country), (NameLexicon.places, .place),
            (NameLexicon.organizationWords, .organizationWord),
        ]
        for (words, classes) in lists {
            for word in words { table[word, default: []].insert(classes) }
        }
        return WordTable(table)
    }()

    /// The lists the lower-case word `lower` is on.
    init(of lower: String) {
        let classes = Self.table[lower] ?? []
        guard lower.utf8.contains(UInt8(ascii: ".")) else {
            self = classes
            return
        }
        // Honorifics are looked up without their dots; the other lists with them.
        let honorific = Self.table[lower.replacingDots]?.contains(.honorific) ?? false
        self = classes.subtracting(.honorific).union(honorific ? .honorific : [])
    }
}

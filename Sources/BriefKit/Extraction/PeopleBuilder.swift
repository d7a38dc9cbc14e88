/// Clusters person mentions into people.
struct PeopleBuilder {
    final class Person {
        let nameWords: [String]
        var knighthood: String? { didSet { displayName = Self.displayName(nameWords, knighthood) } }
        /// The name shown: with a knighthood ("Sir Keir Starmer"), kept up to date.
        private(set) var displayName: String
        var roles: [String] = []
        /// The forms the person is written in, each once, in order of first use.
        var surfaces: [String] = []
        var surfaceSet: Set<String> = []
        /// The person's mentions, as places in the builder's ``PeopleBuilder/all``.
        var mentions: [Int] = []
        /// The document of each of ``mentions``, kept beside them: finding it from a place in
        /// ``PeopleBuilder/all`` is a search, done for every mention of every person.
        var mentionDocuments: [Int32] = []
        /// The order in which people were found: ties go to the first.
        let order: Int
        /// Whether a single name picks this person, by surname and by first name (see
        /// ``PeopleBuilder/offer(_:)``).
        var isBestBySurname = false
        var isBestByFirstName = false
        let surname: String
        let firstName: String
        /// The first name's letters only ("j. d." -> "jd").
        let firstNameLetters: String
        init(nameWords: [String], order: Int) {
            self.nameWords = nameWords
            self.order = order
            let keys = NameKeys(nameWords)
            surname = keys.surname
            firstName = nameWords.first?.lowercased() ?? ""
            firstNameLetters = keys.firstLetters
            displayName = Self.displayName(nameWords, nil)
        }

        private static func displayName(_ nameWords: [String], _ knighthood: String?) -> String {
            ((knighthood.map { [$0] } ?? []) + nameWords).joined(separator: " ")
        }
    }

    var people: [Person] = []
    var resolvedMentions: [ResolvedMention] = []
    /// Every mention added (people keep their mentions as places in it).
    private var all = JoinedArrays<NameMention>([])
    /// The paragraphs the mentions were found in.
    private var paragraphs: [[ExtractionContext.Paragraph]] = []
    /// The person a single name picks, by lower-case surname and by lower-case first name:
    /// the most mentioned, then the fullest name, then the first found. Kept up to date as
    /// people are found and mentioned (counts only grow, so only the one mentioned can overtake).
    private var bestBySurname: [String: Person] = [:]
    private var bestByFirstName: [String: Person] = [:]
    /// The first person found with each surname and first-name initial; the first with each
    /// surname and initial whose first name is an initial or two ("J. D."); the first with each
    /// surname and exact first name. A full name matches one of these three (see
    /// ``person(fullName:)``), so finding it takes no search however many share a surname.
    private var firstBySurnameAndInitial: [String: Person] = [:]
    private var firstWithInitialsBySurnameAndInitial: [String: Person] = [:]
    private var firstBySurnameAndFirstName: [String: Person] = [:]

    @discardableResult
    private mutating func newPerson(_ words: [String]) -> Person {
        let person = Person(nameWords: words, order: people.count)
        people.append(person)
        offer(person)
        let initialKey = Self.key(person.surname, person.firstNameLetters.prefix(1))
        if firstBySurnameAndInitial[initialKey] == nil { firstBySurnameAndInitial[initialKey] = person }
        if person.firstNameLetters.count <= 2 && firstWithInitialsBySurnameAndInitial[initialKey] == nil {
            firstWithInitialsBySurnameAndInitial[initialKey] = person
        }
        let nameKey = Self.key(person.surname, person.firstNameLetters[...])
        if firstBySurnameAndFirstName[nameKey] == nil { firstBySurnameAndFirstName[nameKey] = person }
        return person
    }

    private static func key(_ surname: String, _ first: Substring) -> String {
        surname + "\u{0}" + first
    }

    /// Adds `all`, the mentions found in `paragraphs` (which give their sentences' references).
    mutating func add(_ all: JoinedArrays<NameMention>, in paragraphs: [[ExtractionContext.Paragraph]]) {
        self.paragraphs = paragraphs
        // People are the full names (two words or more) that something marks as a person, and
        // single names with a title or honorific that no full name covers.
        self.all = all
        // At most one resolved mention each: room made once, not by doubling millions.
        resolvedMentions.reserveCapacity(resolvedMentions.count + all.count)
        // Only person and bare-name mentions can be people: they alone get look-up keys (made
        // once, on every core) and a found person, in mention order, read beside the mentions
        // with a cursor.
        let keys = JoinedArrays(all.parts.parallelMap(grain: 1) { $0.compactMap { Self.canNamePerson($0) ? NameKeys($0) : nil } })
        var evidence = Set<String>()
        for (mention, key) in zip(all.lazy.filter(Self.canNamePerson), keys) where mention.kind == .person {
            evidence.insert(key.surname)
        }
        // The person each full name found here is the one it finds below: look-ups by full
        // name keep the first person with a key, and a later one never outranks an earlier.
        var found = [Person?](repeating: nil, count: keys.count)
        for (position, (mention, key)) in zip(all.lazy.filter(Self.canNamePerson), keys).enumerated() {
            guard mention.nameWordCount >= 2, evidence.contains(key.surname) else { continue }
            if let person = person(fullName: key) {
                found[position] = person
            } else {
                found[position] = newPerson(mention.name)
            }
        }
        for (mention, key) in zip(all.lazy.filter(Self.canNamePerson), keys) where mention.kind == .person && mention.nameWordCount == 1 {
            if person(single: mention, key: key) == nil { newPerson(mention.name) }
        }

        var unresolvedRoles: [Int] = []
        var nameKeys = keys.makeIterator()
        var position = 0
        for (index, mention) in all.enumerated() {
            switch mention.kind {
            case .person, .bareName:
                guard let key = nameKeys.next() else { preconditionFailure("a key for each person or bare-name mention") }
                defer { position += 1 }
                let person =
                    mention.nameWordCount >= 2 ? found[position] ?? self.person(fullName: key) : self.person(single: mention, key: key)
                guard let person else { continue }
                attach(index, mention, to: person)
                if let honorific = mention.honorific, NameLexicon.nameKeepingHonorifics.contains(honorific.lowercased()),
                    mention.nameWordCount >= 2
                {
                    person.knighthood = honorific
                }
                if let role = mention.role { person.roles.append(role) }
            case .roleOnly:
                unresolvedRoles.append(index)
            case .organization, .place:
                continue
            }
        }
        var holders: [String: Set<Int>] = [:]
        for person in people {
            for role in Set(Set(person.roles).map(Self.roleKey)) { holders[role, default: []].insert(person.order) }
        }
        for index in unresolvedRoles {
            guard let role = all[index].role, let only = holders[Self.roleKey(role)], only.count == 1 else { continue }
            attach(index, all[index], to: people[only.first!])
        }
    }

    /// True for the mentions that can name a person: person and bare-name mentions.
    private static func canNamePerson(_ mention: NameMention) -> Bool {
        mention.kind == .person || mention.kind == .bareName
    }

    /// Attaches `mention`, the mention at `index` in ``all``, to `person`.
    private mutating func attach(_ index: Int, _ mention: NameMention, to person: Person) {
        person.mentions.append(index)
        person.mentionDocuments.append(Int32(clamping: mention.documentIndex))
        offer(person)
        let surface = mention.surface
        if person.surfaceSet.insert(surface).inserted { person.surfaces.append(surface) }
        resolvedMentions.append(
            ResolvedMention(
                actorName: person.displayName, documentIndex: mention.documentIndex,
                paragraphIndex: mention.paragraphIndex, range: mention.range,
                ref: mention.ref(in: paragraphs), possessive: mention.possessive))
    }

    /// A name's look-up keys: its last word in lower case, and its first word's letters.
    struct NameKeys: Sendable {
        let surname: String
        let firstLetters: String

        init(_ words: [String]) {
            self.init(first: words.first ?? "", last: words.last ?? "")
        }

        /// The keys of a mention's name.
        init(_ mention: NameMention) {
            self.init(first: mention.firstNameWord, last: mention.lastNameWord)
        }

        private init(first: some StringProtocol, last: some StringProtocol) {
            surname = last.lowercased()
            firstLetters = PeopleBuilder.letters(of: first.lowercased())
        }
    }

    /// The person with this full name: same surname, and first names that agree (or one is
    /// the other's initial: "J. D. Vance" and "JD Vance").
    ///
    /// The first person found (same surname) whose first name `other` satisfies: `other ==
    /// first`, or the same initial and either is at most two letters. For a first name of two
    /// letters or fewer that is anyone with the initial; for a longer one, the earlier of the
    /// first with the same first name and the first whose first name is initials.
    private func person(fullName key: NameKeys) -> Person? {
        let first = key.firstLetters
        let initialKey = Self.key(key.surname, first.prefix(1))
        if first.count <= 2 { return firstBySurnameAndInitial[initialKey] }
        let sameName = firstBySurnameAndFirstName[Self.key(key.surname, first[...])]
        let initials = firstWithInitialsBySurnameAndInitial[initialKey]
        guard let sameName, let initials else { return sameName ?? initials }
        return sameName.order < initials.order ? sameName : initials
    }

    /// The person a single name refers to: by surname, or by first name after a knighthood
    /// ("Sir Keir"); the most mentioned when several share it. `key` is the mention's
    /// ``NameKeys``, made on every core: a single name's surname key is its one word in
    /// lower case.
    private func person(single mention: NameMention, key: NameKeys) -> Person? {
        let word = key.surname
        let knighted = mention.honorific.map { NameLexicon.nameKeepingHonorifics.contains($0.lowercased()) } ?? false
        let bySurname = bestBySurname[word]
        guard knighted, let byFirstName = bestByFirstName[word] else { return bySurname }
        guard let bySurname else { return byFirstName }
        return Self.outranks(byFirstName, bySurname) ? byFirstName : bySurname
    }

    /// Whether a single name should pick `a` over `b`.
    private static func outranks(_ a: Person, _ b: Person) -> Bool {
        (a.mentions.count, a.nameWords.count, -a.order) > (b.mentions.count, b.nameWords.count, -b.order)
    }

    /// Records that `person` is new or has one more mention. The best stays the best as its
    /// count grows, so only someone else's mention needs a look-up.
    private mutating func offer(_ person: Person) {
        if !person.isBestBySurname, bestBySurname[person.surname].map({ Self.outranks(person, $0) }) ?? true {
            bestBySurname[person.surname]?.isBestBySurname = false
            bestBySurname[person.surname] = person
            person.isBestBySurname = true
        }
        if !person.isBestByFirstName, bestByFirstName[person.firstName].map({ Self.outranks(person, $0) }) ?? true {
            bestByFirstName[person.firstName]?.isBestByFirstName = false
            bestByFirstName[person.firstName] = person
            person.isBestByFirstName = true
        }
    }

    /// The letters of `word` ("j.d." -> "jd").
    static func letters(of word: String) -> String {
        var letters = String.UnicodeScalarView()
        for scalar in word.unicodeScalars where scalar.isAlphabeticFast { letters.append(scalar) }
        return String(letters)
    }

    /// A role without nationality and case: "British Prime Minister" -> "prime minister".
    static func roleKey(_ role: String) -> String {
        role.lowercased().split(separator: " ").filter {
            !NameLexicon.nationalities.contains(String($0)) && !NameLexicon.countries.contains(String($0))
        }.joined(separator: " ")
    }

    func candidates() -> [ActorCandidate] {
        let all = self.all
        return people.filter { !$0.mentions.isEmpty }.map { person in
            let name = person.displayName
            let aliases = person.surfaces.filter { $0 != name }
            let documents = Set(person.mentionDocuments.map(Int.init))
            let outline = Actor(
                name: name, kind: .person, role: nil, aliases: aliases, mentions: person.mentions.count,
                sources: [])
            return ActorCandidate(outline: outline, documents: documents) { context in
                var actor = outline
                actor.role = Self.mostSpecific(person.roles)
                actor.sources = context.sourceIDs(documents)
                actor.provenance = Array(Set(person.mentions.map { all[$0].ref(in: context.paragraphs) })).sorted()
                return actor
            }
        }
    }

    /// The role with the most words; ties go to the most frequent, then the first. Case
    /// variants count together and show in their most capitalised form.
    static func mostSpecific(_ roles: [String]) -> String? {
        // Each distinct spelling once, in order of first use, with how often it occurs.
        var spellingCounts: [String: Int] = [:]
        var spellings: [String] = []
        for role in roles {
            if spellingCounts[role] == nil { spellings.append(role) }
            spellingCounts[role, default: 0] += 1
        }
        var counts: [String: Int] = [:]
        var forms: [String: String] = [:]
        var order: [String] = []
        for role in spellings {
            let key = role.lowercased()
            if counts[key] == nil { order.append(key) }
            counts[key, default: 0] += spellingCounts[role]!
            let capitals = { (s: String) in s.filter(\.isUppercase).count }
            if forms[key].map({ capitals(role) > capitals($0) }) ?? true { forms[key] = role }
        }
        let best = order.enumerated().max { a, b in
            let ka = (a.element.split(separator: " ").count, counts[a.element]!, -a.offset)
            let kb = (b.element.split(separator: " ").count, counts[b.element]!, -b.offset)
            return ka < kb
        }
        return best.flatMap { forms[$0.element] }
    }
}

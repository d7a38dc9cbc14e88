/// Turns the speaker phrase a quote's attribution gives into the speaker a brief shows, with
/// its kind.
///
/// - A phrase whose head is a name is that name, titles and honorifics aside ("Sen. Claire
///   McCaskill (D-Mo.)" is Claire McCaskill; "White House press secretary Josh Earnest" is
///   Josh Earnest), joined to the corpus's person of that name or surname ("Mr. Obama" is
///   Barack Obama when the corpus names him). Names with an organisation word, known bodies
///   and countries are organisations.
/// - A phrase whose head is a common noun is a description, kept as written ("a Downing Street
///   spokesperson", "the ministry"), unless it is a named person's document ("Zelensky’s
///   letter" is Volodymyr Zelensky).
/// - "he" or "she" is the subject of the most recent sentence before it that names a person.
struct SpeakerNaming {
    /// An earlier quote's speaker, where the quote opens: a pronoun after it may stand for them.
    struct EarlierSpeaker {
        var paragraph: Int
        var position: String.Index
        var name: String
        var kind: Quote.SpeakerKind
    }

    let paragraphs: [String]
    /// The paragraphs with their sentences.
    let document: [ExtractionContext.Paragraph]
    /// For the subjects of sentences that name no known person.
    let resolver: SpeakerResolver
    /// Person mentions outside quotes by paragraph, each list in order.
    private let mentionsByParagraph: [Int: [ResolvedMention]]
    /// The mentions that are not possessives, in document order (pronouns resolve to these).
    private let subjects: [ResolvedMention]
    /// The corpus's actors, looked up by name.
    let directory: SpeakerDirectory
    /// This document's people (by its person mentions), lower-cased, to the name shown.
    private let localPeople: [String: String]
    /// This document's people by surname, lower-cased.
    private let localSurnames: [String: Set<String>]
    /// What the text says of each person's grammatical gender (positive for "he", negative
    /// for "she"), worked out the first time a pronoun needs it.
    private let genderCache = GenderCache()

    /// `mentions`: the document's person mentions outside quotes, in document order.
    /// `texts`: the paragraphs' texts.
    init(
        paragraphs: [ExtractionContext.Paragraph], texts: [String], resolver: SpeakerResolver, mentions: [ResolvedMention],
        directory: SpeakerDirectory
    ) {
        document = paragraphs
        self.paragraphs = texts
        self.resolver = resolver
        self.directory = directory
        mentionsByParagraph = Dictionary(grouping: mentions, by: \.paragraphIndex)
        subjects = mentions.filter { !$0.possessive }
        var people: [String: String] = [:]
        var bySurname: [String: Set<String>] = [:]
        for name in Set(mentions.map(\.actorName)) {
            people[name.lowercased()] = name
            // A space is looked for in the bytes (`contains(" ")` is a Foundation search).
            if name.utf8.contains(UInt8(ascii: " ")), let last = name.split(separator: " ").last {
                bySurname[last.lowercased(), default: []].insert(name)
            }
        }
        localPeople = people
        localSurnames = bySurname
        genderCache.mentions = mentions
    }

    /// The person named `lowercased` in full or by an alias, in this document or the corpus.
    private func person(named lowercased: String) -> String? {
        directory.people[lowercased] ?? localPeople[lowercased]
    }

    /// The one person of this document and the corpus's actors with this surname.
    private func person(surname lowercased: String) -> String? {
        let names = (directory.surnames[lowercased] ?? []).union(localSurnames[lowercased] ?? [])
        return names.count == 1 ? names.first : nil
    }

    private var gender: [String: Int] {
        if let known = genderCache.evidence { return known }
        let evidence = Self.genderEvidence(paragraphs: paragraphs, mentions: genderCache.mentions)
        genderCache.evidence = evidence
        return evidence
    }

    /// The speaker `speaker` names, or nil when it names no one; `earlier` are the speakers of
    /// the document's quotes before it, in order.
    func name(_ speaker: SpeakerResolver.Speaker, earlier: [EarlierSpeaker] = []) -> (name: String, kind: Quote.SpeakerKind)? {
        switch speaker {
        case .nobody: return nil
        case .pronoun(let paragraph, let index): return antecedent(ofPronounAt: index, in: paragraph, earlier: earlier)
        case .phrase(let paragraph, let range): return name(phrase: range, in: paragraph)
        }
    }

    /// The name or description a noun phrase gives.
    private func name(phrase range: Range<String.Index>, in paragraph: Int) -> (name: String, kind: Quote.SpeakerKind)? {
        let text = paragraphs[paragraph]
        var tokens = WordToken.tokenize(text, in: range)
        // Parenthetical asides ("(D-Mo.)") are not part of a name.
        while let open = tokens.firstIndex(where: { $0.text == "(" }) {
            let close = tokens[open...].firstIndex { $0.text == ")" } ?? tokens.count - 1
            tokens.removeSubrange(open...close)
        }
        // Nor is a nickname in quote marks (`Teresa “Tess” Morgan` is Teresa Morgan).
        tokens = Nicknames.removed(from: tokens)
        // "Cameron Easley for Morning Consult", "Dan McLaughlin at the National Review": a
        // person's name, then where they work; not "Ministry of Defence" or "Secretary of State".
        if let link = tokens.indices.first(where: { i in
            i > 0 && ["for", "at", "of", "from", "with"].contains(tokens[i].lowercased) && tokens[i - 1].isCapitalized
                && !NameLexicon.organizationWords.contains(tokens[i - 1].lowercased)
                && !AttributionWords.titles.contains(tokens[i - 1].lowercased)
                && tokens[..<i].filter({ $0.isCapitalized }).count >= 2
        }) {
            tokens.removeSubrange(link...)
        }
        guard let headIndex = tokens.lastIndex(where: { !$0.isPunctuation }) else { return nil }
        let head = tokens[headIndex]
        if !head.isCapitalized || NameLexicon.nationalities.contains(head.lowercased) {
            // A document of a named person: its author.
            if AttributionWords.documentNouns.contains(head.lowercased),
                let possessor = tokens[..<headIndex].lastIndex(where: { $0.possessive && $0.isCapitalized })
            {
                var start = possessor
                while start > 0, tokens[start - 1].isCapitalized, !tokens[start - 1].possessive { start -= 1 }
                return name(run: Array(tokens[start...possessor]), in: paragraph)
            }
            // A person the phrase names as its subject ("Foreign Minister Anna Berg spoke"), not
            // one it names after "of" or "for" ("a spokesman for Ms Berg").
            if let mention = tokens.indices.lazy.compactMap({ i -> ResolvedMention? in
                guard tokens[i].isCapitalized, !tokens[i].possessive,
                    i == 0 || !["of", "for", "at", "to", "with", "by"].contains(tokens[i - 1].lowercased)
                else { return nil }
                return self.mention(in: paragraph, at: tokens[i].range)
            }).first, !mention.possessive {
                return (mention.actorName, .person)
            }
            let written = description(text[tokens[0].range.lowerBound..<head.range.upperBound])
            // "in 2010 said": a number is no one.
            guard written.contains(where: \.isLetter) else { return nil }
            if let holder = roleHolder(written) { return (holder, .person) }
            return (written, .description)
        }
        // The run of capitalised words that ends at the head.
        var start = headIndex
        while start > 0 {
            let previous = tokens[start - 1]
            let joins =
                previous.isCapitalized || NameLexicon.nameParticles.contains(previous.lowercased)
                || SpeakerResolver.isAbbreviationDot(tokens, start - 1)
            guard joins, !previous.possessive else { break }
            start -= 1
        }
        let definite = start > 0 && tokens[start - 1].lowercased == "the"
        return name(run: Array(tokens[start...headIndex]), in: paragraph, definite: definite)
    }

    /// The speaker a run of capitalised words names.
    /// `definite`: "the" stands before the run ("the Times" is an organisation, "Times" need not be).
    private func name(run: [WordToken], in paragraph: Int, definite: Bool = false) -> (name: String, kind: Quote.SpeakerKind)? {
        var words = run.filter { !$0.isPunctuation }
        let honorific = words.count > 1 && NameLexicon.honorifics.contains(words[0].lowercased)
        // The mention the actor finder resolved there, when there is one.
        if let last = words.last, let mention = mention(in: paragraph, at: last.range) { return (mention.actorName, .person) }
        let whole = words.map(\.text).joined(separator: " ")
        if let organization = organization(definite ? "the " + whole : whole) { return (organization, .organization) }
        // Leading articles, titles and honorifics are not the name.
        while words.count > 1,
            words[0].lowercased == "the" || AttributionWords.titles.contains(words[0].lowercased)
                || NameLexicon.nationalities.contains(words[0].lowercased)
        {
            words.removeFirst()
        }
        let name = words.map(\.text).joined(separator: " ")
        // Capitalised only because they open a sentence: "Those", "But", "All"; or no word at all ("9").
        guard !name.isEmpty, name.contains(where: \.isLetter),
            !words.allSatisfy({ StopWords.english.contains($0.lowercased) || NameLexicon.sentenceOpeners.contains($0.lowercased) })
        else { return nil }
        if let organization = organization(name) { return (organization, .organization) }
        if let person = person(named: name.lowercased()) { return (person, .person) }
        if words.count == 1, let person = person(surname: name.lowercased()) { return (person, .person) }
        if words.count == 1, let full = fullName(ofSurname: name) { return (full, .person) }
        // A title alone ("the President") is no name; "Mr. King" is.
        if words.count == 1, !honorific, AttributionWords.titles.contains(name.lowercased()) { return nil }
        // One unknown capitalised word opening its sentence, never capitalised elsewhere: a
        // common noun the text writes in lower case elsewhere is a description ("Police say…");
        // before a verb of saying or thinking it is a name ("Wimes believes…"); else a word
        // capitalised for its place ("Preys on our fears and calls people “losers”").
        if words.count == 1, !honorific, let word = words.first, !word.possessive, opensSentence(word, in: paragraph),
            !isNameMidSentence(word.text)
        {
            let lower = word.lowercased
            let common = paragraphs.contains { text in
                text.range(of: " " + lower).map { found in
                    let after = text[found.upperBound...].first
                    return after.map { !$0.isLetter } ?? true
                } ?? false
            }
            if common { return (lower, .description) }
            return isSubjectOfSayingOrThinking(endingAt: word.range.upperBound, in: paragraph) ? (name, .person) : nil
        }
        return (name, .person)
    }

    /// The one person whose role a definite description names: "the US leader" is the person
    /// whose role has "US" ("US President"), "the Prime Minister" the one whose role is that.
    /// An indefinite description ("a spokesperson") names no one in particular.
    private func roleHolder(_ description: String) -> String? {
        let words = description.lowercased().split(separator: " ").map(String.init)
        guard words.count >= 2, words[0] == "the", let head = words.last, NameLexicon.roleHeads.contains(head) else { return nil }
        let modifiers = words.dropFirst().dropLast().filter { !["former", "new", "then", "acting"].contains($0) }
        // "leader" is the head of a state or government, whatever the title.
        let heads = head == "leader" ? ["leader", "president", "premier", "chancellor", "king", "queen", "prime"] : [head]
        let scored = directory.roles.map { holder -> (name: String, score: Int) in
            let shared = modifiers.filter { holder.words.contains($0) }.count
            let sameHead = heads.contains { holder.words.contains($0) } ? 1 : 0
            // Modifiers must match when there are any; the head breaks ties.
            return (holder.name, modifiers.isEmpty ? sameHead : (shared == 0 ? 0 : 2 * shared + sameHead))
        }
        guard let best = scored.map(\.score).max(), best > 0 else { return nil }
        let holders = scored.filter { $0.score == best }
        return holders.count == 1 ? holders[0].name : nil
    }

    /// The organisation `name` is, when it is one: a known organisation of the corpus, a
    /// known body, a name with an organisation word, or a country (which speaks as its government).
    private func organization(_ name: String) -> String? {
        var lower = name.lowercased()
        if lower.hasPrefix("the ") { lower.removeFirst(4) }
        if let known = directory.organizations[lower] { return known }
        let shown = name.hasPrefix("The ") || name.hasPrefix("the ") ? String(name.dropFirst(4)) : name
        // Countries and places speak as their governments: never a person.
        if NameLexicon.knownOrganizations.contains(shown.uppercased()) || NameLexicon.countries.contains(lower)
            || NameLexicon.places.contains(lower)
        {
            return shown
        }
        let words = lower.split(separator: " ")
        // "the Times", "the Treasury", "Fox News": an organisation word heads the name.
        if words.count > 1 || name.hasPrefix("the ") || name.hasPrefix("The "), let last = words.last,
            NameLexicon.organizationWords.contains(String(last))
        {
            return shown
        }
        return nil
    }

    /// A description as a brief shows it: a leading article in lower case ("the ministry").
    private func description(_ text: Substring) -> String {
        for article in ["The ", "A ", "An "] where text.hasPrefix(article) {
            return article.lowercased() + text.dropFirst(article.count)
        }
        return String(text)
    }

    /// True when a person is named in `range` of `paragraph`, outside quotes.
    func namesSomeone(_ paragraph: Int, _ range: Range<String.Index>) -> Bool {
        mentionsByParagraph[paragraph]?.contains { range.contains($0.range.lowerBound) } ?? false
    }

    /// The first mention in `paragraph` that overlaps `range`: a binary search to the first
    /// mention ending after the range starts (mentions do not overlap, so their ends ascend).
    private func mention(in paragraph: Int, at range: Range<String.Index>) -> ResolvedMention? {
        guard let list = mentionsByParagraph[paragraph] else { return nil }
        var index = list.partitionPoint { $0.range.upperBound > range.lowerBound }
        while index < list.count && list[index].range.lowerBound < range.upperBound {
            if list[index].range.overlaps(range) { return list[index] }
            index += 1
        }
        return nil
    }

    /// The person a pronoun at `index` stands for, sentence by sentence back from it (six at
    /// most): the speaker of a quote in that sentence, else its first person named who is not
    /// a possessive, else its subject ("Dean, a medical doctor, appeared…"; "the mayor said…"),
    /// the first of them whose gender agrees with the pronoun. "Zelensky welcomed Mr Macron’s
    /// plan. … he said" is Zelensky; "… she said" after "Clinton met Trump." is Clinton when the
    /// text calls Trump "he".
    private func antecedent(
        ofPronounAt index: String.Index, in paragraph: Int, earlier: [EarlierSpeaker]
    ) -> (name: String, kind: Quote.SpeakerKind)? {
        let text = paragraphs[paragraph]
        let pronoun = text[index...].prefix { $0.isLetter }.lowercased()
        if pronoun == AttributionWords.thingPronoun {
            // The organisation or document quoted last, in this paragraph or the two before;
            // else the subject of its own sentence or the one before, when that is a body
            // ("The Security Council … pledged sanctions against what it called…").
            if let quoted = earlier.last(where: { $0.paragraph >= paragraph - 2 && !Self.isPerson(($0.name, $0.kind)) }) {
                return (quoted.name, quoted.kind)
            }
            return bodySubject(before: index, in: paragraph)
        }
        if pronoun == AttributionWords.pluralPronoun { return pluralAntecedent(before: index, in: paragraph) }
        let wanted = pronoun == "he" ? 1 : pronoun == "she" ? -1 : 0
        func agrees(_ name: String) -> Bool { (gender[name] ?? 0) * wanted >= 0 }
        for (p, sentence) in sentences(before: index, in: paragraph, paragraphsBack: 3, limit: 6) {
            // A quote's speaker in that sentence, the last first.
            if let quoted = earlier.last(where: { $0.paragraph == p && sentence.contains($0.position) && agrees($0.name) }) {
                return (quoted.name, quoted.kind)
            }
            // The sentence's own subject first (the likeliest antecedent), when it is not
            // quoted words or a pronoun, and can be "he" or "she": a person's name, or a
            // description of a person ("the mayor"); then the first person it names.
            let all = WordToken.tokenize(paragraphs[p], in: sentence)
            if let first = all.first, !first.isOne(of: "“\"‘") {
                let words = resolver.unquoted(all, paragraph: p)
                // "He notes that the commission… He says": the same pronoun as the subject
                // before stands for the same person.
                if !resolver.isQuoted(paragraph: p, at: first.range.lowerBound),
                    case .pronoun(let subjectParagraph, let subjectIndex)? = resolver.sentenceSubject(words, paragraph: p),
                    subjectParagraph < paragraph || subjectIndex < index,
                    paragraphs[subjectParagraph][subjectIndex...].prefix(while: \.isLetter).lowercased() == pronoun
                {
                    return antecedent(ofPronounAt: subjectIndex, in: subjectParagraph, earlier: earlier)
                }
                // A sentence that reports speech ("…, Mr. Obama said in his interview."): its speaker.
                if let reported = resolver.attribution(inPrefix: words, paragraph: p), case .phrase = reported.speaker,
                    let named = name(reported.speaker), Self.isPerson(named), agrees(named.name)
                {
                    return named
                }
                if !resolver.isQuoted(paragraph: p, at: first.range.lowerBound),
                    case .phrase(let subjectParagraph, let subjectRange)? = resolver.sentenceSubject(words, paragraph: p),
                    let named = name(phrase: subjectRange, in: subjectParagraph), named.kind != .organization,
                    agrees(named.name), Self.honorificGender(paragraphs[subjectParagraph][subjectRange]) * wanted >= 0,
                    Self.isPerson(named),
                    // One capitalised word opening a sentence is a name only if the corpus knows it.
                    named.kind == .description || named.name.utf8.contains(UInt8(ascii: " ")) || person(named: named.name.lowercased()) != nil
                        || isNameMidSentence(named.name)
                        || isSubjectOfSayingOrThinking(endingAt: subjectRange.upperBound, in: subjectParagraph)
                {
                    return named
                }
            }
            if let list = mentionsByParagraph[p] {
                let named = list.filter { !$0.possessive && sentence.contains($0.range.lowerBound) && agrees($0.actorName) }
                // A sentence that ends by introducing someone ("…, which concerns Henry
                // Crespo, president of the caucus.") hands the quote after it to them.
                if let last = named.last, named.count > 1, Self.closesWithApposition(paragraphs[p][last.range.upperBound..<sentence.upperBound]) {
                    return (last.actorName, .person)
                }
                if let first = named.first { return (first.actorName, .person) }
            }
        }
        return nil
    }

    /// The sentences before `index` of `paragraph`, nearest first: the one holding it, cut at
    /// it, then the earlier ones back through `paragraphsBack` paragraphs; at most `limit`.
    private func sentences(
        before index: String.Index, in paragraph: Int, paragraphsBack: Int, limit: Int
    ) -> [(paragraph: Int, range: Range<String.Index>)] {
        var found: [(paragraph: Int, range: Range<String.Index>)] = []
        for p in stride(from: paragraph, through: max(0, paragraph - paragraphsBack), by: -1) {
            for range in document[p].sentences.lazy.map(\.range).reversed() {
                let end = p == paragraph ? min(range.upperBound, index) : range.upperBound
                guard range.lowerBound < end else { continue }
                found.append((p, range.lowerBound..<end))
                if found.count == limit { return found }
            }
        }
        return found
    }

    /// What "they" at `index` stands for: the subject of the nearest sentence before it (three
    /// at most, through sentences whose subject is "they" too) when that is a plural
    /// description or an organisation ("Critics of the program"); nil otherwise.
    private func pluralAntecedent(before index: String.Index, in paragraph: Int) -> (name: String, kind: Quote.SpeakerKind)? {
        for (p, sentence) in sentences(before: index, in: paragraph, paragraphsBack: 2, limit: 3) {
            let words = resolver.unquoted(WordToken.tokenize(paragraphs[p], in: sentence), paragraph: p)
            guard let first = words.first, !first.isPunctuation else { continue }
            if first.lowercased == AttributionWords.pluralPronoun { continue }
            guard case .phrase(let subjectParagraph, var subjectRange)? = resolver.sentenceSubject(words, paragraph: p) else { return nil }
            // "Critics of the program want to fix…": a plural subject's verb has no ending
            // that ends the phrase; before "to" it is a verb, not the phrase's head.
            let phraseWords = WordToken.tokenize(paragraphs[subjectParagraph], in: subjectRange)
            if phraseWords.count > 1, let last = phraseWords.last, !last.isCapitalized,
                paragraphs[subjectParagraph][subjectRange.upperBound...].hasPrefix(" to ")
            {
                subjectRange = subjectRange.lowerBound..<phraseWords[phraseWords.count - 2].range.upperBound
            }
            guard let named = name(phrase: subjectRange, in: subjectParagraph) else { return nil }
            let subjectWords = WordToken.tokenize(paragraphs[subjectParagraph], in: subjectRange).filter { !$0.isPunctuation }
            let plural = subjectWords.contains { $0.lowercased.count > 3 && $0.lowercased.hasSuffix("s") && !$0.lowercased.hasSuffix("ss") }
            if named.kind == .organization || (named.kind == .description && plural) { return named }
            return nil
        }
        return nil
    }

    /// The subject of the sentence holding `index` (up to it) or of the sentence before, when
    /// it is an organisation or a description of no person ("Donald Trump’s campaign").
    private func bodySubject(before index: String.Index, in paragraph: Int) -> (name: String, kind: Quote.SpeakerKind)? {
        // A paragraph that a lead-in's colon introduces is the quoted text, not the story
        // ("During the primaries, the Times gave Clinton a glowing endorsement:" and the
        // endorsement after it): the search passes over it to the lead-in.
        let introduced = { (p: Int) in p < paragraph && p > 0 && paragraphs[p - 1].last(where: { !$0.isWhitespace }) == ":" }
        let candidates = sentences(before: index, in: paragraph, paragraphsBack: 2, limit: 40).filter { !introduced($0.paragraph) }.prefix(2)
        for (p, range) in candidates {
            let words = resolver.unquoted(WordToken.tokenize(paragraphs[p], in: range), paragraph: p)
            guard case .phrase(let subjectParagraph, let subjectRange)? = resolver.sentenceSubject(words, paragraph: p) else { continue }
            // "It’s denouncing what it calls…": the sentence's subject is the pronoun itself.
            let opening = paragraphs[subjectParagraph][subjectRange].prefix { $0.isLetter }.lowercased()
            if opening == AttributionWords.thingPronoun { continue }
            guard let named = name(phrase: subjectRange, in: subjectParagraph) else { continue }
            if named.kind == .organization || (named.kind == .description && !Self.isPerson(named)) { return named }
            return nil
        }
        return nil
    }

    /// The fullest name in the document that ends with `surname` ("John Healey" for "Mr.
    /// Healey"): its first run of capitalised words before the surname, titles aside.
    private func fullName(ofSurname surname: String) -> String? {
        for text in paragraphs {
            let tokens = WordToken.tokenize(text)
            for (index, token) in tokens.enumerated() where token.text == surname && index > 0 {
                var start = index
                while start > 0, tokens[start - 1].isCapitalized, !tokens[start - 1].possessive,
                    !AttributionWords.titles.contains(tokens[start - 1].lowercased),
                    !StopWords.english.contains(tokens[start - 1].lowercased),
                    !NameLexicon.sentenceOpeners.contains(tokens[start - 1].lowercased)
                {
                    start -= 1
                }
                if start < index, index - start <= 3 { return tokens[start...index].map(\.text).joined(separator: " ") }
            }
        }
        return nil
    }

    /// True when `word` stands capitalised somewhere in the document after a lower-case word:
    /// a name, not a word capitalised only because it opens a sentence ("Lest").
    private func isNameMidSentence(_ word: String) -> Bool {
        paragraphs.contains { text in
            var search = text.startIndex..<text.endIndex
            while let found = text.range(of: " " + word, range: search) {
                let before = text[..<found.lowerBound].last
                if before?.isLowercase == true || before == "," { return true }
                search = found.upperBound..<text.endIndex
            }
            return false
        }
    }

    /// True when a verb of saying or thinking follows the words ending at `end` ("Wines believes
    /// that…"): they are its subject, a name rather than a word capitalised for its place.
    private func isSubjectOfSayingOrThinking(endingAt end: String.Index, in paragraph: Int) -> Bool {
        let text = paragraphs[paragraph]
        let limit = text.index(end, offsetBy: 24, limitedBy: text.endIndex) ?? text.endIndex
        guard let next = WordToken.tokenize(text, in: end..<limit).first, !next.isPunctuation else { return false }
        return SpeakerResolver.isCue(next) || AttributionWords.thinkingVerbs.contains(next.lowercased)
    }

    /// True when `token` opens its sentence in `paragraph`: nothing but white space, an opening
    /// quote or a sentence's end before it.
    private func opensSentence(_ token: WordToken, in paragraph: Int) -> Bool {
        let before = paragraphs[paragraph][..<token.range.lowerBound].reversed().drop { $0.isWhitespace || "“\"‘(".contains($0) }
        guard let last = before.first else { return true }
        return ".!?”\"".contains(last)
    }

    /// True when `rest` (what follows a name up to its sentence's end) is only an apposition:
    /// ", president of the caucus." with no other comma or clause after it.
    static func closesWithApposition(_ rest: Substring) -> Bool {
        guard rest.hasPrefix(", ") else { return false }
        let words = rest.dropFirst(2).split(separator: " ")
        guard let first = words.first, first.first?.isLowercase == true, words.count <= 12 else { return false }
        return !rest.dropFirst(2).contains(",") && !words.contains { ["who", "which", "that", "and", "but"].contains($0.lowercased()) }
    }

    /// +1 for a phrase that opens with "Mr", -1 for "Mrs" or "Ms", else 0.
    static func honorificGender(_ phrase: Substring) -> Int {
        let first = phrase.prefix { $0.isLetter }.lowercased()
        return first == "mr" ? 1 : (first == "mrs" || first == "ms") ? -1 : 0
    }

    /// True for a speaker that can be "he" or "she": a person's name, or a description whose
    /// head names a person ("the mayor", "a medical doctor"), not a thing ("the summit").
    static func isPerson(_ speaker: (name: String, kind: Quote.SpeakerKind)) -> Bool {
        switch speaker.kind {
        case .person: return true
        case .organization: return false
        case .description:
            guard let head = speaker.name.split(separator: " ").last?.lowercased() else { return false }
            return NameLexicon.roleHeads.contains(head) || AttributionWords.personNouns.contains(head)
        }
    }

    /// Evidence of each person's gender in the text: an honorific ("Mr", "Mrs", "Ms"), and the
    /// first subject pronoun after a mention ("He said", "she added", a sentence opening with
    /// "She") before any other person is named, within three sentences.
    static func genderEvidence(paragraphs: [String], mentions: [ResolvedMention]) -> [String: Int] {
        var evidence: [String: Int] = [:]
        for (index, mention) in mentions.enumerated() {
            let text = paragraphs[mention.paragraphIndex]
            // The honorific opens the mention ("Mr. Tom Ford") or is the word before it.
            let before = text[..<mention.range.lowerBound]
            let wordBefore = before.last == " " ? before.dropLast().split(separator: " ").last ?? "" : ""
            let honorific = Self.honorificGender(text[mention.range])
            evidence[mention.actorName, default: 0] += 3 * (honorific != 0 ? honorific : Self.honorificGender(wordBefore))
            // The text up to the next person's mention, in this paragraph.
            let next = index + 1 < mentions.count && mentions[index + 1].paragraphIndex == mention.paragraphIndex ? mentions[index + 1] : nil
            let nextStart = next?.range.lowerBound ?? text.endIndex
            guard mention.range.upperBound < nextStart else { continue }
            // A name that modifies a noun ("a Donald Trump tweet", "Trump’s rival") is not who
            // the next sentence is about.
            let article = wordBefore.lowercased()
            if mention.possessive || article == "a" || article == "an" || article == "the" { continue }
            // Three sentences are read at most: a few hundred bytes bound the tokenising.
            let end = text.utf8.index(mention.range.upperBound, offsetBy: 600, limitedBy: nextStart) ?? nextStart
            let tokens = WordToken.tokenize(text, in: mention.range.upperBound..<end)
            var sentenceEnds = 0
            for (i, token) in tokens.enumerated() {
                if token.isPunctuation {
                    if token.isOne(of: ".!?") { sentenceEnds += 1 }
                    if sentenceEnds >= 3 { break }
                    continue
                }
                guard AttributionWords.personalPronouns.contains(token.lowercased) else { continue }
                let isSubject = token.startsClause || (i + 1 < tokens.count && SpeakerResolver.isCue(tokens[i + 1]))
                guard isSubject else { continue }
                evidence[mention.actorName, default: 0] += token.lowercased == "he" ? 1 : -1
                break
            }
        }
        return evidence
    }
}

/// The corpus's actors as quote speakers look them up: built once for all documents.
struct SpeakerDirectory: Sendable {
    /// People's names and aliases, lower-cased, to the name shown.
    var people: [String: String] = [:]
    /// People's full names by surname, lower-cased.
    var surnames: [String: Set<String>] = [:]
    /// Organisations' and places' names and aliases, lower-cased, to the name shown.
    var organizations: [String: String] = [:]
    /// People with a role, and their role's words lower-cased ("us", "president").
    var roles: [(name: String, words: Set<String>)] = []

    init(actors: [Actor]) {
        for actor in actors {
            for alias in [actor.name] + actor.aliases {
                switch actor.kind {
                case .person: people[alias.lowercased()] = people[alias.lowercased()] ?? actor.name
                case .organization, .place: organizations[alias.lowercased()] = organizations[alias.lowercased()] ?? actor.name
                }
            }
            guard actor.kind == .person else { continue }
            if let last = actor.name.split(separator: " ").last, actor.name.utf8.contains(UInt8(ascii: " ")) {
                surnames[last.lowercased(), default: []].insert(actor.name)
            }
            if let role = actor.role { roles.append((actor.name, Set(role.lowercased().split(separator: " ").map(String.init)))) }
        }
    }
}

/// A document's gender evidence, kept once worked out (most documents never need it).
private final class GenderCache {
    var mentions: [ResolvedMention] = []
    var evidence: [String: Int]?
}

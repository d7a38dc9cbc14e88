import Foundation

/// Finds name mentions in a paragraph: runs of capitalised words (with the connectors that
/// occur inside names and titles), split into role, honorific and name, then classified.
struct MentionFinder {
    /// Lower-case words the corpus uses: a capitalised word at the start of a sentence whose
    /// lower-case form is among them ("Amid", "Tensions") is an ordinary word, not a name.
    let lowercaseVocabulary: WordTable<Bool>

    /// The finder for `corpus`; `originals`, when known, are its sentences' first occurrences
    /// (a sentence reprinted word for word adds no word its original has not).
    init(corpus: SegmentedCorpus, originals: FirstOccurrences? = nil) {
        // Each block of sentences on its own core, then the tables joined in block order.
        let tables = blockRanges(count: corpus.sentences.count, size: 4_096).parallelMap(grain: 1) { block in
            var vocabulary = WordTable<Bool>(minimumCapacity: 4_096)
            for i in block where originals?.isOriginal(i) ?? true {
                var text = corpus.sentences[i].text
                text.withUTF8 { bytes in
                    Self.lowercaseWordRanges(in: bytes) { vocabulary.insert(bytes: UnsafeBufferPointer(rebasing: bytes[$0]), true) }
                }
            }
            return vocabulary
        }
        var vocabulary = tables.first ?? WordTable()
        for table in tables.dropFirst() { vocabulary.formUnion(table) }
        lowercaseVocabulary = vocabulary
    }

    /// Calls `body` with the byte range of each word of the UTF-8 text `bytes` (letters,
    /// hyphens and apostrophes) that starts with a lower-case letter. An ASCII byte is its own
    /// scalar; only a scalar beyond ASCII is decoded.
    static func lowercaseWordRanges(in bytes: UnsafeBufferPointer<UInt8>, _ body: (Range<Int>) -> Void) {
        var start = -1
        var startsLower = false
        var i = 0
        while i < bytes.count {
            let (scalar, length) = UTF8Scalars.decode(bytes, at: i)
            if scalar.isAlphabeticFast || scalar == "-" || scalar == "’" || scalar == "'" {
                if start < 0 {
                    start = i
                    startsLower = scalar.isLowercaseFast
                }
            } else if start >= 0 {
                if startsLower { body(start..<i) }
                start = -1
            }
            i += length
        }
        if start >= 0, startsLower { body(start..<bytes.count) }
    }

    /// The mentions in one paragraph, in order.
    func mentions(in paragraph: ExtractionContext.Paragraph, paragraphIndex: Int) -> [NameMention] {
        let tokens = Nicknames.removed(from: Self.withoutAbbreviationDots(WordToken.tokenize(paragraph.text)))
        // Each token's word lists, looked up once.
        let classes = tokens.map { $0.isPunctuation ? [] : WordClasses(of: $0.lowercased) }
        var mentions: [NameMention] = []
        var i = 0
        while i < tokens.count {
            guard canStartRun(tokens, classes, i) else { i += 1; continue }
            var end = i + 1
            while end < tokens.count, canContinueRun(tokens, classes, end), !tokens[end - 1].possessive { end += 1 }
            while end > i + 1, isConnector(tokens[end - 1]) { end -= 1 }
            if let mention = classify(
                Array(tokens[i..<end]), classes: Array(classes[i..<end]),
                following: end < tokens.count ? tokens[end...] : [],
                preceding: tokens[..<i], paragraph: paragraph, paragraphIndex: paragraphIndex)
            {
                mentions.append(mention)
            }
            i = end
        }
        return mentions
    }

    /// `tokens` without the full stop of an honorific or title written against it before a
    /// capitalised word ("Mr. Kelly", "Sen. Claire McCaskill"), so that US style reads as British.
    static func withoutAbbreviationDots(_ tokens: [WordToken]) -> [WordToken] {
        func isAbbreviationDot(_ index: Int) -> Bool {
            let token = tokens[index]
            guard token.isPunctuation, token.text == ".", index > 0, index + 1 < tokens.count else { return false }
            let previous = tokens[index - 1]
            return !previous.isPunctuation && previous.range.upperBound == token.range.lowerBound && tokens[index + 1].isCapitalized
                && (NameLexicon.honorifics.contains(previous.lowercased) || AttributionWords.abbreviations.contains(previous.lowercased))
        }
        // Most paragraphs have none: they are returned as they are, not copied.
        guard let first = tokens.indices.first(where: isAbbreviationDot) else { return tokens }
        var kept = Array(tokens[..<first])
        kept.reserveCapacity(tokens.count)
        var index = first
        while index < tokens.count {
            if isAbbreviationDot(index) {
                // The word after it does not open a sentence: the dot was an abbreviation's.
                var next = tokens[index + 1]
                next.startsClause = false
                kept.append(next)
                index += 2
            } else {
                kept.append(tokens[index])
                index += 1
            }
        }
        return kept
    }

    // MARK: - Runs

    private func isRoleWord(_ word: String) -> Bool {
        NameLexicon.roleWords.contains(word)
    }

    private func isConnector(_ token: WordToken) -> Bool {
        !token.isPunctuation && ["of", "the", "for", "and", "&"].contains(token.lowercased)
    }

    /// A capitalised word that can be part of a name here; `classes` are its word lists.
    /// `next`: the token after it, when known: an "-ly" word opening a sentence is an adverb
    /// before punctuation or a name ("Finally, …", "Recently Kelly…"), a name before a
    /// lower-case word ("Kelly said").
    private func isNameWord(_ token: WordToken, _ classes: WordClasses, next: WordToken? = nil) -> Bool {
        guard !token.isPunctuation, token.isCapitalized || token.isAllCaps else { return false }
        if classes.contains(.calendar) { return false }
        if !classes.isDisjoint(with: [.role, .honorific]) { return true }
        let lower = token.lowercased
        if token.startsClause {
            if !classes.isDisjoint(with: [.stopWord, .sentenceOpener]) { return false }
            if lowercaseVocabulary.contains(lower) || lower.hasSuffix("ing") { return false }
            if lower.hasSuffix("ly"), next.map({ $0.isPunctuation || $0.isCapitalized }) ?? true {
                return false
            }
        } else if classes.contains(.stopWord) && !token.isAllCaps {
            return false  // "The" inside a sentence, "I"
        }
        return true
    }

    private func canStartRun(_ tokens: [WordToken], _ classes: [WordClasses], _ i: Int) -> Bool {
        if isNameWord(tokens[i], classes[i], next: i + 1 < tokens.count ? tokens[i + 1] : nil) { return true }
        // A lower-case title before a capitalised name: "Ukrainian president Volodymyr Zelensky".
        return !tokens[i].isPunctuation && classes[i].contains(.role) && followedByName(tokens, classes, i)
    }

    private func canContinueRun(_ tokens: [WordToken], _ classes: [WordClasses], _ i: Int) -> Bool {
        let token = tokens[i]
        if isNameWord(token, classes[i], next: i + 1 < tokens.count ? tokens[i + 1] : nil) { return true }
        if token.isPunctuation { return false }
        let lower = token.lowercased
        if !classes[i].isDisjoint(with: [.role, .particle]) { return followedByName(tokens, classes, i) }
        if ["of", "for"].contains(lower) || (lower == "the" && i > 0 && tokens[i - 1].lowercased == "of") {
            return i + 1 < tokens.count && (isNameWord(tokens[i + 1], classes[i + 1]) || tokens[i + 1].lowercased == "the")
        }
        if lower == "&" { return i + 1 < tokens.count && isNameWord(tokens[i + 1], classes[i + 1]) }
        return false
    }

    /// True when, past any further role words, a capitalised word follows.
    private func followedByName(_ tokens: [WordToken], _ classes: [WordClasses], _ i: Int) -> Bool {
        var j = i + 1
        while j < tokens.count, !tokens[j].isPunctuation, classes[j].contains(.role), !tokens[j].isCapitalized { j += 1 }
        return j < tokens.count && isNameWord(tokens[j], classes[j])
    }

    // MARK: - Classification

    private func isNameLike(_ token: WordToken, _ classes: WordClasses) -> Bool {
        if classes.contains(.particle) { return true }
        guard token.isCapitalized || token.isAllCaps else { return false }
        return classes.isDisjoint(with: [.role, .honorific, .nationality, .country, .place, .organizationWord])
            && !isRomanNumeral(token.text) && !["of", "the", "for", "and", "&"].contains(token.lowercased)
    }

    private func isRomanNumeral(_ word: String) -> Bool {
        word.count <= 4 && word.allSatisfy { "IVX".contains($0) }
    }

    /// `classes` are the run's tokens' word lists.
    private func classify(
        _ run: [WordToken], classes: [WordClasses], following: ArraySlice<WordToken>,
        preceding: ArraySlice<WordToken>, paragraph: ExtractionContext.Paragraph,
        paragraphIndex: Int
    ) -> NameMention? {
        guard let first = run.first, let last = run.last else { return nil }
        let words = run.map(\.text)
        let phrase = words.joined(separator: " ")
        let range = first.range.lowerBound..<last.range.upperBound
        func mention(_ kind: NameMention.Kind, name: [String], honorific: String? = nil, role: String? = nil) -> NameMention {
            NameMention(
                kind: kind, name: name, honorific: honorific, role: role, documentIndex: paragraph.documentIndex,
                paragraphIndex: paragraphIndex, range: range,
                sentence: paragraph.sentenceIndex(containing: range.lowerBound),
                possessive: last.possessive)
        }

        // Split off the name at the end, then an honorific, then a role.
        var nameStart = run.count
        while nameStart > 0, isNameLike(run[nameStart - 1], classes[nameStart - 1]), run.count - nameStart < 4 { nameStart -= 1 }
        while nameStart < run.count, classes[nameStart].contains(.particle) { nameStart += 1 }
        var roleEnd = nameStart
        var honorific: String?
        if roleEnd > 0, classes[roleEnd - 1].contains(.honorific) {
            honorific = run[roleEnd - 1].text
            roleEnd -= 1
        }
        // "Mayor of Portbridge": a role ending in "of" takes the rest of the run as its complement.
        if roleEnd > 0, honorific == nil, ["of", "for", "the"].contains(words[roleEnd - 1].lowercased()), isRole(words) {
            return mention(.roleOnly, name: [], role: phrase)
        }
        let nameWords = Array(words[nameStart...])
        let roleWords = Array(words[..<roleEnd])
        let role = isRole(roleWords) ? roleWords.joined(separator: " ") : nil

        if !nameWords.isEmpty && (role != nil || honorific != nil) && (roleEnd == 0 || role != nil) {
            return mention(.person, name: nameWords, honorific: honorific, role: role ?? apposition(after: following))
        }
        if nameWords.isEmpty, let role, honorific == nil {
            return mention(.roleOnly, name: [], role: role)
        }
        // A single word's lists are its classes already; a longer phrase is looked up.
        let isPlace: Bool
        if run.count == 1 {
            isPlace = !classes[0].isDisjoint(with: [.place, .country])
        } else {
            let lower = phrase.lowercased()
            isPlace = NameLexicon.places.contains(lower) || NameLexicon.countries.contains(lower)
        }
        if isPlace {
            return mention(.place, name: words)
        }
        let upper = phrase.uppercased()
        if NameLexicon.knownOrganizations.contains(upper)
            || run.indices.contains(where: { classes[$0].contains(.organizationWord) && run[$0].isCapitalized })
            || (run.count == 1 && first.isAllCaps && (2...6).contains(first.text.count)
                && !NameLexicon.nonOrganizationAcronyms.contains(upper.replacingDots) && !first.text.contains("."))
        {
            return mention(.organization, name: words)
        }
        if nameStart == 0 && !nameWords.isEmpty {
            let speech = saysSomething(following: following, preceding: preceding)
            let appositive = apposition(after: following)
            // "a developer in Virginia, who…": after a preposition of place, "who" is its noun's.
            let afterPreposition = preceding.last.map { ["in", "of", "from", "at", "to", "on", "near", "across"].contains($0.lowercased) } ?? false
            let person =
                speech || appositive != nil || ((isFollowedByWho(following) || opensRoleApposition(following)) && !afterPreposition)
            return mention(person ? .person : .bareName, name: nameWords, role: appositive)
        }
        return nil
    }

    /// A role: words that end in a role head ("Defence Secretary") or hold one before "of"
    /// ("Secretary of Defense"), made only of role words, nationalities, countries and
    /// capitalised words.
    private func isRole(_ words: [String]) -> Bool {
        guard !words.isEmpty else { return false }
        let lower = words.map { $0.lowercased() }
        guard let lastHead = lower.lastIndex(where: { NameLexicon.roleHeads.contains($0) }) else { return false }
        // After the head only a complement may follow: "Secretary of Defense", "Minister for Trade".
        if lastHead + 1 < lower.count && !["of", "for"].contains(lower[lastHead + 1]) { return false }
        return words.allSatisfy { word in
            let w = word.lowercased()
            return isRoleWord(w) || NameLexicon.nationalities.contains(w) || NameLexicon.countries.contains(w)
                || ["of", "the", "for", "and"].contains(w) || word.first?.isUppercase == true
        }
    }

    /// "John Healey, the UK Defence Secretary, …": the role in apposition after a name.
    private func apposition(after following: ArraySlice<WordToken>) -> String? {
        var tokens = following.prefix(10).makeIterator()
        guard let comma = tokens.next(), comma.text == "," else { return nil }
        var words: [String] = []
        while let token = tokens.next() {
            if token.isPunctuation {
                guard [",", ".", ";"].contains(token.text) else { return nil }
                break
            }
            if words.isEmpty && ["the", "a", "an"].contains(token.lowercased) { continue }
            words.append(token.text)
        }
        return words.count <= 7 && isRole(words) ? words.joined(separator: " ") : nil
    }

    /// "Clinton, who…", "Clinton — who’s…": a relative "who" after the name, which only a
    /// person takes.
    private func isFollowedByWho(_ following: ArraySlice<WordToken>) -> Bool {
        var tokens = following.prefix(2).makeIterator()
        guard var next = tokens.next() else { return false }
        if next.isPunctuation, [",", "—", "–"].contains(next.text) {
            guard let after = tokens.next() else { return false }
            next = after
        }
        let word = next.lowercased
        return word == "who" || word == "whose" || word == "who’s" || word == "who's"
    }

    /// "Henry Crespo, president of the Miami-based caucus": a comma, then a role's head word
    /// (after an article or "former"), however long the role runs on.
    private func opensRoleApposition(_ following: ArraySlice<WordToken>) -> Bool {
        var tokens = following.prefix(4).makeIterator()
        guard let comma = tokens.next(), comma.text == "," else { return false }
        while let token = tokens.next() {
            let word = token.lowercased
            if ["a", "an", "the", "former"].contains(word) { continue }
            return !token.isCapitalized && NameLexicon.roleHeads.contains(word)
        }
        return false
    }

    /// "Healey said", "said Healey": a verb of saying right next to the name.
    private func saysSomething(following: ArraySlice<WordToken>, preceding: ArraySlice<WordToken>) -> Bool {
        if let next = following.first, SpeechVerbs.all.contains(next.lowercased) { return true }
        if let previous = preceding.last, SpeechVerbs.all.contains(previous.lowercased) { return true }
        return false
    }
}

extension String {
    /// "Mr." -> "mr": without dots, for lexicon look-ups.
    var replacingDots: String { utf8.contains(UInt8(ascii: ".")) ? String(filter { $0 != "." }) : self }
}

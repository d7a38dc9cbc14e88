/// Finds the words that attribute a quote, in the text around it: the cue (a verb of saying,
/// "according to") and the phrase that names the speaker, as written.
///
/// In order of trust: a cue right after the quote (`,” he said`, `,” said Sen. Jane Doe`,
/// `,” the ministry said in a statement`, `,” according to X`); a lead-in ending with a colon,
/// in the quote's paragraph or closing the one before (`X said:`, `In a statement, X wrote:`);
/// a cue earlier in the quote's own sentence (`X called the plan “a disaster”`). A participle
/// after a comma (`…, stating:`) takes its sentence's subject; a relative `which stated:` takes
/// the author of the document it stands for (`Zelensky’s letter`, `the ministry issued a
/// statement`). A pronoun stays a pronoun here, for ``SpeakerNaming`` to resolve.
struct SpeakerResolver {
    /// What the text gives as the speaker, before it is named.
    enum Speaker: Equatable {
        /// A noun phrase ("Sen. Jane Doe", "a Downing Street spokesperson") in a paragraph.
        case phrase(paragraph: Int, range: Range<String.Index>)
        /// "he" or "she" at this place.
        case pronoun(paragraph: Int, index: String.Index)
        /// The text attributes the quote to something that names no one ("it said").
        case nobody
    }

    /// The words that attribute a quote: "said", "told", "according to"; ":" for a lead-in.
    struct Cue {
        var text: String
        var paragraph: Int
        /// Where the words stand in their paragraph (nil for a lead-in's colon or a dash).
        var range: Range<String.Index>?

        init(text: String, paragraph: Int, range: Range<String.Index>? = nil) {
            self.text = text
            self.paragraph = paragraph
            self.range = range
        }

        init(_ token: WordToken, paragraph: Int) {
            self.init(text: token.text, paragraph: paragraph, range: token.range)
        }
    }

    /// A speaker with the cue that attributes the quote to it.
    struct Attribution {
        var speaker: Speaker
        var cue: Cue
        /// True when no cue attributes the quote, only a neighbouring sentence's subject: it
        /// counts only if that subject is a person.
        var bySubjectOnly = false
    }

    let paragraphs: [String]
    /// Every quotation of the document, in order: their words are never a speaker's.
    let spans: [QuoteScanner.Span]

    // MARK: - Where the attribution stands

    /// A cue right after the quote, in the rest of its sentence.
    func after(_ span: QuoteScanner.Span) -> Attribution? {
        let text = paragraphs[span.endParagraph]
        guard span.closed, span.end < text.endIndex else { return nil }
        let following = WordToken.tokenize(text, in: span.end..<text.endIndex)
        var window = Self.sentenceWindow(following)
        // The window stops at the sentence's end, at the paragraph's, or at another quotation.
        let stop = window.count < following.count ? following[window.count] : nil
        let endsSentence = stop.map { $0.isOne(of: ".!?") } ?? true
        // A quote that ends its sentence (`…smart.” Trump was…`) is followed by a new one, not by
        // its attribution; after "?" or "!" the attribution goes on in lower case (`…?” she asked`).
        // A quote that ends its sentence (`…smart.” Trump was similarly defensive when…`) is
        // followed by a new one: only a short attribution right after it still counts
        // (`…smart.” Trump said.`).
        let last = span.text.last { !"’'\")] ".contains($0) }
        let reach = ".?!".contains(last ?? " ") ? 6 : 16
        let dashed = window.first.map { $0.isOne(of: "—–―-") } ?? false
        while let first = window.first, first.isOne(of: ",—–―-:;") { window.removeFirst() }
        guard !window.isEmpty else { return nil }
        let paragraph = span.endParagraph
        if dashed, !window.contains(where: Self.isCue), window.count <= 8,
            let range = Self.phraseForward(window, from: 0), range.upperBound == window.last?.range.upperBound || window.last?.isPunctuation == true
        {
            // `“…” ― Jane Doe`: a signed quote, its author's name closing the paragraph.
            return Attribution(speaker: .phrase(paragraph: paragraph, range: range), cue: Cue(text: "―", paragraph: paragraph))
        }
        if let according = Self.accordingTo(window), according <= reach + 2 || reach > 6 {
            return phraseAttribution(window, from: according, paragraph: paragraph, cue: Self.accordingCue(window, according, paragraph))
        }
        // `said Mr X`, `added Sen. Jane Doe (D-Mo.)`.
        if Self.isCue(window, 0) {
            if let found = phraseAttribution(window, from: 1, paragraph: paragraph, cue: Cue(window[0], paragraph: paragraph)) { return found }
        }
        // `Mr X said`, `the ministry said in a statement`, `X told reporters`.
        guard let verb = window.indices.prefix(30).first(where: { Self.isCue(window, $0) }), verb > 0 else { return nil }
        // After a quote that ends its sentence, only when the sentence is all attribution
        // (`…Bobby Scott!" Scott's niece, state Del. Marcia Price, shouted to the crowd.`).
        let attributionOnly = endsSentence && window.count - verb <= 5
        if verb > 2, reach > 6 || attributionOnly, window[..<verb].contains(where: { $0.text == "," }), window[0].isCapitalized {
            // `Scott Pruitt, the attorney general of Oklahoma, one of the states suing, said`: the
            // name opening it; or the name after an opening description (`Scott's niece, state
            // Del. Marcia Price, shouted`).
            let cue = Cue(window[verb], paragraph: paragraph)
            if let found = phraseAttribution(window, from: 0, paragraph: paragraph, cue: cue) {
                if case .phrase(_, let range) = found.speaker, let head = window.last(where: { $0.range.upperBound <= range.upperBound }),
                    !head.isCapitalized, let comma = window.firstIndex(where: { $0.text == "," }), comma + 1 < verb,
                    let name = Self.phraseForward(window, from: comma + 1),
                    let nameHead = window.last(where: { $0.range.upperBound <= name.upperBound && !$0.isPunctuation }), nameHead.isCapitalized,
                    window[(comma + 1)..<verb].contains(where: { $0.range.upperBound == name.upperBound || $0.text == ")" })
                {
                    return Attribution(speaker: .phrase(paragraph: paragraph, range: name), cue: cue)
                }
                return found
            }
        }
        // A longer subject still counts when the sentence is nothing but the attribution
        // (`…pay his?” a narrator in the Clinton ad asks.`).
        let onlyAttribution = verb < 14 && window.count - verb <= 4 && endsSentence && !window[..<verb].contains { $0.text == "," }
        // After a quote that ends its sentence, a cue whose sentence runs on into another
        // quotation (`…neighborhood.” Russia insisted that Pyongyang “stop…”`) is that one's.
        if reach == 6 && !endsSentence { return nil }
        guard verb < reach || onlyAttribution, let found = subject(window, before: verb, paragraph: paragraph) else { return nil }
        // The subject must be all that stands between the quote and its cue, or follow a comma
        // (`“…” for criminal behavior, she said`): in `“…” in name only, and critics called it`
        // the cue is another clause's.
        let subjectStart: String.Index
        switch found.speaker {
        case .phrase(_, let range): subjectStart = range.lowerBound
        case .pronoun(_, let index): subjectStart = index
        case .nobody: return found
        }
        let opening = window.firstIndex { $0.range.lowerBound >= subjectStart } ?? 0
        guard
            opening == 0 || window[opening - 1].text == ","
                || window[..<opening].allSatisfy({ $0.isPunctuation || AttributionWords.phraseWords.contains($0.lowercased) })
        else { return nil }
        return found
    }

    /// A lead-in ending with a colon: in the quote's paragraph before it, or the last sentence
    /// of the paragraph before when the quote opens its own.
    func leadIn(_ span: QuoteScanner.Span) -> Attribution? {
        var paragraph = span.startParagraph
        var before = paragraphs[paragraph][..<span.start]
        if before.allSatisfy(\.isWhitespace), paragraph > 0 {
            paragraph -= 1
            before = paragraphs[paragraph][...]
        }
        guard before.last(where: { !$0.isWhitespace }) == ":" else { return nil }
        let tokens = lastSentence(of: paragraph, before: before.endIndex)
        return attribution(inPrefix: tokens, paragraph: paragraph) ?? leadInSubject(tokens, paragraph: paragraph)
    }

    /// A cue earlier in the quote's own sentence: `He reiterated that “…”`, `X called it “a disaster”`.
    func inSentence(_ span: QuoteScanner.Span, paragraphs: [ExtractionContext.Paragraph]) -> Attribution? {
        let paragraph = paragraphs[span.startParagraph]
        guard let sentence = paragraph.sentences.first(where: { $0.range.contains(span.start) }),
            sentence.range.lowerBound < span.start
        else { return nil }
        let tokens = unquoted(WordToken.tokenize(paragraph.text, in: sentence.range.lowerBound..<span.start), paragraph: span.startParagraph)
        // "After saying her foot was “so swollen…,” she was…": a gerund opening the sentence
        // after a preposition has the main clause's subject, which comes after the quote.
        if tokens.count >= 2, AttributionWords.gerundPrepositions.contains(tokens[0].lowercased), tokens[0].isCapitalized,
            tokens[1].lowercased.hasSuffix("ing"), Self.isCue(tokens[1]), span.closed, span.endParagraph == span.startParagraph
        {
            let text = paragraph.text
            var rest = Self.sentenceWindow(WordToken.tokenize(text, in: span.end..<sentence.range.upperBound))
            while let first = rest.first, first.isOne(of: ",”’\"") { rest.removeFirst() }
            if let first = rest.first, AttributionWords.personalPronouns.contains(first.lowercased) {
                return Attribution(
                    speaker: .pronoun(paragraph: span.startParagraph, index: first.range.lowerBound),
                    cue: Cue(tokens[1], paragraph: span.startParagraph))
            }
            if let range = Self.phraseForward(rest, from: 0), rest.first?.isCapitalized == true {
                return Attribution(speaker: .phrase(paragraph: span.startParagraph, range: range), cue: Cue(tokens[1], paragraph: span.startParagraph))
            }
        }
        return attribution(inPrefix: tokens, paragraph: span.startParagraph)
    }

    /// True when `span` follows straight on from `previous`: in the same or the next paragraph,
    /// with nothing but its attribution between them.
    func followsOn(_ span: QuoteScanner.Span, from previous: QuoteScanner.Span) -> Bool {
        if span.startParagraph == previous.endParagraph {
            // Only the previous quote's attribution between them: one sentence with a cue.
            let between = WordToken.tokenize(paragraphs[span.startParagraph], in: previous.end..<span.start)
            let words = between.filter { !$0.isPunctuation }
            let sentenceEnds = between.indices.filter { ".!?".contains(between[$0].text) && !Self.isAbbreviationDot(between, $0) }
            return words.isEmpty || (words.count <= 30 && sentenceEnds.count <= 1 && words.contains(where: Self.isCue))
        }
        return span.startParagraph == previous.endParagraph + 1
            && paragraphs[span.startParagraph][..<span.start].allSatisfy(\.isWhitespace)
    }

    /// For a quote that opens its sentence with no attribution of its own: the attribution of
    /// the sentence before it, in its paragraph or closing the one before ("…, Schiff said.
    /// “The other factor…”"), when that sentence has a cue and no quotation.
    func previousSentence(_ span: QuoteScanner.Span, paragraphs: [ExtractionContext.Paragraph]) -> Attribution? {
        let paragraph = paragraphs[span.startParagraph]
        let text = paragraph.text
        var target: (paragraph: Int, range: Range<String.Index>)?
        if let index = paragraph.sentences.firstIndex(where: { $0.range.contains(span.start) }) {
            guard text[paragraph.sentences[index].range.lowerBound..<span.start].allSatisfy({ $0.isWhitespace }) else { return nil }
            if index > 0 {
                target = (span.startParagraph, paragraph.sentences[index - 1].range)
            } else if span.startParagraph > 0, let last = paragraphs[span.startParagraph - 1].sentences.last {
                target = (span.startParagraph - 1, last.range)
            }
        }
        guard let target else { return nil }
        let all = WordToken.tokenize(paragraphs[target.paragraph].text, in: target.range)
        // The sentence before quotes no one, unless its quotation marks hold only a title
        // (`On "Face the Nation," Sen. Bernie Sanders identified…`).
        let quoted = spans.filter { $0.startParagraph == target.paragraph && target.range.contains($0.start) }
        guard quoted.allSatisfy({ Self.isTitle($0.text) }) else { return nil }
        let tokens = unquoted(all, paragraph: target.paragraph)
        if let found = attribution(inPrefix: tokens, paragraph: target.paragraph) { return found }
        // No cue: a quote straight after a sentence about someone is theirs ("Sanders identified
        // voters' exhaustion as a reason. “The younger people are…”").
        return sentenceSubject(all, paragraph: target.paragraph).map {
            Attribution(speaker: $0, cue: Cue(text: "", paragraph: target.paragraph), bySubjectOnly: true)
        }
    }

    /// True when nothing between `previous` and `span` in one paragraph names another speaker:
    /// no cue and no person `mentioned` outside quotes (`“…,” Obama said after meeting Putin.
    /// He didn't suggest retaliation. “Our goal…”`).
    func continues(_ span: QuoteScanner.Span, from previous: QuoteScanner.Span, mentioned: (Int, Range<String.Index>) -> Bool) -> Bool {
        guard span.startParagraph == previous.endParagraph else { return false }
        let tokens = WordToken.tokenize(paragraphs[span.startParagraph], in: previous.end..<span.start)
        // The previous quote's own attribution may stand in its sentence (and name others:
        // "Obama said after meeting Putin."); after it, no cue and no one else.
        guard let firstEnd = tokens.indices.first(where: { tokens[$0].isPunctuation && ".!?".contains(tokens[$0].text) && !Self.isAbbreviationDot(tokens, $0) })
        else { return true }
        let rest = tokens[firstEnd].range.upperBound..<span.start
        guard !mentioned(span.startParagraph, rest) else { return false }
        return !tokens.indices.contains { $0 > firstEnd && Self.isCue(tokens, $0) }
    }

    // MARK: - Reading a prefix

    /// The last cue of `tokens` (a sentence up to the quote) with its subject; a participle
    /// after a comma takes the sentence's subject, a relative "which" its document's author.
    func attribution(inPrefix tokens: [WordToken], paragraph: Int) -> Attribution? {
        if let according = Self.accordingTo(tokens) {
            return phraseAttribution(tokens, from: according, paragraph: paragraph, cue: Self.accordingCue(tokens, according, paragraph))
        }
        for verb in tokens.indices.reversed() where Self.isCue(tokens, verb) {
            // `She says Trump’s tweets accusing her of… are “lies”`: a participle after its noun
            // modifies it; an earlier cue is the sentence's.
            if verb > 0, tokens[verb].lowercased.hasSuffix("ing"), !tokens[verb - 1].isPunctuation,
                !AttributionWords.personalPronouns.contains(tokens[verb - 1].lowercased),
                // The earlier cue must have its own subject right before it ("She says").
                tokens.indices.prefix(verb - 1).contains(where: { index in
                    index > 0 && Self.isCue(tokens, index) && !tokens[index].lowercased.hasSuffix("ing")
                        && (AttributionWords.personalPronouns.contains(tokens[index - 1].lowercased)
                            || (tokens[index - 1].isCapitalized && !tokens[index - 1].possessive))
                })
            {
                continue
            }
            if verb > 0, tokens[verb - 1].text == ",", tokens[verb].lowercased.hasSuffix("ing") {
                // `…, stating:` `he said, adding that`: the subject of the clause it hangs on.
                if let found = sentenceSubject(Array(tokens[..<(verb - 1)]), paragraph: paragraph) {
                    return Attribution(speaker: found, cue: Cue(tokens[verb], paragraph: paragraph))
                }
                if let earlier = tokens.indices.prefix(verb - 1).last(where: { Self.isCue(tokens, $0) }),
                    let found = subject(Array(tokens[...earlier]), before: earlier, paragraph: paragraph)
                {
                    return Attribution(speaker: found.speaker, cue: Cue(tokens[verb], paragraph: paragraph))
                }
                continue
            }
            if let found = subject(tokens, before: verb, paragraph: paragraph) {
                // `The statement noted they had previously said they would take “…”`: words a
                // pronoun said, as the sentence's named subject reports them, are that subject's.
                if case .pronoun = found.speaker,
                    let earlier = tokens.indices.prefix(max(0, verb - 1)).last(where: { Self.isCue(tokens, $0) && !tokens[$0].lowercased.hasSuffix("ing") }),
                    let outer = subject(tokens, before: earlier, paragraph: paragraph), case .phrase = outer.speaker
                {
                    return Attribution(speaker: outer.speaker, cue: found.cue)
                }
                return found
            }
            // `Said Mr X:` and other inverted forms, with a name or a determiner after the cue
            // ("Calls men names like…" in a list of fragments names no one).
            if verb + 1 < tokens.count,
                tokens[verb + 1].isCapitalized || AttributionWords.determiners.contains(tokens[verb + 1].lowercased)
                    || AttributionWords.personalPronouns.contains(tokens[verb + 1].lowercased),
                let found = phraseAttribution(tokens, from: verb + 1, paragraph: paragraph, cue: Cue(tokens[verb], paragraph: paragraph))
            {
                return found
            }
        }
        return nil
    }

    /// A lead-in with no cue (`The Times reports:` aside): its sentence's subject when it is
    /// short (`Mr Healey:`), else none.
    private func leadInSubject(_ tokens: [WordToken], paragraph: Int) -> Attribution? {
        guard let speaker = sentenceSubject(tokens, paragraph: paragraph) else { return nil }
        switch speaker {
        case .pronoun: return Attribution(speaker: speaker, cue: Cue(text: ":", paragraph: paragraph))
        case .phrase(_, let range):
            // A name, not a description: "The list was as follows:" attributes nothing.
            let words = WordToken.tokenize(paragraphs[paragraph], in: range).filter { !$0.isPunctuation }
            guard let head = words.last, head.isCapitalized, !NameLexicon.nationalities.contains(head.lowercased) else { return nil }
            return Attribution(speaker: speaker, cue: Cue(text: ":", paragraph: paragraph))
        case .nobody: return nil
        }
    }

    /// The subject before `tokens[verb]`: a pronoun, or the noun phrase that ends there
    /// (adverbs between skipped; `X, the party's leader, said` is X).
    private func subject(_ tokens: [WordToken], before verb: Int, paragraph: Int) -> Attribution? {
        let cue = Cue(tokens[verb], paragraph: paragraph)
        var end = verb
        while end > 0, !tokens[end - 1].isPunctuation,
            AttributionWords.adverbs.contains(tokens[end - 1].lowercased)
                || (tokens[end - 1].lowercased.hasSuffix("ly") && !tokens[end - 1].isCapitalized && end - 1 > 0)
        {
            end -= 1
        }
        guard end > 0 else { return nil }
        let last = tokens[end - 1]
        // `for saying`, `by calling`: a gerund after a preposition has no subject of its own.
        if !last.isPunctuation, tokens[verb].lowercased.hasSuffix("ing"), AttributionWords.gerundPrepositions.contains(last.lowercased) {
            // Its subject is the clause's: the last "he" or "she" before it (`he appeared at a
            // hearing for his role… and for saying that…`), when the clause has one.
            guard let pronoun = tokens[..<(end - 1)].last(where: { !$0.isPunctuation && AttributionWords.personalPronouns.contains($0.lowercased) })
            else { return nil }
            return Attribution(speaker: .pronoun(paragraph: paragraph, index: pronoun.range.lowerBound), cue: cue)
        }
        // `in a box labeled “medical problem”`: a participle that names a thing, not a speaker.
        if !last.isPunctuation, !last.isCapitalized, verb == tokens.count - 1,
            AttributionWords.namingParticiples.contains(tokens[verb].lowercased),
            !AttributionWords.personalPronouns.contains(last.lowercased), last.lowercased != AttributionWords.thingPronoun,
            !AttributionWords.otherPronouns.contains(last.lowercased),
            tokens.indices.prefix(end - 1).contains(where: { tokens[$0].lowercased == "a" || tokens[$0].lowercased == "an" || tokens[$0].lowercased == "the" })
        {
            return Attribution(speaker: .nobody, cue: cue)
        }
        if !last.isPunctuation,
            AttributionWords.personalPronouns.contains(last.lowercased) || last.lowercased == AttributionWords.thingPronoun
                || last.lowercased == AttributionWords.pluralPronoun
        {
            return Attribution(speaker: .pronoun(paragraph: paragraph, index: last.range.lowerBound), cue: cue)
        }
        if !last.isPunctuation, last.lowercased == "which" || last.lowercased == "that", end >= 2, tokens[end - 2].text == "," {
            // `the letter, which stated:`: the document's author.
            return documentAuthor(Array(tokens[..<(end - 2)]), paragraph: paragraph).map { Attribution(speaker: $0, cue: cue) }
                ?? Attribution(speaker: .nobody, cue: cue)
        }
        if !last.isPunctuation, AttributionWords.otherPronouns.contains(last.lowercased) {
            return Attribution(speaker: .nobody, cue: cue)
        }
        if !last.isPunctuation, ["and", "but", "or"].contains(last.lowercased) {
            // `X outlined his plan and vowed…`: the subject of the verb before, or the clause's.
            let head = Array(tokens[..<(end - 1)])
            if let earlier = head.indices.last(where: { Self.isCue(head, $0) }), let found = subject(head, before: earlier, paragraph: paragraph) {
                return Attribution(speaker: found.speaker, cue: cue)
            }
            return sentenceSubject(head, paragraph: paragraph).map { Attribution(speaker: $0, cue: cue) }
        }
        if last.text == "," {
            // `Kenneth Baer, a former official, said`: the name before the appositive.
            guard let open = tokens[..<(end - 1)].lastIndex(where: { $0.text == "," }), open > 0,
                let range = Self.phraseBackward(tokens, endingAt: open)
            else { return nil }
            return Attribution(speaker: .phrase(paragraph: paragraph, range: range), cue: cue)
        }
        guard var range = Self.phraseBackward(tokens, endingAt: end) else { return nil }
        // "Protesters marching through the streets chanted": the noun a participle phrase
        // hangs on, not the phrase's own object.
        if let first = tokens.firstIndex(where: { $0.range.lowerBound == range.lowerBound }), first >= 2,
            AttributionWords.placePrepositions.contains(tokens[first - 1].lowercased),
            !tokens[first - 2].isCapitalized, tokens[first - 2].lowercased.hasSuffix("ing") || Self.isPastVerb(tokens[first - 2].lowercased),
            let noun = Self.phraseBackward(tokens, endingAt: first - 2)
        {
            range = noun
        }
        return Attribution(speaker: .phrase(paragraph: paragraph, range: range), cue: cue)
    }

    /// True for a word that reads as a verb in the past tense: "-ed", or a common irregular one.
    static func isPastVerb(_ word: String) -> Bool {
        (word.count > 4 && word.hasSuffix("ed")) || AttributionWords.irregularPastVerbs.contains(word)
    }

    /// The noun phrase from `tokens[start]` on, as the speaker of `cue`.
    private func phraseAttribution(_ tokens: [WordToken], from start: Int, paragraph: Int, cue: Cue) -> Attribution? {
        guard start < tokens.count else { return nil }
        let first = tokens[start]
        if !first.isPunctuation, AttributionWords.personalPronouns.contains(first.lowercased) {
            return Attribution(speaker: .pronoun(paragraph: paragraph, index: first.range.lowerBound), cue: cue)
        }
        guard let range = Self.phraseForward(tokens, from: start) else { return nil }
        return Attribution(speaker: .phrase(paragraph: paragraph, range: range), cue: cue)
    }

    /// The subject of a sentence: its first noun phrase, after an opening adverbial phrase
    /// ("Following their call, Sir Keir praised…" is Sir Keir).
    func sentenceSubject(_ tokens: [WordToken], paragraph: Int) -> Speaker? {
        var start = 0
        // A run-in head in capitals (`CONGRESS HAS INVESTIGATED HIM — Oz’s advice…`) is no subject.
        if let dash = tokens.prefix(10).firstIndex(where: { $0.isOne(of: "—–―") }), dash >= 2,
            tokens[..<dash].allSatisfy({ $0.isPunctuation || $0.isAllCaps })
        {
            start = dash + 1
        }
        // "Following the call, X…"; "On July 6, 2015, X…"; "Though she called…" (no comma:
        // only the conjunction); "Chastened by the analyses, X…" (a participle).
        func opensAdverbial(_ index: Int) -> Bool {
            let token = tokens[index]
            if AttributionWords.adverbialOpeners.contains(token.lowercased) || token.text.first?.isNumber == true { return true }
            return index == 0 && token.isCapitalized && token.text.count > 4
                && (token.lowercased.hasSuffix("ed") || token.lowercased.hasSuffix("ing"))
                && index + 1 < tokens.count && !tokens[index + 1].isCapitalized && !tokens[index + 1].isPunctuation
        }
        while start < tokens.count, opensAdverbial(start) {
            let comma = tokens[start...].firstIndex { $0.text == "," }
            start = comma.map { $0 + 1 } ?? start + 1
            guard comma != nil else { continue }
            // `On "Face the Nation," X…`: the comma inside a title's closing mark.
            while start < tokens.count, tokens[start].isOne(of: "”\"") { start += 1 }
            // The opening phrase goes on past its comma: a place after a place ("in Novi,
            // Michigan, Trump says"), or a clause that is no noun phrase ("…, as well as
            // complaints over its costs, Trump revised").
            if start < tokens.count, let next = tokens[start...].prefix(12).firstIndex(where: { $0.text == "," }), next + 1 < tokens.count {
                let placeAfterPlace =
                    start >= 2 && tokens[start - 2].isCapitalized && next == start + 1 && tokens[start].isCapitalized
                let noPhrase =
                    !tokens[start].isCapitalized && !AttributionWords.personalPronouns.contains(tokens[start].lowercased)
                    && !AttributionWords.determiners.contains(tokens[start].lowercased) && Self.phraseForward(tokens, from: start) == nil
                if placeAfterPlace || noPhrase { start = next + 1 }
            }
        }
        guard start < tokens.count else { return nil }
        let first = tokens[start]
        if AttributionWords.personalPronouns.contains(first.lowercased) {
            return .pronoun(paragraph: paragraph, index: first.range.lowerBound)
        }
        return Self.phraseForward(tokens, from: start).map { .phrase(paragraph: paragraph, range: $0) }
    }

    /// The author of the document a relative clause stands for: the possessor of a document
    /// noun (`Zelensky’s letter`), the subject of a publishing verb (`the ministry issued a
    /// statement`), or, for a bare `the communication`, the nearest such document before it in
    /// this paragraph or the one before.
    private func documentAuthor(_ tokens: [WordToken], paragraph: Int) -> Speaker? {
        guard let head = tokens.last, !head.isPunctuation, AttributionWords.documentNouns.contains(head.lowercased) else { return nil }
        if let author = Self.author(in: tokens, paragraph: paragraph, documentAt: tokens.count - 1) { return author }
        // The nearest earlier document with an author.
        for p in stride(from: paragraph, through: max(0, paragraph - 1), by: -1) {
            let text = paragraphs[p]
            let all = WordToken.tokenize(text, in: text.startIndex..<(p == paragraph ? head.range.lowerBound : text.endIndex))
            for index in all.indices.reversed() where !all[index].isPunctuation && AttributionWords.documentNouns.contains(all[index].lowercased) {
                if let author = Self.author(in: Array(all[...index]), paragraph: p, documentAt: index) { return author }
            }
        }
        return nil
    }

    /// The author of the document noun at `tokens[index]`: its possessor, or the subject of
    /// the publishing verb just before it.
    private static func author(in tokens: [WordToken], paragraph: Int, documentAt index: Int) -> Speaker? {
        var i = index - 1
        while i >= 0, !tokens[i].isPunctuation, !tokens[i].possessive, index - i <= 3,
            ["the", "a", "an", "new", "open", "written", "short", "brief", "joint", "official"].contains(tokens[i].lowercased)
        {
            i -= 1
        }
        if i >= 0, tokens[i].possessive, tokens[i].isCapitalized {
            var start = i
            while start > 0, tokens[start - 1].isCapitalized, !tokens[start - 1].possessive { start -= 1 }
            return .phrase(paragraph: paragraph, range: tokens[start].range.lowerBound..<tokens[i].range.upperBound)
        }
        if i >= 1, !tokens[i].isPunctuation, AttributionWords.publishingVerbs.contains(tokens[i].lowercased),
            let range = phraseBackward(tokens, endingAt: i)
        {
            return .phrase(paragraph: paragraph, range: range)
        }
        return nil
    }

    // MARK: - Token helpers

    /// True for a verb of saying.
    /// True for a verb of saying: lower case, or capitalised only where a clause opens
    /// ("Said Mr X:"; "States" in "United States" is not "states").
    static func isCue(_ token: WordToken) -> Bool {
        !token.isPunctuation && AttributionWords.cues.contains(token.lowercased) && (!token.isCapitalized || token.startsClause)
    }

    /// ``isCue(_:)`` for `tokens[index]`, which is not a cue after a determiner ("the states
    /// suing", "a report").
    static func isCue(_ tokens: [WordToken], _ index: Int) -> Bool {
        guard isCue(tokens[index]) else { return false }
        return index == 0 || !AttributionWords.determiners.contains(tokens[index - 1].lowercased)
    }

    /// The cue "according to" (or "per") that ends just before `tokens[after]`.
    private static func accordingCue(_ tokens: [WordToken], _ after: Int, _ paragraph: Int) -> Cue {
        if tokens[after - 1].lowercased == "per" {
            return Cue(text: "per", paragraph: paragraph, range: tokens[after - 1].range)
        }
        return Cue(text: "according to", paragraph: paragraph, range: tokens[after - 2].range.lowerBound..<tokens[after - 1].range.upperBound)
    }

    /// The index just past "according to" in the first tokens of `tokens`, if it is there; or
    /// past "per" opening a source ("per the party’s bylaws", "per Reuters"), not a rate
    /// ("$5 per share", "per cent").
    private static func accordingTo(_ tokens: [WordToken]) -> Int? {
        if let at = tokens.indices.dropLast().first(where: { tokens[$0].lowercased == "according" && tokens[$0 + 1].lowercased == "to" }) {
            return at + 2
        }
        guard
            let per = tokens.indices.dropLast().first(where: { index in
                tokens[index].text == "per"
                    && (tokens[index + 1].isCapitalized || ["the", "a", "an", "its", "their", "his", "her"].contains(tokens[index + 1].lowercased))
            })
        else { return nil }
        return per + 1
    }

    /// `tokens` up to the end of their sentence (a full stop after an abbreviation or an
    /// initial does not end it) or the next quotation mark.
    static func sentenceWindow(_ tokens: [WordToken]) -> [WordToken] {
        var window: [WordToken] = []
        var depth = 0
        for (index, token) in tokens.enumerated() {
            if token.isPunctuation {
                if token.text == "(" { depth += 1 }
                if token.text == ")" { depth = max(0, depth - 1) }
                if token.isOne(of: "“\"‘"), !Nicknames.isMark(tokens, index) { break }
                if token.isOne(of: "!?"), depth == 0 { break }
                if token.text == ".", depth == 0, !isAbbreviationDot(tokens, index) { break }
            }
            window.append(token)
            if window.count >= 40 { break }
        }
        return window
    }

    /// True when quoted words read as a title (`Face the Nation,`): at most six words, each
    /// capitalised but for short function words, the first capitalised.
    static func isTitle(_ text: String) -> Bool {
        let words = WordToken.tokenize(text).filter { !$0.isPunctuation }
        guard let first = words.first, first.isCapitalized, words.count <= 6 else { return false }
        return words.allSatisfy { $0.isCapitalized || ($0.text.count <= 3 && StopWords.english.contains($0.lowercased)) }
    }

    /// True when `tokens[index]` is a full stop inside or after an abbreviation ("Mr.", "Sen.",
    /// "(D-N.C.)"), not the end of a sentence.
    static func isAbbreviationDot(_ tokens: [WordToken], _ index: Int) -> Bool {
        guard index > 0, tokens[index].text == "." else { return false }
        let previous = tokens[index - 1]
        guard !previous.isPunctuation, previous.range.upperBound == tokens[index].range.lowerBound else { return false }
        if index + 1 < tokens.count, tokens[index + 1].range.lowerBound == tokens[index].range.upperBound,
            !tokens[index + 1].isPunctuation || tokens[index + 1].isOne(of: ")],")
        {
            return true  // "N.C", "Wis.)": nothing between the dot and what follows
        }
        return AttributionWords.abbreviations.contains(previous.lowercased) || previous.text.count == 1 || previous.text.contains(".")
    }

    /// True for a token that can stand in a speaker's noun phrase.
    private static func isPhraseToken(_ tokens: [WordToken], _ index: Int) -> Bool {
        let token = tokens[index]
        if token.isPunctuation {
            // "9/11 widow Terry Strada": a slash inside a word.
            let inWord =
                token.text == "/" && index > 0 && index + 1 < tokens.count && !tokens[index - 1].isPunctuation
                && !tokens[index + 1].isPunctuation && tokens[index - 1].range.upperBound == token.range.lowerBound
                && token.range.upperBound == tokens[index + 1].range.lowerBound
            return isAbbreviationDot(tokens, index) || token.text == "-" || inWord || Nicknames.isMark(tokens, index)
        }
        if token.isCapitalized || token.text.first?.isNumber == true { return !NameLexicon.calendarWords.contains(token.lowercased) }
        if AttributionWords.phraseWords.contains(token.lowercased) { return true }
        return !StopWords.english.contains(token.lowercased) && !AttributionWords.adverbs.contains(token.lowercased)
            && !isCue(token) && !token.lowercased.hasSuffix("ly") && !AttributionWords.thinkingVerbs.contains(token.lowercased)
    }

    /// The noun phrase that ends just before `tokens[end]`, parenthetical asides included
    /// (`Rep. Gwen Moore (D-Wis.)`); at most 12 tokens, and it must hold a noun.
    static func phraseBackward(_ tokens: [WordToken], endingAt end: Int) -> Range<String.Index>? {
        var start = end
        var last = end - 1
        // A parenthetical right before the verb belongs to the phrase but is not its head.
        if last >= 0, tokens[last].text == ")", let open = tokens[..<last].lastIndex(where: { $0.text == "(" }) {
            last = open - 1
            start = open
        }
        guard last >= 0 else { return nil }
        var i = last
        while i >= 0, isPhraseToken(tokens, i), last - i < 12 { i -= 1 }
        start = i + 1
        // A phrase opens on a content word or a determiner, not on "of" or "and".
        while start <= last, AttributionWords.phraseLinks.contains(tokens[start].lowercased) { start += 1 }
        guard start <= last, tokens[start...last].contains(where: { !$0.isPunctuation && !AttributionWords.phraseWords.contains($0.lowercased) })
        else { return nil }
        return tokens[start].range.lowerBound..<tokens[last].range.upperBound
    }

    /// The noun phrase from `tokens[start]` on: up to a comma, a verb, a function word or a
    /// day; parenthetical asides skipped (`Sen. Claire McCaskill (D-Mo.)`).
    static func phraseForward(_ tokens: [WordToken], from start: Int) -> Range<String.Index>? {
        // A phrase opens on a content word or an article ("said in a statement" names no one).
        guard start < tokens.count, !AttributionWords.phraseLinks.contains(tokens[start].lowercased) else { return nil }
        var i = start
        var end: Int?
        while i < tokens.count, i - start < 14 {
            if tokens[i].text == "(", let close = tokens[i...].firstIndex(where: { $0.text == ")" }) {
                i = close + 1
                continue
            }
            guard isPhraseToken(tokens, i) else { break }
            // After its first word, a verb in the past tense ends the phrase ("A spokesperson
            // provided a summary").
            if end != nil, !tokens[i].isCapitalized, isPastVerb(tokens[i].lowercased) { break }
            end = i
            i += 1
        }
        guard var last = end else { return nil }
        // A phrase ends on a content word, not on "of", "the" or "and".
        while last >= start, tokens[last].isPunctuation == false, AttributionWords.phraseWords.contains(tokens[last].lowercased) { last -= 1 }
        guard last >= start, tokens[start...last].contains(where: { !$0.isPunctuation && !AttributionWords.phraseWords.contains($0.lowercased) })
        else { return nil }
        return tokens[start].range.lowerBound..<tokens[last].range.upperBound
    }

    /// The last sentence of `paragraph` before `end`, its quoted words left out.
    private func lastSentence(of paragraph: Int, before end: String.Index) -> [WordToken] {
        let text = paragraphs[paragraph]
        // Sentence ends are found before quoted words are left out: `…body type.” Sen. X:`.
        let tokens = WordToken.tokenize(text, in: text.startIndex..<end)
        var start = tokens.count
        while start > 0 {
            let token = tokens[start - 1]
            if token.isOne(of: ".!?"), !Self.isAbbreviationDot(tokens, start - 1), start < tokens.count - 1 { break }
            start -= 1
        }
        while start < tokens.count, tokens[start].isOne(of: "”\"’)") { start += 1 }
        return unquoted(Array(tokens[start...]), paragraph: paragraph)
    }

    /// True when `index` of `paragraph` lies inside a quotation.
    func isQuoted(paragraph: Int, at index: String.Index) -> Bool {
        spans.contains { $0.contains(paragraph: paragraph, index: index) }
    }

    /// `tokens` of `paragraph` without those inside a quotation.
    func unquoted(_ tokens: [WordToken], paragraph: Int) -> [WordToken] {
        let inside = spans.filter { $0.startParagraph <= paragraph && $0.endParagraph >= paragraph }
        guard !inside.isEmpty else { return tokens }
        return tokens.filter { token in !inside.contains { $0.contains(paragraph: paragraph, index: token.range.lowerBound) } }
    }
}

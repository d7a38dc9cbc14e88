/// Works out who said a quote, from the text around it.
struct SpeakerResolver {
    enum Speaker: Equatable {
        case named(String)
        /// "he" or "she" at this place: the most recent person named before it.
        case pronoun(paragraph: Int, index: String.Index)
        /// The text attributes the quote to something that is not a person ("which stated:").
        case nobody
    }

    let paragraphs: [String]
    /// Person mentions outside quotes by paragraph, each list in order.
    private let mentionsByParagraph: [Int: [ResolvedMention]]
    /// The mentions that are not possessives, in document order (pronouns resolve to these).
    private let subjects: [ResolvedMention]

    /// `mentions`: the person mentions outside quotes, in document order.
    init(paragraphs: [String], mentions: [ResolvedMention]) {
        self.paragraphs = paragraphs
        mentionsByParagraph = Dictionary(grouping: mentions, by: \.paragraphIndex)
        subjects = mentions.filter { !$0.possessive }
    }

    static let pronouns: Set<String> = ["he", "she"]

    /// `,” he said`, `,” said Mr Trump`, `,” Mr Healey said`.
    func after(_ span: QuoteScanner.Span) -> Speaker? {
        let text = paragraphs[span.endParagraph]
        guard span.closed, span.end < text.endIndex else { return nil }
        let tokens = Array(WordToken.tokenize(text, in: span.end..<text.endIndex).prefix(9))
        var window: [WordToken] = []
        for token in tokens {
            if token.isPunctuation && ".!?“\"".contains(token.text) { break }
            window.append(token)
        }
        guard window.contains(where: { SpeechVerbs.all.contains($0.lowercased) }) else { return nil }
        for token in window where !token.isPunctuation {
            if let mention = mention(in: span.endParagraph, at: token.range) { return .named(mention.actorName) }
            if Self.pronouns.contains(token.lowercased) { return .pronoun(paragraph: span.endParagraph, index: token.range.lowerBound) }
        }
        return nil
    }

    /// A lead-in ending with a colon, in the same paragraph or closing the one before.
    func leadIn(_ span: QuoteScanner.Span) -> Speaker? {
        let text = paragraphs[span.startParagraph]
        var before = text[..<span.start]
        var paragraph = span.startParagraph
        if before.allSatisfy(\.isWhitespace), paragraph > 0 {
            paragraph -= 1
            before = paragraphs[paragraph][...]
        }
        guard String(before).trimmingSpaces.hasSuffix(":") else { return nil }
        // The lead-in is the last sentence before the colon.
        let sentenceStart = before.dropLast().lastIndex { ".!?”".contains($0) }.map { before.index(after: $0) } ?? before.startIndex
        return subject(of: paragraph, in: sentenceStart..<before.endIndex)
    }

    /// A verb of saying earlier in the quote's own sentence: `He reiterated that “…”`.
    func inSentence(_ span: QuoteScanner.Span, paragraphs: [ExtractionContext.Paragraph]) -> Speaker? {
        let paragraph = paragraphs[span.startParagraph]
        guard let sentence = paragraph.sentences.first(where: { $0.range.contains(span.start) }),
            sentence.range.lowerBound < span.start
        else { return nil }
        let prefix = sentence.range.lowerBound..<span.start
        let tokens = WordToken.tokenize(paragraph.text, in: prefix)
        guard tokens.contains(where: { SpeechVerbs.all.contains($0.lowercased) }) else { return nil }
        return subject(of: span.startParagraph, in: prefix)
    }

    /// True when `span` follows straight on from `previous`: in the same or the next paragraph,
    /// with nothing but its attribution between them.
    func followsOn(_ span: QuoteScanner.Span, from previous: QuoteScanner.Span) -> Bool {
        if span.startParagraph == previous.endParagraph {
            let between = WordToken.tokenize(paragraphs[span.startParagraph], in: previous.end..<span.start).filter { !$0.isPunctuation }
            return between.count <= 4 && (between.isEmpty || between.contains { SpeechVerbs.all.contains($0.lowercased) })
        }
        return span.startParagraph == previous.endParagraph + 1
            && paragraphs[span.startParagraph][..<span.start].allSatisfy(\.isWhitespace)
    }

    /// The first person or personal pronoun in `range`, unless a relative "which" or "that"
    /// makes a thing the speaker.
    private func subject(of paragraph: Int, in range: Range<String.Index>) -> Speaker? {
        let tokens = WordToken.tokenize(paragraphs[paragraph], in: range)
        for (i, token) in tokens.enumerated() where !token.isPunctuation {
            if ["which", "it"].contains(token.lowercased) && i + 1 < tokens.count
                && SpeechVerbs.all.contains(tokens[i + 1].lowercased)
            {
                return .nobody
            }
        }
        for token in tokens where !token.isPunctuation {
            if let mention = mention(in: paragraph, at: token.range) { return .named(mention.actorName) }
            if Self.pronouns.contains(token.lowercased) { return .pronoun(paragraph: paragraph, index: token.range.lowerBound) }
        }
        return nil
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

    /// The speaker's name: pronouns become the most recent person named before them.
    func name(of speaker: Speaker, before span: QuoteScanner.Span) -> String? {
        switch speaker {
        case .named(let name): return name
        case .nobody: return nil
        case .pronoun(let paragraph, let index):
            // The subject of the most recent sentence that names someone: its first person
            // who is not a possessive ("Zelensky welcomed Mr Macron’s plan. … he said" is Zelensky).
            // Subjects before the pronoun: a binary search (they are in document order).
            let low = subjects.partitionPoint { mention in
                mention.paragraphIndex > paragraph || (mention.paragraphIndex == paragraph && mention.range.upperBound > index)
            }
            guard low > 0 else { return nil }
            // The first of them in the last one's sentence (a sentence's mentions are adjacent).
            let last = subjects[low - 1]
            var first = low - 1
            while first > 0 && subjects[first - 1].ref == last.ref { first -= 1 }
            return subjects[first].actorName
        }
    }
}

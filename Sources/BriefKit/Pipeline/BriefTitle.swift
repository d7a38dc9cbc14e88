/// Titles: the brief's own, and each source's.
public enum BriefTitle {
    /// The headline most similar to the key points (the story the brief tells); without
    /// headlines, the opening words of the top key point.
    public static func choose(for corpus: SegmentedCorpus, keyPoints: [KeyPoint], analysis: CorpusAnalysis) -> String {
        let headlines = corpus.documents.compactMap(\.headline)
        let pointVectors = keyPoints.map { analysis.vectors.vector(for: $0.text) }
        // Each headline's score on every core (one headline per article); the best is picked
        // in order, the first of equals.
        let scores = headlines.parallelMap(grain: 256) { headline in
            let vector = analysis.vectors.vector(for: headline)
            return pointVectors.reduce(0) { $0 + vector.cosine($1) }
        }
        var best: (title: String, score: Double)?
        for (headline, score) in zip(headlines, scores) where score > best?.score ?? -1 { best = (headline, score) }
        if let best { return best.title }
        if let top = keyPoints.first { return leadTitle(from: top.text) }
        return "Brief"
    }

    /// A source's headline, or one made from its first sentence (``leadTitle(from:)``).
    public static func sourceTitle(of document: Document, firstSentence: String?) -> String {
        document.headline ?? firstSentence.map { leadTitle(from: $0) } ?? document.id
    }

    /// A title for an article without a headline, made from its lead sentence the way a
    /// headline is: the sentence itself when short; else its main clause, without an
    /// apposition after the opening name ("John Healey, the UK Defence Secretary, is set to
    /// meet…" → "John Healey is set to meet…") and cut where a clause ends (a comma, a dash,
    /// "amid", "after", "which"…), never mid-clause; only when no clause ends within
    /// `maxWords` words is it cut at a word, with an ellipsis.
    public static func leadTitle(from sentence: String, maxWords: Int = 14) -> String {
        var words = sentence.split(whereSeparator: \.isWhitespace).map(String.init)
        guard !words.isEmpty else { return sentence }
        if let last = words.last {
            // The full stop goes, inside a closing quote too ("ever.”" → "ever”").
            var trimmed = last
            let closing = trimmed.last.map { "\"”’)".contains($0) } == true ? trimmed.removeLast() : nil
            while let end = trimmed.last, ".!?…:;,".contains(end) { trimmed.removeLast() }
            words[words.count - 1] = trimmed + (closing.map(String.init) ?? "")
        }
        words = withoutOpeningApposition(words)
        if words.count <= maxWords { return words.joined(separator: " ") }
        let minimum = 5
        // A clause may run two words past `maxWords` rather than be cut.
        for index in (minimum - 1)..<min(words.count - 1, maxWords + 2) {
            let word = words[index], next = words[index + 1]
            let clauseEnds = word.hasSuffix(",") || word.hasSuffix(";") || word.hasSuffix(":")
            if clauseEnds || ["—", "–", "-"].contains(next) || clauseOpeners.contains(next.lowercased()) {
                return words[...index].joined(separator: " ").dropLastPunctuation()
            }
        }
        return shortened(words.joined(separator: " "), maxWords: maxWords - 2)
    }

    /// Words that open a clause or adjunct a headline can do without.
    static let clauseOpeners: Set<String> = [
        "amid", "after", "following", "while", "which", "who", "because", "despite", "although", "though",
        "but", "whereas", "since", "until", "before", "when",
    ]

    /// `words` without ", the/a/his… …," right after an opening name of one to four
    /// capitalised words, when the clause goes on in lower case (a verb).
    static func withoutOpeningApposition(_ words: [String]) -> [String] {
        guard let nameEnd = words.prefix(4).firstIndex(where: { $0.hasSuffix(",") }), nameEnd + 2 < words.count,
            words[...nameEnd].allSatisfy({ $0.first?.isUppercase == true }),
            ["the", "a", "an", "his", "her", "its", "their", "who"].contains(words[nameEnd + 1].lowercased()),
            let closing = words[(nameEnd + 1)...].prefix(12).firstIndex(where: { $0.hasSuffix(",") }),
            closing + 1 < words.count, words[closing + 1].first?.isLowercase == true
        else { return words }
        var name = Array(words[...nameEnd])
        name[name.count - 1].removeLast()
        return name + words[(closing + 1)...]
    }

    /// At most `maxWords` words, with an ellipsis when cut.
    static func shortened(_ text: String, maxWords: Int = 12) -> String {
        let words = text.split(separator: " ")
        guard words.count > maxWords else { return text }
        var cut = words.prefix(maxWords).joined(separator: " ")
        while let last = cut.last, last.isPunctuation { cut.removeLast() }
        return cut + "…"
    }
}

extension String {
    /// The string without trailing punctuation (a comma or dash a cut left behind).
    fileprivate func dropLastPunctuation() -> String {
        var text = self
        while let last = text.last, ",;:—–- ".contains(last) { text.removeLast() }
        return text
    }
}

import Foundation

/// Scores the quote extractor on a PolNeAR-layout folder: `docs/<article>.txt` and
/// `gold/<article>.json`, whose attributions have `source`, `cue` and `content` spans as
/// `[start, end)` offsets in Unicode scalars into the article, and `content_has_quote_marks`.
///
/// Each article is briefed alone. A brief quote is placed in its article by finding its text
/// there (pieces joined across paragraphs are found one by one; any white space matches any
/// other, as brief reads a no-break space as a space); one that is not found is counted as not
/// verbatim. The gold quotes are the attributions whose content has quote marks.
/// - A brief quote **matches** a gold quote when it overlaps the gold content, or one of its
///   pieces, by at least half of the shorter. PolNeAR writes a quote broken by its attribution
///   (`“A,” he said. “B.”`) as one content of two pieces, where brief has two quotes: each piece
///   can be matched once, and the gold quote counts once for recall. Precision is the share of
///   brief quotes that match; recall the share of gold quotes matched.
/// - The **speaker** of a matched quote is right when it names the gold source: a capitalised
///   word of the source, stop words and titles aside, is a word of brief's speaker. A pronoun
///   source ("he") stands for the nearest earlier source in the article that is not one; a
///   source with no such word ("a spokesman") must be contained in brief's speaker, or contain it;
///   a quote the annotators gave no source is right only without a speaker.
/// - A second, **resolved** speaker figure also counts a speaker right when it names what a
///   relative pronoun source stands for ("McConnell, … who said", the last capitalised words
///   before the pronoun in its sentence), or a person whose role in the brief has the head of a
///   definite description source ("the mayor said" and brief's speaker is Bill de Blasio,
///   "Mayor of New York"). The annotators marked the words, not the person; the first figure
///   keeps to their words.
public struct QuoteEvaluation: Sendable {
    /// One annotated quote: where its content stands, and who said it.
    public struct GoldQuote: Sendable, Equatable {
        /// The content's extent in the article, in Unicode scalars.
        public var content: Range<Int>
        /// The content's pieces, in order (one for a quote not broken by its attribution).
        public var pieces: [Range<Int>]
        /// The source as the text names it, a pronoun replaced by the nearest earlier name;
        /// nil when the annotators marked no source.
        public var speaker: String?
        /// What a relative pronoun source stands for, when found.
        public var antecedent: String?
        /// The head of a definite description source ("mayor" for "the mayor"), lower-cased.
        public var descriptionHead: String?

        public init(
            content: Range<Int>, pieces: [Range<Int>], speaker: String?, antecedent: String? = nil, descriptionHead: String? = nil
        ) {
            self.content = content
            self.pieces = pieces
            self.speaker = speaker
            self.antecedent = antecedent
            self.descriptionHead = descriptionHead
        }
    }

    /// One article: its file, its text's scalars and its gold quotes.
    public struct Article: Sendable {
        public var name: String
        public var path: String
        public var scalars: [Unicode.Scalar]
        public var gold: [GoldQuote]
    }

    /// What the scoring found, in all or for one article.
    public struct Score: Sendable, Equatable {
        public var goldQuotes = 0
        public var foundQuotes = 0
        /// Brief quotes that match a gold quote.
        public var matched = 0
        /// Gold quotes matched by at least one brief quote.
        public var goldMatched = 0
        public var rightSpeakers = 0
        /// Right speakers counting what relative pronouns and definite descriptions stand for.
        public var rightResolvedSpeakers = 0
        /// Matched quotes brief gave no speaker.
        public var noSpeaker = 0
        /// Brief quotes whose text is not in their article.
        public var notVerbatim = 0

        public var precision: Double { foundQuotes == 0 ? 0 : Double(matched) / Double(foundQuotes) }
        public var recall: Double { goldQuotes == 0 ? 0 : Double(goldMatched) / Double(goldQuotes) }
        public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
        /// Right speakers among the matched quotes.
        public var speakerAccuracy: Double { matched == 0 ? 0 : Double(rightSpeakers) / Double(matched) }
        /// Right speakers among the matched quotes, relative pronouns and definite descriptions
        /// resolved (see the type's rules).
        public var resolvedSpeakerAccuracy: Double { matched == 0 ? 0 : Double(rightResolvedSpeakers) / Double(matched) }

        /// The scores of several articles together.
        public static func total(_ scores: some Sequence<Score>) -> Score { scores.reduce(Score(), +) }

        static func + (lhs: Score, rhs: Score) -> Score {
            Score(
                goldQuotes: lhs.goldQuotes + rhs.goldQuotes, foundQuotes: lhs.foundQuotes + rhs.foundQuotes,
                matched: lhs.matched + rhs.matched, goldMatched: lhs.goldMatched + rhs.goldMatched, rightSpeakers: lhs.rightSpeakers + rhs.rightSpeakers,
                rightResolvedSpeakers: lhs.rightResolvedSpeakers + rhs.rightResolvedSpeakers, noSpeaker: lhs.noSpeaker + rhs.noSpeaker,
                notVerbatim: lhs.notVerbatim + rhs.notVerbatim)
        }
    }

    public var articles: [Article]

    /// Reads the articles of `folder` that have both a text and a gold file, sorted by name.
    /// - Throws: ``BriefError/missingPath(_:)``; ``BriefError/emptyCorpus(_:)`` when none has both.
    public init(folder: String) throws(BriefError) {
        guard FileManager.default.fileExists(atPath: folder) else { throw .missingPath(folder) }
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder + "/gold")) ?? [])
            .filter { $0.hasSuffix(".json") }.map { String($0.dropLast(5)) }.sorted()
        articles = names.compactMap { name in
            let path = folder + "/docs/" + name + ".txt"
            guard let text = FileManager.default.contents(atPath: path),
                let gold = FileManager.default.contents(atPath: folder + "/gold/" + name + ".json")
            else { return nil }
            let scalars = Array(String(decoding: text, as: UTF8.self).unicodeScalars)
            guard let quotes = try? Self.goldQuotes(in: gold, text: scalars) else { return nil }
            return Article(name: name, path: path, scalars: scalars, gold: quotes)
        }
        guard !articles.isEmpty else { throw .emptyCorpus([folder]) }
    }

    /// The quoted attributions of a gold file, pronoun sources resolved to the nearest earlier
    /// name, and what relative pronouns and definite descriptions stand for (in `text`, the
    /// article's scalars).
    static func goldQuotes(in data: Data, text: [Unicode.Scalar] = []) throws -> [GoldQuote] {
        let file = try JSONDecoder().decode(GoldFile.self, from: data)
        let attributions = file.attributions.sorted { ($0.source?.start ?? 0) < ($1.source?.start ?? 0) }
        var quotes: [(start: Int, quote: GoldQuote)] = []
        for (index, attribution) in attributions.enumerated() where attribution.contentHasQuoteMarks {
            guard let content = attribution.content?.extent, let pieces = attribution.content?.pieces else { continue }
            var source = attribution.source
            if let pronoun = source, Self.isPronoun(pronoun.text),
                let earlier = attributions[..<index].reversed().compactMap(\.source).first(where: { !Self.isPronoun($0.text) && !$0.text.isEmpty })
            {
                source = earlier
            }
            let speaker = source?.text
            var antecedent: String?
            var head: String?
            if let speaker, let start = source?.start {
                if Self.relativePronouns.contains(speaker.lowercased().trimmingCharacters(in: .whitespacesAndNewlines)) {
                    antecedent = Self.lastName(before: start, in: text)
                } else {
                    head = Self.definiteDescriptionHead(speaker)
                }
            }
            quotes.append(
                (content.lowerBound, GoldQuote(content: content, pieces: pieces, speaker: speaker, antecedent: antecedent, descriptionHead: head)))
        }
        return quotes.sorted { $0.start < $1.start }.map(\.quote)
    }

    static let relativePronouns: Set<String> = ["who", "which", "whom", "that"]

    /// The head of a source such as "the mayor" or "the president": "the", then lower-case
    /// words; nil for any other source.
    static func definiteDescriptionHead(_ source: String) -> String? {
        let words = source.split(separator: " ")
        guard words.count >= 2, words[0].lowercased() == "the", words.dropFirst().allSatisfy({ $0.first?.isLowercase == true }) else {
            return nil
        }
        return words.last.map { $0.lowercased() }
    }

    /// The last run of capitalised words in the sentence before `position` of `text`, within
    /// 150 scalars ("Mitch McConnell, the majority leader, who" → "Mitch McConnell").
    static func lastName(before position: Int, in text: [Unicode.Scalar]) -> String? {
        guard position <= text.count, position > 0 else { return nil }
        var start = max(0, position - 150)
        if let end = text[start..<position].lastIndex(where: { $0 == "." || $0 == "\n" || $0 == "?" || $0 == "!" }) { start = end + 1 }
        let before = String(String.UnicodeScalarView(text[start..<position]))
        let words = before.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
        var run: [String] = []
        for word in words.reversed() {
            if word.first?.isUppercase == true {
                run.insert(word, at: 0)
            } else if !run.isEmpty {
                break
            }
        }
        let name = run.joined(separator: " ")
        return nameWords(of: name).isEmpty ? nil : name
    }

    /// The capitalised words of a source that can name someone (stop words and titles aside).
    static func nameWords(of source: String) -> [String] {
        source.split(whereSeparator: { !$0.isLetter && $0 != "-" && $0 != "’" && $0 != "'" }).filter {
            $0.first?.isUppercase == true && $0.count > 1
        }.map { Tokenizer.words(String($0)).first ?? "" }.filter {
            !$0.isEmpty && !StopWords.english.contains($0) && !titles.contains($0)
        }
    }

    static let pronouns: Set<String> = ["he", "she", "they", "we", "i", "him", "her", "his", "it", "you", "them"]

    static func isPronoun(_ text: String) -> Bool {
        pronouns.contains(text.lowercased().trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// Titles that name no one in particular ("Mr", "Sen.", "President").
    static let titles: Set<String> = [
        "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "president", "senator", "governor", "secretary", "sir", "former", "vice",
    ]

    /// True when brief's `speaker` names the gold `source` (see the type's rules).
    static func speaker(_ speaker: String, names source: String) -> Bool {
        let words = Tokenizer.words(speaker)
        let nameWords = nameWords(of: source)
        if !nameWords.isEmpty { return nameWords.contains { words.contains($0) } }
        let a = speaker.lowercased(), b = source.lowercased()
        return !a.isEmpty && !b.isEmpty && (a.contains(b) || b.contains(a))
    }

    /// Where `text` stands in `scalars`: the whole text, or else its pieces (split after
    /// sentence ends and their closers, as quotes continued across paragraphs are joined) in order, from the first
    /// piece's start to the last one's end. Nil when it is not there verbatim.
    static func locate(_ text: String, in scalars: [Unicode.Scalar]) -> Range<Int>? {
        let whole = Array(text.unicodeScalars)
        if let start = firstIndex(of: whole, in: scalars, from: 0) { return start..<(start + whole.count) }
        var pieces: [[Unicode.Scalar]] = [[]]
        var afterSentenceEnd = false  // a terminator, perhaps with closers after it ("(Applause.)")
        for scalar in whole {
            if scalar == " ", afterSentenceEnd {
                pieces.append([])
            } else {
                pieces[pieces.count - 1].append(scalar)
            }
            afterSentenceEnd = ScalarText.isTerminator(scalar) || (afterSentenceEnd && ScalarText.isCloser(scalar))
        }
        var position = 0
        var start: Int?
        for piece in pieces where !piece.isEmpty {
            guard let found = firstIndex(of: piece, in: scalars, from: position) else { return nil }
            if start == nil { start = found }
            position = found + piece.count
        }
        return start.map { $0..<position }
    }

    /// The first place at or after `from` where `needle` stands in `haystack`, any white space
    /// matching any other (brief reads a no-break space as a space).
    private static func firstIndex(of needle: [Unicode.Scalar], in haystack: [Unicode.Scalar], from: Int) -> Int? {
        guard !needle.isEmpty, haystack.count >= needle.count, from <= haystack.count - needle.count else { return nil }
        func same(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> Bool { a == b || (a.isSpaceFast && b.isSpaceFast) }
        var i = from
        while i <= haystack.count - needle.count {
            if same(haystack[i], needle[0]) && zip(haystack[i..<(i + needle.count)], needle).allSatisfy(same) { return i }
            i += 1
        }
        return nil
    }

    /// One quote the scoring did not count as right, for reading the errors one by one.
    public struct Finding: Sendable, Equatable {
        public enum Kind: String, Sendable {
            /// A gold quote brief did not find.
            case missed
            /// A brief quote that matches no gold quote.
            case extra
            /// A matched quote whose speaker is wrong or missing.
            case wrongSpeaker = "wrong speaker"
            /// A brief quote whose text is not in its article.
            case notVerbatim = "not verbatim"
        }
        public var kind: Kind
        public var article: String
        /// The quote's text (brief's, or the gold content's for a missed quote).
        public var text: String
        /// Brief's speaker, when brief has the quote.
        public var speaker: String?
        /// The gold speaker, when there is a gold quote.
        public var goldSpeaker: String?
    }

    /// The quotes of `quotes` and of `article`'s gold that were not right, in article order.
    static func findings(_ quotes: [Quote], in article: Article, roles: [String: String] = [:]) -> [Finding] {
        var findings: [Finding] = []
        _ = score(quotes, in: article, roles: roles, findings: &findings)
        return findings
    }

    /// The score of `quotes` (brief's, for `article`).
    /// `roles`: the brief's people's roles by name, for definite description sources.
    static func score(_ quotes: [Quote], in article: Article, roles: [String: String] = [:]) -> Score {
        var findings: [Finding] = []
        return score(quotes, in: article, roles: roles, findings: &findings)
    }

    private static func score(
        _ quotes: [Quote], in article: Article, roles: [String: String], findings: inout [Finding]
    ) -> Score {
        var score = Score(goldQuotes: article.gold.count, foundQuotes: quotes.count)
        func finding(_ kind: Finding.Kind, _ text: String, _ speaker: String?, _ gold: String?) {
            findings.append(Finding(kind: kind, article: article.name, text: text, speaker: speaker, goldSpeaker: gold))
        }
        // How many of each gold quote's pieces are matched.
        var taken = [Int](repeating: 0, count: article.gold.count)
        for quote in quotes {
            guard let span = locate(quote.text, in: article.scalars) else {
                score.notVerbatim += 1
                finding(.notVerbatim, quote.text, quote.speaker, nil)
                continue
            }
            var best: (index: Int, overlap: Int)?
            for (index, gold) in article.gold.enumerated() where taken[index] < gold.pieces.count {
                for part in [gold.content] + (gold.pieces.count > 1 ? gold.pieces : []) {
                    let overlap = max(0, min(span.upperBound, part.upperBound) - max(span.lowerBound, part.lowerBound))
                    guard overlap * 2 >= min(span.count, part.count), overlap > 0 else { continue }
                    if overlap > (best?.overlap ?? 0) { best = (index, overlap) }
                }
            }
            guard let best else {
                finding(.extra, quote.text, quote.speaker, nil)
                continue
            }
            if taken[best.index] == 0 { score.goldMatched += 1 }
            taken[best.index] += 1
            score.matched += 1
            let gold = article.gold[best.index].speaker
            switch (quote.speaker, gold) {
            case (let speaker?, let source?):
                if Self.speaker(speaker, names: source) {
                    score.rightSpeakers += 1
                    score.rightResolvedSpeakers += 1
                } else if let antecedent = article.gold[best.index].antecedent, Self.speaker(speaker, names: antecedent) {
                    score.rightResolvedSpeakers += 1
                    finding(.wrongSpeaker, quote.text, speaker, source + " [" + antecedent + "]")
                } else if let head = article.gold[best.index].descriptionHead, let role = roles[speaker],
                    Tokenizer.words(role).contains(head)
                {
                    score.rightResolvedSpeakers += 1
                    finding(.wrongSpeaker, quote.text, speaker, source + " [" + role + "]")
                } else {
                    finding(.wrongSpeaker, quote.text, speaker, source)
                }
            case (nil, nil):  // the text names no one, and brief says so
                score.rightSpeakers += 1
                score.rightResolvedSpeakers += 1
            case (nil, _?):
                score.noSpeaker += 1
                finding(.wrongSpeaker, quote.text, nil, gold)
            case (let speaker?, nil): finding(.wrongSpeaker, quote.text, speaker, nil)
            }
        }
        for (index, gold) in article.gold.enumerated() where taken[index] == 0 {
            let text = String(String.UnicodeScalarView(article.scalars[gold.content]))
            finding(.missed, text, nil, gold.speaker)
        }
        return score
    }

    /// Briefs every article alone with `pipeline` and scores its quotes, in article order
    /// (``Score/total(_:)`` adds them up).
    public func evaluate(pipeline: BriefPipeline = BriefPipeline()) throws(BriefError) -> [Score] {
        try evaluateWithFindings(pipeline: pipeline).map(\.score)
    }

    /// ``evaluate(pipeline:)``, with each article's ``Finding``s.
    public func evaluateWithFindings(
        pipeline: BriefPipeline = BriefPipeline()
    ) throws(BriefError) -> [(score: Score, findings: [Finding])] {
        var results: [(score: Score, findings: [Finding])] = []
        for article in articles {
            let brief = try pipeline.brief(of: [article.path], date: BriefDate(year: 2016, month: 11, day: 1)!)
            var findings: [Finding] = []
            let roles = Dictionary(
                brief.actors.compactMap { actor in actor.role.map { (actor.name, $0) } }, uniquingKeysWith: { first, _ in first })
            let score = Self.score(brief.quotes, in: article, roles: roles, findings: &findings)
            results.append((score, findings))
        }
        return results
    }

    private struct GoldFile: Decodable {
        var attributions: [Attribution]
    }

    private struct Attribution: Decodable {
        var source: Span?
        var content: Span?
        var contentHasQuoteMarks: Bool

        enum CodingKeys: String, CodingKey {
            case source, content
            case contentHasQuoteMarks = "content_has_quote_marks"
        }
    }

    private struct Span: Decodable {
        var text: String
        var ranges: [[Int]]

        var start: Int? { ranges.compactMap(\.first).min() }
        /// The ranges, in order.
        var pieces: [Range<Int>]? {
            let pieces = ranges.compactMap { $0.count == 2 && $0[0] < $0[1] ? $0[0]..<$0[1] : nil }.sorted { $0.lowerBound < $1.lowerBound }
            return pieces.isEmpty ? nil : pieces
        }

        /// From the first range's start to the last one's end.
        var extent: Range<Int>? {
            guard let lower = start, let upper = ranges.compactMap(\.last).max(), upper > lower else { return nil }
            return lower..<upper
        }
    }
}

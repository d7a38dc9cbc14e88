import Foundation

/// Finds direct quotations, verbatim, with their speakers, and merges the same quotation
/// carried by several outlets.
///
/// - A quotation of fewer than ``minimumWords`` words ("dictator", “special relationship”) is a
///   scare quote, not a quote.
/// - Speaker, in order of trust: a verb of saying right after the quote (`,” he said`,
///   `,” said Mr Trump`); a lead-in that ends with a colon (`Healey added: “…”`, or a
///   paragraph ending in `stating:`); a verb of saying earlier in the quote's own sentence
///   (`He reiterated that “…”`); the speaker of the quote just before it, for a quote that
///   follows straight on. A pronoun is the most recent person named outside quotes. A lead-in
///   whose subject is a thing (`which stated:`) gives no speaker: nil, rather than wrong.
/// - Merging: quotes are compared by their words (case, punctuation and quote style
///   ignored); one that lies inside a longer one joins it, credited to all their sources.
public struct QuoteExtractor: Sendable {
    public var minimumWords = 6

    public init() {}

    public func extract(from context: ExtractionContext, actors: ActorAnalysis) -> [Quote] {
        let mentionsByDocument = Dictionary(grouping: actors.personMentions, by: \.documentIndex)
        let directory = SpeakerDirectory(actors: actors.actors)
        // Documents are read on every core; quotes stay in document order.
        let found = Array(context.paragraphs.indices).parallelMap { documentIndex in
            quotes(
                in: context.paragraphs[documentIndex], documentIndex: documentIndex,
                mentions: mentionsByDocument[documentIndex] ?? [], directory: directory, source: context.documentID(documentIndex))
        }.joinedInParallel()
        return merge(found, context: context, actors: actors.actors)
    }

    struct FoundQuote {
        var text: String
        var speaker: String?
        var speakerKind: Quote.SpeakerKind?
        var cue: String?
        var documentIndex: Int
        var refs: [SentenceRef]
        var key: String
        var occurrence: Quote.Occurrence
    }

    // MARK: - One document

    /// The quotes of one document; `mentions` are its resolved person mentions.
    private func quotes(
        in paragraphs: [ExtractionContext.Paragraph], documentIndex: Int,
        mentions: [ResolvedMention], directory: SpeakerDirectory, source: String
    ) -> [FoundQuote] {
        let texts = paragraphs.map(\.text)
        let spans = QuoteScanner().spans(in: texts)
        guard !spans.isEmpty else { return [] }
        let (resolver, naming) = Self.naming(paragraphs: paragraphs, spans: spans, mentions: mentions, directory: directory)
        var earlier: [SpeakerNaming.EarlierSpeaker] = []
        var result: [FoundQuote] = []
        // The last quote kept, with its speaker: a quote that follows straight on shares it.
        var previous: (span: QuoteScanner.Span, speaker: (name: String, kind: Quote.SpeakerKind)?)?
        for span in spans {
            let attribution = resolver.after(span) ?? resolver.leadIn(span) ?? resolver.inSentence(span, paragraphs: paragraphs)
            // A short quotation is a quote only when the text attributes it ("called the plan
            // “a disaster”"); scare quotes and titles are not.
            if !Self.hasWords(span.text, atLeast: minimumWords) {
                guard attribution != nil, !Self.isTitle(span.text) else { continue }
            }
            var speaker = attribution.flatMap { naming.name($0.speaker, earlier: earlier) }
            if attribution == nil {
                if let previous, previous.speaker != nil,
                    resolver.followsOn(span, from: previous.span)
                        || resolver.continues(span, from: previous.span, mentioned: naming.namesSomeone)
                {
                    speaker = previous.speaker
                } else if let found = resolver.previousSentence(span, paragraphs: paragraphs),
                    let named = naming.name(found.speaker, earlier: earlier),
                    !found.bySubjectOnly || SpeakerNaming.isPerson(named)
                {
                    speaker = named
                }
            }
            let start = paragraphs[span.startParagraph].sentence(containing: span.start)
            let end = paragraphs[span.endParagraph].sentence(containing: texts[span.endParagraph].index(before: span.end))
            var text = span.text
            var trimmed = 0
            while let last = text.last, last == "," || last == " " {
                text.removeLast()
                trimmed += 1
            }
            // Marks around punctuation alone (“,” or “…”) quote no words.
            guard text.contains(where: { $0.isLetter || $0.isNumber }) else { continue }
            let occurrence = Self.occurrence(
                of: span, trimmedAtEnd: trimmed, attribution: attribution, in: texts, source: source)
            result.append(
                FoundQuote(
                    text: text, speaker: speaker?.name, speakerKind: speaker?.kind, cue: attribution?.cue.text,
                    documentIndex: documentIndex, refs: Array(Set([start, end].compactMap { $0 })).sorted(), key: Self.key(text),
                    occurrence: occurrence))
            previous = (span, speaker)
            if let speaker {
                earlier.append(.init(paragraph: span.startParagraph, position: span.start, name: speaker.name, kind: speaker.kind))
            }
        }
        return result
    }

    /// The resolver and namer of one document's speakers, given its quotations and its
    /// person mentions (those inside quotations are no one's antecedent).
    private static func naming(
        paragraphs: [ExtractionContext.Paragraph], spans: [QuoteScanner.Span], mentions: [ResolvedMention],
        directory: SpeakerDirectory
    ) -> (SpeakerResolver, SpeakerNaming) {
        let texts = paragraphs.map(\.text)
        let mentions =
            mentions
            .sorted { ($0.paragraphIndex, $0.range.lowerBound) < ($1.paragraphIndex, $1.range.lowerBound) }
        // Spans are in order and do not overlap: one walk over both lists.
        var outsideQuotes: [ResolvedMention] = []
        var spanIndex = 0
        for mention in mentions {
            while spanIndex < spans.count, Self.ends(spans[spanIndex], before: mention) { spanIndex += 1 }
            if spanIndex < spans.count,
                spans[spanIndex].contains(paragraph: mention.paragraphIndex, index: mention.range.lowerBound)
            {
                continue
            }
            outsideQuotes.append(mention)
        }
        let resolver = SpeakerResolver(paragraphs: texts, spans: spans)
        return (
            resolver,
            SpeakerNaming(paragraphs: paragraphs, texts: texts, resolver: resolver, mentions: outsideQuotes, directory: directory)
        )
    }

    /// The person that the pronoun opening sentence `ref` of document `documentIndex` ("He
    /// also underscored…") stands for, found as a quote's "he said" is: nil when the text
    /// before names no one the pronoun can be.
    func person(forPronounOpening ref: SentenceRef, documentIndex: Int, context: ExtractionContext, actors: ActorAnalysis) -> String? {
        let paragraphs = context.paragraphs[documentIndex]
        guard paragraphs.indices.contains(ref.paragraph),
            let sentence = paragraphs[ref.paragraph].sentences.first(where: { $0.ref == ref })
        else { return nil }
        let text = paragraphs[ref.paragraph].text
        guard let start = text[sentence.range].firstIndex(where: \.isLetter) else { return nil }
        let spans = QuoteScanner().spans(in: paragraphs.map(\.text))
        let mentions = actors.personMentions.filter { $0.documentIndex == documentIndex }
        let (_, naming) = Self.naming(paragraphs: paragraphs, spans: spans, mentions: mentions, directory: SpeakerDirectory(actors: actors.actors))
        guard let found = naming.name(.pronoun(paragraph: ref.paragraph, index: start)), SpeakerNaming.isPerson(found) else { return nil }
        return found.kind == .person ? found.name : nil
    }

    /// Where `span` stands in `texts`, with its attribution's cue and speaker words: offsets in
    /// Unicode scalars; the last piece loses the `trimmedAtEnd` characters its text lost.
    static func occurrence(
        of span: QuoteScanner.Span, trimmedAtEnd: Int, attribution: SpeakerResolver.Attribution?, in texts: [String], source: String
    ) -> Quote.Occurrence {
        func textSpan(_ paragraph: Int, _ range: Range<String.Index>) -> TextSpan {
            let scalars = texts[paragraph].unicodeScalars
            let start = scalars.distance(from: scalars.startIndex, to: range.lowerBound)
            return TextSpan(paragraph: paragraph, start: start, end: start + scalars[range].count)
        }
        var content = span.pieces.map { textSpan($0.paragraph, $0.range) }
        if trimmedAtEnd > 0, var last = content.popLast() {
            // The trimmed characters are "," and " ": one scalar each.
            last.end = max(last.start, last.end - trimmedAtEnd)
            content.append(last)
        }
        var cue: TextSpan?
        if let found = attribution?.cue, let range = found.range { cue = textSpan(found.paragraph, range) }
        var speaker: TextSpan?
        switch attribution?.speaker {
        case .phrase(let paragraph, let range): speaker = textSpan(paragraph, range)
        case .pronoun(let paragraph, let index):
            let text = texts[paragraph]
            let end = text[index...].firstIndex { !$0.isLetter } ?? text.endIndex
            speaker = textSpan(paragraph, index..<end)
        case .nobody, nil: break
        }
        return Quote.Occurrence(source: source, content: content, cue: cue, speaker: speaker)
    }

    /// True when `text` has at least `count` words (runs of characters that are not
    /// whitespace, as `split(whereSeparator: \.isWhitespace)` cuts them), read no further than
    /// the `count`-th.
    static func hasWords(_ text: String, atLeast count: Int) -> Bool {
        text.countRuns(upTo: count) { $0.isWhitespace } >= count
    }

    /// True for a short quotation that reads as a title ("The Apprentice", “Shark Tank”):
    /// every word capitalised, and no sentence end.
    static func isTitle(_ text: String) -> Bool {
        let words = text.split(whereSeparator: \.isWhitespace)
        guard let last = text.last, !".!?,".contains(last) else { return false }
        return words.allSatisfy { word in
            word.first.map { $0.isUppercase || $0.isNumber } ?? false || ["of", "the", "a", "an", "and", "in", "on", "to", "for"].contains(word)
        }
    }

    /// True when `span` ends at or before the start of `mention`.
    static func ends(_ span: QuoteScanner.Span, before mention: ResolvedMention) -> Bool {
        span.endParagraph < mention.paragraphIndex
            || (span.endParagraph == mention.paragraphIndex && span.end <= mention.range.lowerBound)
    }

    /// The quote's words, lower-cased, without punctuation: "it’s" and "it's" compare equal.
    static func key(_ text: String) -> String {
        asciiKey(text) ?? characterKey(text)
    }

    /// ``key(_:)`` by Characters, for any text.
    static func characterKey(_ text: String) -> String {
        text.lowercased().split { !$0.isLetter && !$0.isNumber && $0 != "’" && $0 != "'" }
            .map { $0.filter { $0.isLetter || $0.isNumber } }.joined(separator: " ")
    }

    /// ``key(_:)`` by bytes for text of printable ASCII and ’ (most English quotes), where
    /// each Character is one byte or the apostrophe; nil for any other text.
    static func asciiKey(_ text: String) -> String? {
        var key: [UInt8] = []
        var pieceOpen = false
        var pieces = 0
        var bytes = text.utf8.makeIterator()
        while let byte = bytes.next() {
            let isApostrophe: Bool
            if byte == 0xE2 {
                guard bytes.next() == 0x80, bytes.next() == 0x99 else { return nil }  // ’
                isApostrophe = true
            } else {
                guard byte >= 0x20 && byte < 0x7F else { return nil }
                isApostrophe = byte == UInt8(ascii: "'")
            }
            let lower = byte >= 65 && byte <= 90 ? byte + 32 : byte
            let isWordByte = (lower >= 97 && lower <= 122) || (lower >= 48 && lower <= 57)
            if isWordByte || isApostrophe {
                // Pieces (runs of letters, digits, apostrophes) keep only their letters and
                // digits, and are joined by one space (even a piece left empty).
                if !pieceOpen {
                    if pieces > 0 { key.append(UInt8(ascii: " ")) }
                    pieces += 1
                    pieceOpen = true
                }
                if isWordByte { key.append(lower) }
            } else {
                pieceOpen = false
            }
        }
        return String(decoding: key, as: UTF8.self)
    }

    // MARK: - Merging across outlets

    private func merge(_ found: [FoundQuote], context: ExtractionContext, actors: [Actor]) -> [Quote] {
        // Longest first, so that a partial quote finds the longer one it lies in.
        // (What each quote alone gives is made on every core: the grouping after it is in order.)
        let lengths = found.parallelMap(grain: 1_024) { $0.key.count }
        let order = found.indices.sorted { (lengths[$0], -$0) > (lengths[$1], -$1) }
        // Keys between spaces, so that containment is of whole words. Compared by bytes: keys
        // are made the same way from text normalised to NFC, so equal words have equal bytes.
        let spaced = found.parallelMap(grain: 1_024) { " " + $0.key + " " }
        let keyWords = found.parallelMap(grain: 1_024) { $0.key.split(separator: " ") }
        var groups: [[Int]] = []
        // Groups by the words of their leader's key, ascending: a group whose key holds this
        // quote's key holds each of its words, so the rarest word's list has every candidate.
        var groupsByWord: [Substring: [Int]] = [:]
        for index in order {
            let key = spaced[index]
            let words = keyWords[index]
            // (The shortest list is kept as the words are looked up: the first of equal length.)
            var candidates: [Int] = []
            if words.isEmpty {
                candidates = Array(groups.indices)
            } else {
                for (position, word) in words.enumerated() {
                    let list = groupsByWord[word] ?? []
                    if position == 0 || list.count < candidates.count { candidates = list }
                    if candidates.isEmpty { break }
                }
            }
            // A short quotation joins the same words, or a longer quote that holds them by the
            // same speaker: inside someone else's quote "disgusting" is another quote.
            let isShort = words.count < minimumWords
            if let group = candidates.first(where: {
                let leader = found[groups[$0][0]]
                guard spaced[groups[$0][0]].containsBytes(key) else { return false }
                return !isShort || leader.key == found[index].key || (leader.speaker != nil && leader.speaker == found[index].speaker)
            }) {
                groups[group].append(index)
            } else {
                for word in Set(words) { groupsByWord[word, default: []].append(groups.count) }
                groups.append([index])
            }
        }
        let quotes = groups.parallelMap(grain: 256) { members -> (quote: Quote, first: Int) in
            let main = found[members[0]]
            let speaker = Self.vote(members.map { found[$0].speaker })
            let voter = members.first { found[$0].speaker == speaker && speaker != nil }.map { found[$0] }
            return (
                Quote(
                    text: main.text,
                    speaker: speaker,
                    speakerKind: voter?.speakerKind,
                    cue: voter?.cue ?? main.cue,
                    sources: context.sourceIDs(members.map { found[$0].documentIndex }),
                    provenance: Array(Set(members.flatMap { found[$0].refs })).sorted(),
                    occurrences: members.sorted { (found[$0].documentIndex, $0) < (found[$1].documentIndex, $1) }.map { found[$0].occurrence }
                ), members.min()!
            )
        }
        let mentions = Dictionary(actors.map { ($0.name, $0.mentions) }, uniquingKeysWith: max)
        let scores = quotes.parallelMap(grain: 256) { Self.rank($0.quote, speakerMentions: $0.quote.speaker.flatMap { mentions[$0] } ?? 0) }
        return quotes.indices.sorted { (scores[$0], -quotes[$0].first) > (scores[$1], -quotes[$1].first) }.map { quotes[$0].quote }
    }

    /// How high a quote ranks in the brief: the outlets that carry it first, then a speaker the
    /// corpus names often, then a full statement over a quoted phrase.
    static func rank(_ quote: Quote, speakerMentions: Int) -> Double {
        let words = quote.text.split(whereSeparator: \.isWhitespace).count
        var score = 3 * Double(quote.sources.count)
        if quote.speaker != nil { score += 2 + log2(1 + Double(speakerMentions)) }
        if quote.speakerKind == .description { score -= 1 }
        score += words >= 6 ? 3 + min(Double(words), 40) / 20 : -3
        return score
    }

    /// The speaker most members agree on; nil when none has one.
    static func vote(_ speakers: [String?]) -> String? {
        var counts: [String: Int] = [:]
        var order: [String] = []
        for case let speaker? in speakers {
            if counts[speaker] == nil { order.append(speaker) }
            counts[speaker, default: 0] += 1
        }
        return order.max { (counts[$0]!, -order.firstIndex(of: $0)!) < (counts[$1]!, -order.firstIndex(of: $1)!) }
    }
}

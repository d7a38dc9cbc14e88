/// Splits a paragraph into sentences with rules for English news prose.
///
/// A full stop, `?`, `!` or `…` (possibly followed by closing quotes or brackets, then white
/// space) is a candidate boundary. Whether it ends the sentence depends on the word before it
/// and the word after it:
/// - a lower-case word after it never starts a sentence (`“ready for peace?” he asked`);
/// - titles (`Mr.`, `Dr.`, `Gen.`) never end one; `e.g.` and `vs.` never do;
/// - abbreviations such as `etc.`, `Co.`, `Jr.`, `Jan.`, `No.` end one only before a capital;
/// - `a.m.`/`p.m.` end one before a capital unless only a time phrase precedes (`At 5 a.m. Mr.`);
/// - dotted acronyms (`U.S.`) and initials (`J. D. Vance`) end one only before a word that
///   commonly opens a sentence (`the U.S. How…` ends, `the U.S. Government` does not);
/// - numbers, decimals, e-mail addresses and URLs never break, since no space follows their dots;
/// - `...` and `…` end a sentence before a capital; a spaced `. . .` does not; four dots do,
///   and `word. . . . Next` ends after the first dot;
/// - an ellipsis in brackets (`[...]`) never ends one;
/// - numbered or lettered list items (`1.)`, `2)`, `a.`, `•`) are split apart;
/// - a short attribution after a quote (`“…great.” Smith said.`) is joined to it.
public struct SentenceSegmenter: Sendable {
    public init() {}

    /// The sentences of one paragraph, trimmed, never empty.
    public func sentences(in paragraph: String) -> [String] {
        sentenceRanges(in: paragraph).map { String(paragraph[$0]) }
    }

    /// The ranges of the sentences of one paragraph within it, trimmed of white space.
    public func sentenceRanges(in paragraph: String) -> [Range<String.Index>] {
        let text = ScalarText(paragraph)
        let listItems = listItemBoundaries(in: text)
        let starts = terminalBoundaries(in: text, listItems: listItems).union(listItems)
        var ranges: [Range<Int>] = []
        var start = 0
        for boundary in starts.sorted() + [text.count] where boundary > start {
            if let trimmed = text.trimmed(start..<boundary) { ranges.append(trimmed) }
            start = boundary
        }
        ranges = joiningAttributions(ranges, in: text)
        return ranges.map { text.stringRange($0) }
    }

    // MARK: - Candidate boundaries at terminal punctuation

    private enum Decision { case keep, split, splitAfterFirstDot }

    /// Indices (in scalars) where a new sentence starts; `listItems` are where list items start.
    private func terminalBoundaries(in text: ScalarText, listItems: Set<Int>) -> Set<Int> {
        var boundaries: Set<Int> = []
        var sentenceStart = 0
        var i = 0
        let n = text.count
        while i < n {
            if listItems.contains(i) { sentenceStart = i }
            guard ScalarText.isTerminator(text[i]) else { i += 1; continue }
            let cluster = Cluster(text: text, start: i)
            var k = cluster.end
            while k < n && ScalarText.isCloser(text[k]) { k += 1 }
            guard k < n, text.isSpace(k) else { i = max(k, i + 1); continue }
            var next = k
            while next < n && text.isSpace(next) { next += 1 }
            guard next < n else { break }
            switch decide(cluster, closersEnd: k, next: next, sentenceStart: sentenceStart, in: text) {
            case .keep:
                break
            case .split:
                boundaries.insert(next)
                sentenceStart = next
            case .splitAfterFirstDot:
                boundaries.insert(cluster.start + 1)
                sentenceStart = cluster.start + 1
            }
            i = k
        }
        return boundaries
    }

    /// A run of terminal punctuation: `.`, `?!`, `...`, `…`, or a spaced `. . .`.
    private struct Cluster {
        let start: Int
        var end: Int
        var dots = 0
        var questionOrExclamation = false
        var ellipsisCharacter = false
        var spaced = false

        init(text: ScalarText, start: Int) {
            self.start = start
            var j = start
            while j < text.count {
                switch text[j] {
                case ".": dots += 1
                case "!", "?", "‼", "⁇", "⁈", "⁉": questionOrExclamation = true
                case "…": ellipsisCharacter = true
                case " "
                where dots > 0 && j + 1 < text.count && text[j + 1] == "."
                    && (j + 2 >= text.count || text[j + 2] == " " || text[j + 2] == "."
                        || ScalarText.isCloser(text[j + 2])):
                    spaced = true
                default:
                    end = j
                    return
                }
                j += 1
            }
            end = j
        }

        var isEllipsis: Bool { dots >= 2 || ellipsisCharacter }
    }

    private func decide(_ cluster: Cluster, closersEnd: Int, next: Int, sentenceStart: Int, in text: ScalarText) -> Decision {
        let following = text.wordInfo(at: next)
        if following.startsLowercase { return .keep }
        if cluster.questionOrExclamation { return .split }
        let attached = cluster.start > 0 && !text.isSpace(cluster.start - 1)

        if cluster.isEllipsis {
            if cluster.start > 0 && text[cluster.start - 1] == "[" { return .keep }
            if cluster.spaced {
                if cluster.dots == 3 { return .keep }
                return attached && following.startsUppercase ? .splitAfterFirstDot : .split
            }
            if cluster.dots == 3 || cluster.ellipsisCharacter {
                return following.startsUppercase || following.startsDigit ? .split : .keep
            }
            return .split
        }

        guard attached else { return .split }
        let word = text.wordBefore(cluster.start)
        let lower = word.lowercased()
        if Abbreviations.titles.contains(word) || Abbreviations.neverFinal.contains(lower) { return .keep }
        if Abbreviations.timesOfDay.contains(lower) {
            guard following.startsUppercase else { return .keep }
            return isTimePhrase(text.words(sentenceStart..<cluster.start, limit: 5)) ? .keep : .split
        }
        if Abbreviations.mayEnd.contains(lower) {
            return following.startsUppercase ? .split : .keep
        }
        let scalars = Array(word.unicodeScalars)
        if scalars.count == 1, let only = scalars.first, only.properties.isAlphabetic {
            if text.isListMarkerStart(sentenceStart..<cluster.start) { return .keep }
            if only.properties.isUppercase {
                return startsSentence(following) ? .split : .keep
            }
            return following.startsUppercase ? .split : .keep
        }
        if ScalarText.isDottedAcronym(word) {
            return startsSentence(following) ? .split : .keep
        }
        if text.isListMarkerStart(sentenceStart..<cluster.start) { return .keep }
        return .split
    }

    /// True when the following word commonly opens a sentence and is not another initial.
    private func startsSentence(_ following: ScalarText.WordInfo) -> Bool {
        following.startsUppercase && !following.isInitial
            && Abbreviations.sentenceStarters.contains(following.word.lowercased())
    }

    /// "At 5 a.m." and the like: a preposition and at most three more words, no verb.
    private func isTimePhrase(_ words: [String]) -> Bool {
        guard let first = words.first, words.count <= 4 else { return false }
        return Abbreviations.timePrepositions.contains(first.lowercased())
    }

    // MARK: - List items

    /// Where list items start, when the paragraph opens with a list marker: `1.`, `1.)`, `1)`,
    /// `a.`, or a bullet. Only the next marker in sequence counts (1 then 2, a then b).
    private func listItemBoundaries(in text: ScalarText) -> Set<Int> {
        guard let first = ListMarker(text: text, at: text.firstNonSpace) else { return [] }
        var boundaries: Set<Int> = []
        var expected = first.successor
        var i = first.end
        while i < text.count {
            if text.isSpace(i - 1), let marker = ListMarker(text: text, at: i), marker.matches(expected) {
                boundaries.insert(i)
                expected = marker.successor
                i = marker.end
            } else {
                i += 1
            }
        }
        return boundaries
    }

    // MARK: - Attributions after quotes

    /// Joins `“…great.” Smith said.` into one sentence: a short sentence with a verb of saying,
    /// no quote marks, right after a sentence that ends with a closing quote.
    private func joiningAttributions(_ ranges: [Range<Int>], in text: ScalarText) -> [Range<Int>] {
        var result: [Range<Int>] = []
        for range in ranges {
            if let previous = result.last, isAttribution(range, in: text),
                let last = text.lastNonSpace(in: previous), ScalarText.isClosingQuote(text[last])
            {
                result[result.count - 1] = previous.lowerBound..<range.upperBound
            } else {
                result.append(range)
            }
        }
        return result
    }

    private func isAttribution(_ range: Range<Int>, in text: ScalarText) -> Bool {
        let words = text.words(range, limit: 7)
        guard (2...6).contains(words.count), words.allSatisfy({ !$0.unicodeScalars.contains(where: ScalarText.isQuote) }) else {
            return false
        }
        return words.contains { SpeechVerbs.all.contains($0.lowercased().trimmingPunctuation) }
    }
}

/// A list item marker: a number or letter with `.`, `.)` or `)`, or a bullet.
private struct ListMarker {
    enum Value: Equatable { case number(Int), letter(Unicode.Scalar), bullet(Unicode.Scalar) }
    let value: Value
    let style: String
    let end: Int

    init?(text: ScalarText, at start: Int) {
        guard start < text.count else { return nil }
        var i = start
        let c = text[i]
        if ["•", "⁃", "▪", "◦", "‣", "●", "–"].contains(c) {
            value = .bullet(c)
            style = ""
            i += 1
            end = i
            return
        }
        if c.isASCIIDigit {
            var number = 0
            while i < text.count, text[i].isASCIIDigit, i - start < 3 {
                number = number * 10 + Int(text[i].value - 48)
                i += 1
            }
            value = .number(number)
        } else if ("a"..."z").contains(c) {
            value = .letter(c)
            i += 1
        } else {
            return nil
        }
        var style = ""
        while i < text.count, text[i] == "." || text[i] == ")", style.count < 2 {
            style.unicodeScalars.append(text[i])
            i += 1
        }
        guard [".", ".)", ")"].contains(style), i < text.count, text.isSpace(i) else { return nil }
        self.style = style
        end = i
    }

    /// The marker expected next in the list.
    var successor: ListMarker.Expected {
        switch value {
        case .number(let n): return Expected(value: .number(n + 1), style: style)
        case .letter(let l): return Expected(value: Unicode.Scalar(l.value + 1).map { .letter($0) } ?? value, style: style)
        case .bullet: return Expected(value: value, style: style)
        }
    }

    struct Expected { let value: Value; let style: String }

    func matches(_ expected: Expected) -> Bool { value == expected.value && style == expected.style }
}

private extension String {
    /// The word's letters only ("said." -> "said").
    var trimmingPunctuation: String { String(unicodeScalars.filter { $0.properties.isAlphabetic }) }
}

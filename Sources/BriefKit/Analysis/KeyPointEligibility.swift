/// Which sentences can stand alone as key points, and how well they read out of context.
///
/// A key point is a whole sentence that makes sense on its own: not a fragment of a quote
/// that spans sentences, not a bare quotation with no one saying it, not a lead-in ending in
/// a colon, not a scrap of a few words.
public enum KeyPointEligibility {
    static let minimumWords = 6
    static let maximumWords = 80
    /// Personal pronouns that open a sentence about someone named before it ("He said…"):
    /// the tool can name that person in the shown text ("He [John Healey] said…").
    static let personalOpenings: Set<String> = ["he", "she", "his", "her"]
    /// Connectives that tie a sentence to the one before it and add nothing to what it
    /// reports: an agenda item or a question can leave them out ("Meanwhile, Trump is set to…").
    static let connectives: Set<String> = [
        "but", "and", "so", "however", "meanwhile", "also", "still", "yet", "conversely", "instead", "nevertheless",
        "moreover", "furthermore", "likewise", "similarly", "nonetheless", "besides", "separately", "additionally",
    ]
    /// Connectives that are one even without a comma after them ("But the deal…"); the
    /// others open other phrases too ("So far…", "Still more…").
    static let connectivesWithoutComma: Set<String> = ["but", "and", "also", "meanwhile", "moreover", "furthermore", "additionally"]
    /// Other openings that lean on the sentence before ("However, ...", "This means…").
    static let dependentOpenings: Set<String> = connectives.union([
        "they", "it", "this", "that", "these", "those", "their", "its", "or", "then", "there", "such", "both", "thus",
        "hence", "otherwise",
    ])
    /// Nouns that, after "The" at a sentence's opening, name an event told in the sentence
    /// before ("The move, announced following…", "The decision came…").
    static let anaphoricNouns: Set<String> = [
        "move", "decision", "announcement", "step", "measure", "remarks", "comments", "statement", "incident",
        "development", "news", "report", "claims", "claim", "latter", "former", "same", "meeting", "trip", "visit",
        "talks", "plan", "proposal", "deal", "agreement",
    ]
    /// Words that open page furniture rather than news: calls to action and live-blog lines.
    static let furnitureOpenings: Set<String> = ["click", "subscribe", "here", "watch", "listen", "download", "advertisement"]

    /// How `text` leans on what comes before it.
    public enum Opening: Sendable, Equatable {
        /// It stands alone.
        case independent
        /// It opens with "he", "she", "his" or "her": someone named before.
        case personalPronoun(String)
        /// It opens with another pronoun, a connective or an anaphoric "The move…".
        case dependent(String)
    }

    /// How the opening of `text` depends on the text before it.
    public static func opening(of text: String) -> Opening {
        let words = text.split(maxSplits: 2, whereSeparator: { $0 == " " })
        guard let first = words.first else { return .independent }
        let word = first.prefix { $0.isLetter || $0 == "’" || $0 == "'" }
        let lower = word.lowercased()
        if personalOpenings.contains(lower) { return .personalPronoun(String(word)) }
        if lower == "it", isExpletive(text) { return .independent }
        if dependentOpenings.contains(lower) { return .dependent(String(word)) }
        if lower == "the", words.count > 1 {
            let noun = words[1].prefix { $0.isLetter }.lowercased()
            if anaphoricNouns.contains(noun) { return .dependent("The \(noun)") }
            // "The bilateral meeting…", "The proposed deal…": one lower-case word before the noun.
            if words.count > 2, words[1].allSatisfy({ $0.isLowercase || $0 == "-" }) {
                let next = words[2].prefix { $0.isLetter }.lowercased()
                if anaphoricNouns.contains(next) { return .dependent("The \(words[1]) \(next)") }
            }
        }
        return .independent
    }

    /// `text` without the connective it opens with ("Meanwhile, President Trump is set to…"
    /// -> "President Trump is set to…"), and what was left out, as a ``Resolution``; nil when
    /// it opens with none, or with one that is all it says. A comma after the connective goes
    /// with it; "But, analysts said, …" keeps the aside.
    public static func droppingConnective(_ text: String) -> (text: String, resolution: Resolution)? {
        let word = text.prefix { $0.isLetter }
        guard connectives.contains(word.lowercased()), word.first?.isUppercase == true else { return nil }
        var rest = text[word.endIndex...]
        if rest.first == "," {
            rest = rest.dropFirst()
        } else if !connectivesWithoutComma.contains(word.lowercased()) {
            return nil  // "So far, …", "Still more…", "Yet another…", "Instead of…"
        }
        guard rest.first == " " else { return nil }
        rest = rest.drop { $0 == " " }
        let next = rest.prefix { $0 != " " }
        guard let initial = next.first, initial.isLetter, LineClassifier.wordCount(String(rest)) >= minimumWords else { return nil }
        let replacement = initial.uppercased() + next.dropFirst()
        let resolution = Resolution(word: String(text[..<next.endIndex]), replacement: replacement)
        return (replacement + rest[next.endIndex...], resolution)
    }

    /// True when a sentence's opening "It" stands for nothing before it: "It is unclear
    /// whether…", "It remains to be seen how…" (a verb of being, then within four words a
    /// clause or an infinitive that the "it" stands for).
    static func isExpletive(_ text: String) -> Bool {
        let words = Tokenizer.words(text).prefix(7)
        guard words.count > 2, ["is", "was", "remains", "seems", "appears", "will", "would"].contains(words[words.startIndex + 1]) else {
            return false
        }
        return words.dropFirst(2).contains { ["whether", "that", "if", "how", "when", "what", "who", "why", "to"].contains($0) }
    }

    /// True when `text` is page furniture: a link or handle, an embedded post's credit line,
    /// a call to action, a live blog's "Here are…", or a wire editors' note.
    public static func isFurniture(_ text: String) -> Bool {
        // Looked for in the bytes, in one pass, ASCII letters lower-cased as they are read: the
        // markers are ASCII, and a Foundation search per marker cost more than the rest of the
        // check. (Tested against a search for each marker.)
        let marked = text.utf8.withContiguousStorageIfAvailable(hasFurnitureMark) ?? Array(text.utf8).withUnsafeBufferPointer(hasFurnitureMark)
        if marked || text.hasPrefix("Eds:") || text.hasPrefix("EDS:") { return true }
        return furnitureOpenings.contains(openingLetters(of: text))
    }

    /// True when `bytes` hold a ``furnitureMarkers`` marker (ASCII case ignored) or a wire
    /// service's formatting code (`&UR;`, `&QC;`: an ampersand, two capitals and a semicolon).
    static func hasFurnitureMark(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        @inline(__always) func folded(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }
        for i in bytes.indices {
            let byte = folded(bytes[i])
            if byte == 0x26, i + 3 < bytes.count, bytes[i + 3] == 0x3B, (0x41...0x5A).contains(bytes[i + 1]),
                (0x41...0x5A).contains(bytes[i + 2])
            {
                return true
            }
            for marker in furnitureMarkers where marker[0] == byte && i + marker.count <= bytes.count {
                var k = 1
                while k < marker.count && folded(bytes[i + k]) == marker[k] { k += 1 }
                if k == marker.count { return true }
            }
        }
        return false
    }

    /// The letters `text` opens with, lower-cased (`text.prefix { $0.isLetter }`), read in
    /// the bytes when they are ASCII letters that a non-letter ASCII character ends.
    static func openingLetters(of text: String) -> String {
        let utf8 = text.utf8
        @inline(__always) func isASCIILetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
        var end = utf8.startIndex
        while end != utf8.endIndex && isASCIILetter(utf8[end]) { end = utf8.index(after: end) }
        // A letter before a byte beyond ASCII may carry a combining mark: read as characters.
        guard end == utf8.endIndex || utf8[end] < 0x80 else { return String(text.prefix { $0.isLetter }).lowercased() }
        return String(Substring(utf8[..<end])).lowercased()
    }

    /// Text that marks a line as a link, a handle or an embed, lower case.
    static let furnitureMarkers: [[UInt8]] = ["http://", "https://", "www.", "pic.twitter.com", "(@"].map { Array($0.utf8) }

    /// True when `text` can be a key point.
    public static func isEligible(_ text: String) -> Bool {
        let words = LineClassifier.wordCount(text)
        guard (minimumWords...maximumWords).contains(words) else { return false }
        guard let last = text.last, last != ":" else { return false }
        guard quotesAreBalanced(text), !isFurniture(text) else { return false }
        if let first = text.first, "“\"‘'«".contains(first), let end = text.last, "”\"’'»".contains(end) {
            return false  // a bare quotation: it belongs in the quotes, with its speaker
        }
        return true
    }

    /// A factor in (0, 1] for how well `text` serves as a reported fact: sentences that open
    /// with a pronoun or a connective lean on context (a personal pronoun less: the tool can
    /// name its person), and sentences that are mostly quotation belong in the quotes
    /// section, so both lose weight.
    public static func readability(_ text: String) -> Double {
        var factor: Double
        switch opening(of: text) {
        case .independent: factor = 1
        case .personalPronoun: factor = 0.75
        case .dependent: factor = 0.5
        }
        if quotedShare(of: text) > 0.5 { factor *= 0.6 }
        return factor
    }

    /// The share of the characters of `text` that stand inside double quote marks.
    static func quotedShare(of text: String) -> Double {
        var inside = false
        var quoted = 0, total = 0
        for c in text.unicodeScalars {
            if c.value >= 0x300, c.properties.generalCategory == .nonspacingMark { continue }  // counted with its base
            switch c {
            case "“": inside = true
            case "”": inside = false
            case "\"": inside.toggle()
            default:
                total += 1
                if inside { quoted += 1 }
            }
        }
        return total == 0 ? 0 : Double(quoted) / Double(total)
    }

    /// True when every opening double quote is closed: curly marks pair up and straight
    /// marks come in pairs.
    static func quotesAreBalanced(_ text: String) -> Bool {
        var depth = 0
        var straight = 0
        for c in text.unicodeScalars {
            switch c {
            case "“": depth += 1
            case "”": depth -= 1; if depth < 0 { return false }
            case "\"": straight += 1
            default: break
            }
        }
        return depth == 0 && straight % 2 == 0
    }
}

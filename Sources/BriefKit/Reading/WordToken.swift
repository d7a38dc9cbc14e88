/// A word of a sentence with its place in the text, for the extractors.
struct WordToken: Sendable {
    /// The word as written, without a possessive `’s`.
    let text: String
    /// Where the whole token (possessive included) stands in its paragraph.
    var range: Range<String.Index>
    /// True when the word carried a possessive (`Trump’s`).
    var possessive = false
    /// True when the token is punctuation, not a word.
    var isPunctuation = false
    /// True when this is the first word of a sentence or of a quotation.
    var startsClause = false

    /// ``text`` in lower case, computed once (the extractors ask for it many times).
    let lowercased: String

    init(text: String, range: Range<String.Index>, possessive: Bool = false, isPunctuation: Bool = false,
         startsClause: Bool = false) {
        self.text = text
        self.range = range
        self.possessive = possessive
        self.isPunctuation = isPunctuation
        self.startsClause = startsClause
        lowercased = text.utf8.allSatisfy { $0 < 128 && ($0 < 65 || $0 > 90) } ? text : text.lowercased()
    }

    /// True when the first letter is upper case.
    var isCapitalized: Bool { text.unicodeScalars.first?.isUppercaseFast ?? false }

    /// True when the word has two characters or more and every letter is upper case.
    var isAllCaps: Bool {
        var hasLetter = false
        for scalar in text.unicodeScalars where scalar.isAlphabeticFast {
            guard scalar.isUppercaseFast else { return false }
            hasLetter = true
        }
        return hasLetter && text.count >= 2
    }

    /// Splits `text[range]` into word and punctuation tokens. Words keep inner apostrophes,
    /// hyphens and the dots of acronyms and initials (`U.S.`, `J.`). Works on Unicode
    /// scalars (a combining mark stays with its word), which is several times faster than
    /// walking Characters.
    static func tokenize(_ text: String, in range: Range<String.Index>? = nil) -> [WordToken] {
        let scalars = text.unicodeScalars
        let range = range ?? text.startIndex..<text.endIndex
        let end = range.upperBound
        var tokens: [WordToken] = []
        var i = range.lowerBound
        var clauseStart = true
        while i < end {
            let c = scalars[i]
            if c.isSpaceFast { i = scalars.index(after: i); continue }
            if isWordScalar(c) {
                var j = scalars.index(after: i)
                while j < end {
                    let d = scalars[j]
                    if isWordScalar(d) || isMark(d) { j = scalars.index(after: j); continue }
                    let next = scalars.index(after: j)
                    if d == "’" || d == "'" || d == "-" || d == "\u{2011}", next < end, isWordScalar(scalars[next]) {
                        j = next; continue
                    }
                    if d == ".", isInitialism(text[i..<j]) { j = next; continue }
                    // 1,200 and 2.5 are one number.
                    if d == "," || d == ".", isDigit(scalars[scalars.index(before: j)]), next < end, isDigit(scalars[next]) {
                        j = next; continue
                    }
                    break
                }
                var word = String(text.unicodeScalars[i..<j])
                let cut = possessiveLength(word.unicodeScalars)
                if cut > 0 { word.unicodeScalars.removeLast(cut) }
                let possessive = cut > 0
                tokens.append(WordToken(text: word, range: i..<j, possessive: possessive, startsClause: clauseStart))
                clauseStart = false
                i = j
            } else {
                let j = scalars.index(after: i)
                tokens.append(WordToken(text: String(c), range: i..<j, isPunctuation: true))
                if clauseOpeners.contains(c) { clauseStart = true }
                i = j
            }
        }
        return tokens
    }

    /// How many scalars of a possessive ending (`’s`, `'s`, or a bare apostrophe) end the word,
    /// when enough of the word is left before it (0 when there is none).
    private static func possessiveLength(_ word: String.UnicodeScalarView) -> Int {
        guard let last = word.last else { return 0 }
        let count = word.count
        if last == "s", count > 3, let apostrophe = word.dropLast().last, apostrophe == "’" || apostrophe == "'" { return 2 }
        if last == "’" || last == "'", count > 2 { return 1 }
        return 0
    }

    private static let clauseOpeners = Set(".!?“\"‘:;(".unicodeScalars)

    /// A letter or number; ASCII is decided without a Unicode property lookup.
    @inline(__always) private static func isWordScalar(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 128 { return (v | 0x20) >= 97 && (v | 0x20) <= 122 || v >= 48 && v <= 57 }
        return c.properties.isAlphabetic || c.properties.numericType != nil
    }

    @inline(__always) private static func isDigit(_ c: Unicode.Scalar) -> Bool {
        c.value < 128 ? c.value >= 48 && c.value <= 57 : c.properties.numericType != nil
    }

    /// A combining mark, which belongs to the letter before it.
    @inline(__always) private static func isMark(_ c: Unicode.Scalar) -> Bool {
        guard c.value >= 0x300 else { return false }
        switch c.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    /// "U", "U.S", "J": single letters joined by dots, so that a following dot belongs to the word.
    private static func isInitialism(_ word: Substring) -> Bool {
        word.split(separator: ".", omittingEmptySubsequences: false).allSatisfy { $0.count == 1 && $0.allSatisfy(\.isLetter) }
    }
}

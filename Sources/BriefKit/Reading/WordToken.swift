/// A word of a sentence with its place in the text, for the extractors.
struct WordToken: Sendable {
    /// The word as written, without a possessive `’s`.
    var text: String
    /// Where the whole token (possessive included) stands in its paragraph.
    var range: Range<String.Index>
    /// True when the word carried a possessive (`Trump’s`).
    var possessive = false
    /// True when the token is punctuation, not a word.
    var isPunctuation = false
    /// True when this is the first word of a sentence or of a quotation.
    var startsClause = false

    var lowercased: String { text.lowercased() }
    var isCapitalized: Bool { text.first.map { $0.isUppercase } ?? false }
    var isAllCaps: Bool { text.count >= 2 && text.allSatisfy { !$0.isLetter || $0.isUppercase } && text.contains { $0.isLetter } }

    /// Splits `text[range]` into word and punctuation tokens. Words keep inner apostrophes,
    /// hyphens and the dots of acronyms and initials (`U.S.`, `J.`).
    static func tokenize(_ text: String, in range: Range<String.Index>? = nil) -> [WordToken] {
        let range = range ?? text.startIndex..<text.endIndex
        var tokens: [WordToken] = []
        var i = range.lowerBound
        var clauseStart = true
        while i < range.upperBound {
            let c = text[i]
            if isSpace(c) { i = text.index(after: i); continue }
            if isWordCharacter(c) {
                var j = text.index(after: i)
                while j < range.upperBound {
                    let d = text[j]
                    if isWordCharacter(d) { j = text.index(after: j); continue }
                    let next = text.index(after: j)
                    if d == "’" || d == "'" || d == "-" || d == "‑", next < range.upperBound, isWordCharacter(text[next]) {
                        j = next; continue
                    }
                    if d == ".", isInitialism(text[i..<j]) { j = next; continue }
                    // 1,200 and 2.5 are one number.
                    if d == "," || d == ".", text[text.index(before: j)].isNumber, next < range.upperBound, text[next].isNumber {
                        j = next; continue
                    }
                    break
                }
                var word = String(text[i..<j])
                var possessive = false
                for suffix in ["’s", "'s", "’", "'"] where word.count > suffix.count + 1 && word.hasSuffix(suffix) {
                    word.removeLast(suffix.count)
                    possessive = true
                    break
                }
                tokens.append(WordToken(text: word, range: i..<j, possessive: possessive, startsClause: clauseStart))
                clauseStart = false
                i = j
            } else {
                let j = text.index(after: i)
                tokens.append(WordToken(text: String(c), range: i..<j, isPunctuation: true))
                if ".!?“\"‘:;(".contains(c) { clauseStart = true }
                i = j
            }
        }
        return tokens
    }

    /// A letter or number; ASCII is decided without a Unicode property lookup.
    @inline(__always) private static func isWordCharacter(_ c: Character) -> Bool {
        if let ascii = c.asciiValue {
            return (ascii | 0x20) >= 97 && (ascii | 0x20) <= 122 || ascii >= 48 && ascii <= 57
        }
        return c.isLetter || c.isNumber
    }

    @inline(__always) private static func isSpace(_ c: Character) -> Bool {
        if let ascii = c.asciiValue { return ascii == 32 || ascii >= 9 && ascii <= 13 }
        return c.isWhitespace
    }

    /// "U", "U.S", "J": single letters joined by dots, so that a following dot belongs to the word.
    private static func isInitialism(_ word: Substring) -> Bool {
        word.split(separator: ".", omittingEmptySubsequences: false).allSatisfy { $0.count == 1 && $0.allSatisfy(\.isLetter) }
    }
}

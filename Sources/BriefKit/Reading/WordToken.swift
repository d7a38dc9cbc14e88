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
            if c.isWhitespace { i = text.index(after: i); continue }
            if c.isLetter || c.isNumber {
                var j = text.index(after: i)
                while j < range.upperBound {
                    let d = text[j]
                    if d.isLetter || d.isNumber { j = text.index(after: j); continue }
                    let next = text.index(after: j)
                    if ["’", "'", "-", "‑"].contains(d), next < range.upperBound, text[next].isLetter || text[next].isNumber {
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

    /// "U", "U.S", "J": single letters joined by dots, so that a following dot belongs to the word.
    private static func isInitialism(_ word: Substring) -> Bool {
        word.split(separator: ".", omittingEmptySubsequences: false).allSatisfy { $0.count == 1 && $0.allSatisfy(\.isLetter) }
    }
}

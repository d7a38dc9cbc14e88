/// A word of a sentence with its place in the text, for the extractors: words as written
/// (acronyms with their dots, hyphenated words whole, possessives flagged) and punctuation
/// tokens. The ranking's terms come from ``Tokenizer`` instead; `TokenizersTests` states how
/// the two differ.
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

    /// - Parameter lowercased: ``text`` in lower case when the caller knows it; else computed.
    init(
        text: String, lowercased: String? = nil, range: Range<String.Index>, possessive: Bool = false,
        isPunctuation: Bool = false, startsClause: Bool = false
    ) {
        self.text = text
        self.range = range
        self.possessive = possessive
        self.isPunctuation = isPunctuation
        self.startsClause = startsClause
        self.lowercased =
            lowercased
            ?? (text.utf8.allSatisfy { $0 < 128 && ($0 < 65 || $0 > 90) } ? text : text.lowercased())
    }

    /// True when this is a punctuation token whose mark is one of `marks` (`".!?"`): a look at
    /// one scalar, where `marks.contains(text)` would be a Foundation string search.
    func isOne(of marks: String) -> Bool {
        guard isPunctuation, let mark = text.unicodeScalars.first else { return false }
        return marks.unicodeScalars.contains(mark)
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
    /// hyphens and the dots of acronyms and initials (`U.S.`, `J.`). Works on the UTF-8 bytes,
    /// decoding one Unicode scalar at a time (a combining mark stays with its word), which is
    /// several times faster than walking Characters or the scalar view's indices.
    static func tokenize(_ text: String, in range: Range<String.Index>? = nil) -> [WordToken] {
        let utf8 = text.utf8
        let lower = range.map { utf8.distance(from: utf8.startIndex, to: $0.lowerBound) } ?? 0
        let upper = range.map { utf8.distance(from: utf8.startIndex, to: $0.upperBound) } ?? utf8.count
        if let tokens = utf8.withContiguousStorageIfAvailable({ bytes in
            tokenize(text, bytes: bytes, from: lower, to: upper)
        }) {
            return tokens
        }
        var copy = text
        copy.makeContiguousUTF8()
        return tokenize(copy, in: range)
    }

    private static func tokenize(
        _ text: String, bytes: UnsafeBufferPointer<UInt8>, from lower: Int,
        to end: Int
    ) -> [WordToken] {
        let utf8 = text.utf8
        func index(_ offset: Int) -> String.Index { utf8.index(utf8.startIndex, offsetBy: offset) }
        var tokens: [WordToken] = []
        // Room for a token every four bytes (a word and its space, or punctuation), made
        // once: growing by doubling copied every token of a long paragraph several times.
        tokens.reserveCapacity((end - lower) / 4 + 4)
        var i = lower
        var clauseStart = true
        while i < end {
            let (c, width) = UTF8Scalars.decode(bytes, at: i)
            if c.isSpaceFast { i += width; continue }
            if isWordScalar(c) {
                var j = i + width
                // Whether the word so far is ASCII with no capital (its own lower case).
                var isLowerASCII = c.value < 128 && !(c.value >= 65 && c.value <= 90)
                while j < end {
                    let (d, dWidth) = UTF8Scalars.decode(bytes, at: j)
                    let next = j + dWidth
                    if isWordScalar(d) || d.isCombiningMark {
                        isLowerASCII = isLowerASCII && d.value < 128 && !(d.value >= 65 && d.value <= 90)
                        j = next; continue
                    }
                    if d == "’" || d == "'" || d == "-" || d == "\u{2011}", next < end,
                        isWordScalar(UTF8Scalars.decode(bytes, at: next).scalar)
                    {
                        isLowerASCII = isLowerASCII && d.value < 128
                        j = next; continue
                    }
                    // `FranÃ§ois`: UTF-8 read as Latin-1, a lead byte Ã or Â and a continuation
                    // byte shown as a symbol (§, ©, ¨); the word goes on.
                    if d.value >= 0x80, d.value <= 0xBF, d != "«", d != "»", d != "\u{A0}",
                        ["Ã", "Â"].contains(UTF8Scalars.decode(bytes, before: j))
                    {
                        isLowerASCII = false
                        j = next; continue
                    }
                    if d == ".", isInitialism(text, bytes: bytes, from: i, to: j) { j = next; continue }
                    // 1,200 and 2.5 are one number.
                    if d == "," || d == ".", isDigit(UTF8Scalars.decode(bytes, before: j)), next < end,
                        isDigit(UTF8Scalars.decode(bytes, at: next).scalar)
                    {
                        j = next; continue
                    }
                    break
                }
                let wordEnd = possessiveStart(bytes, from: i, to: j)
                let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[i..<wordEnd]), as: UTF8.self)
                tokens.append(
                    WordToken(
                        text: word, lowercased: isLowerASCII ? word : nil, range: index(i)..<index(j),
                        possessive: wordEnd < j, startsClause: clauseStart))
                clauseStart = false
                i = j
            } else {
                let j = i + width
                tokens.append(WordToken(text: String(c), range: index(i)..<index(j), isPunctuation: true))
                if clauseOpeners.contains(c) { clauseStart = true }
                i = j
            }
        }
        return tokens
    }

    /// Where the word `bytes[start..<end]` ends without its possessive (`’s`, `'s`, or a bare
    /// apostrophe), when enough of the word is left before it; `end` when it has none.
    private static func possessiveStart(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int {
        // The word's last scalars, counted back from the end.
        let last = UTF8Scalars.start(bytes, before: end)
        guard last > start else { return end }
        let second = UTF8Scalars.start(bytes, before: last)
        let isApostrophe = { (offset: Int) in
            let scalar = UTF8Scalars.decode(bytes, at: offset).scalar
            return scalar == "’" || scalar == "'"
        }
        // "’s" needs more than three scalars in all; a bare apostrophe more than two.
        if bytes[last] == UInt8(ascii: "s"), second > start, isApostrophe(second),
            UTF8Scalars.start(bytes, before: second) > start
        {
            return second
        }
        if isApostrophe(last), second > start { return last }
        return end
    }

    /// "U", "U.S", "J": single letters joined by dots, so that a following dot belongs to
    /// the word `bytes[start..<end]`.
    private static func isInitialism(_ text: String, bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Bool {
        // ASCII: alternating letter, dot, letter..., ending with a letter.
        var expectsLetter = true
        for offset in start..<end {
            let byte = bytes[offset]
            guard byte < 128 else {
                let utf8 = text.utf8
                return isInitialism(text[utf8.index(utf8.startIndex, offsetBy: start)..<utf8.index(utf8.startIndex, offsetBy: end)])
            }
            if expectsLetter {
                guard (byte | 0x20) >= 97 && (byte | 0x20) <= 122 else { return false }
            } else if byte != UInt8(ascii: ".") {
                return false
            }
            expectsLetter.toggle()
        }
        return !expectsLetter
    }

    private static let clauseOpeners = Set(".!?“\"‘:;(".unicodeScalars)

    /// A letter or number (``Unicode/Scalar/isLetterOrNumber``).
    @inline(__always) private static func isWordScalar(_ c: Unicode.Scalar) -> Bool { c.isLetterOrNumber }

    @inline(__always) private static func isDigit(_ c: Unicode.Scalar) -> Bool {
        c.value < 128 ? c.value >= 48 && c.value <= 57 : c.properties.numericType != nil
    }

    /// "U", "U.S", "J": single letters joined by dots, so that a following dot belongs to the word.
    private static func isInitialism(_ word: Substring) -> Bool {
        // Alternating Characters: a letter, then a dot, then a letter... ending with a letter.
        var expectsLetter = true
        for character in word {
            if expectsLetter {
                guard character != ".", character.isLetter else { return false }
            } else if character != "." {
                return false
            }
            expectsLetter.toggle()
        }
        return !expectsLetter
    }
}

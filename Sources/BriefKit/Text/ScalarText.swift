/// A paragraph as an array of Unicode scalars with the character tests the segmenter needs.
struct ScalarText {
    let string: String
    let scalars: [Unicode.Scalar]
    /// `offsets[i]` is where scalar `i` starts in the UTF-8 bytes; the last entry is their count.
    private let offsets: [Int]

    init(_ string: String) {
        // Decoded from the UTF-8 bytes, a scalar at a time: walking the scalar view's indices
        // cost several times as much.
        var string = string
        (scalars, offsets) = string.withUTF8 { bytes in
            var scalars: [Unicode.Scalar] = []
            var offsets: [Int] = []
            scalars.reserveCapacity(bytes.count)
            offsets.reserveCapacity(bytes.count + 1)
            var i = 0
            while i < bytes.count {
                let (scalar, width) = UTF8Scalars.decode(bytes, at: i)
                scalars.append(scalar)
                offsets.append(i)
                i += width
            }
            offsets.append(bytes.count)
            return (scalars, offsets)
        }
        self.string = string
    }

    var count: Int { scalars.count }
    subscript(i: Int) -> Unicode.Scalar { scalars[i] }

    func stringRange(_ range: Range<Int>) -> Range<String.Index> {
        let utf8 = string.utf8
        return utf8.index(utf8.startIndex, offsetBy: offsets[range.lowerBound])..<utf8.index(utf8.startIndex, offsetBy: offsets[range.upperBound])
    }

    func isSpace(_ i: Int) -> Bool { scalars[i].isSpaceFast }

    var firstNonSpace: Int {
        var i = 0
        while i < count && isSpace(i) { i += 1 }
        return i
    }

    func lastNonSpace(in range: Range<Int>) -> Int? {
        var i = range.upperBound - 1
        while i >= range.lowerBound && isSpace(i) { i -= 1 }
        return i >= range.lowerBound ? i : nil
    }

    /// The range without leading and trailing white space, or nil when nothing is left.
    func trimmed(_ range: Range<Int>) -> Range<Int>? {
        var lower = range.lowerBound, upper = range.upperBound
        while lower < upper && isSpace(lower) { lower += 1 }
        while upper > lower && isSpace(upper - 1) { upper -= 1 }
        return lower < upper ? lower..<upper : nil
    }

    /// The white-space-separated words in `range`, the first `limit` of them at most (callers
    /// that only ask whether there are few words stop early instead of splitting a long text).
    func words(_ range: Range<Int>, limit: Int = .max) -> [String] {
        var words: [String] = []
        var start: Int?
        for i in range {
            if isSpace(i) {
                if let from = start {
                    words.append(text(from..<i))
                    start = nil
                    if words.count == limit { return words }
                }
            } else if start == nil {
                start = i
            }
        }
        if let from = start { words.append(text(from..<range.upperBound)) }
        return words
    }

    /// How many words ``words(_:limit:)`` finds in `range`, counted up to `limit`.
    func wordCount(_ range: Range<Int>, limit: Int) -> Int {
        range.countRuns(upTo: limit) { isSpace($0) }
    }

    /// The scalars in `range` as a string.
    func text(_ range: Range<Int>) -> String { String(string.unicodeScalars[stringRange(range)]) }

    /// The word that ends just before `end`, without opening quotes or brackets.
    func wordBefore(_ end: Int) -> String {
        var start = end
        while start > 0 && !isSpace(start - 1) { start -= 1 }
        while start < end && (ScalarText.isOpener(scalars[start]) || ScalarText.isQuote(scalars[start])) { start += 1 }
        return text(start..<end)
    }

    /// What the segmenter needs to know about the word starting at `start`.
    struct WordInfo {
        var word: String
        var startsUppercase = false
        var startsLowercase = false
        var startsDigit = false
        /// A single letter followed by a full stop, like the "D." of "J. D. Vance".
        var isInitial = false
    }

    func wordInfo(at start: Int) -> WordInfo {
        var i = start
        while i < count && (ScalarText.isOpener(scalars[i]) || ScalarText.isQuote(scalars[i])) { i += 1 }
        var end = i
        while end < count
            && (scalars[end].isAlphabeticFast || scalars[end].isASCIIDigit
                || scalars[end] == "'" || scalars[end] == "’")
        {
            end += 1
        }
        var info = WordInfo(word: text(i..<end))
        if i < count {
            let first = scalars[i]
            info.startsUppercase = first.isUppercaseFast || (first.value >= 128 && first.properties.generalCategory == .titlecaseLetter)
            info.startsLowercase = first.isLowercaseFast
            info.startsDigit = first.isASCIIDigit
        }
        info.isInitial = end - i == 1 && end < count && scalars[end] == "."
        return info
    }

    /// True when `range` holds only a list marker's number or letter, maybe after a bullet
    /// ("1", "• 9", "⁃10", "a").
    func isListMarkerStart(_ range: Range<Int>) -> Bool {
        // Most ranges, a sentence up to its full stop, have three words or more: counted
        // first, without making them.
        guard wordCount(range, limit: 3) <= 2 else { return false }
        let words = self.words(range, limit: 3)
        guard let last = words.last, words.count <= 2 else { return false }
        if words.count == 2 && !["•", "⁃", "▪", "◦", "‣", "●", "-", "*"].contains(words[0]) { return false }
        var core = Substring(last)
        while let c = core.first, "•⁃▪◦‣●".contains(c) { core = core.dropFirst() }
        if core.count == 1, let c = core.first, c.isLetter, c.isLowercase { return true }
        return !core.isEmpty && core.count <= 3 && core.allSatisfy { $0.isASCII && $0.isNumber }
    }

    static func isTerminator(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case ".", "!", "?", "…", "‼", "⁇", "⁈", "⁉": return true
        default: return false
        }
    }

    /// Marks that may close a sentence after its punctuation.
    static func isCloser(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "\"", "'", "”", "’", ")", "]", "}", "»", "›": return true
        default: return false
        }
    }

    static func isOpener(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "(", "[", "{", "“", "‘", "«", "‹", "„": return true
        default: return false
        }
    }

    static func isQuote(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "\"", "“", "”", "‘", "’", "«", "»", "„", "'": return true
        default: return false
        }
    }

    static func isClosingQuote(_ c: Unicode.Scalar) -> Bool { c == "”" || c == "\"" || c == "’" || c == "'" || c == "»" }

    /// "U.S", "U.S.A", "e.u", "P.M": single letters joined by full stops (the last stop is not included).
    static func isDottedAcronym(_ word: String) -> Bool {
        guard word.utf8.contains(UInt8(ascii: ".")) else { return false }
        let parts = word.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count >= 2 && parts.allSatisfy { $0.count == 1 && $0.allSatisfy(\.isLetter) }
    }
}

/// Small facts about one line of an article, shared by the structure parser and boilerplate filter.
enum LineClassifier {
    /// Closing marks that may follow a line's last punctuation: the segmenter's closers
    /// (``ScalarText/isCloser(_:)``), and `*`, which wraps whole lines in emphasis.
    static func isTrailingCloser(_ character: Character) -> Bool {
        let scalars = character.unicodeScalars
        guard scalars.count == 1, let scalar = scalars.first else { return false }
        return scalar == "*" || ScalarText.isCloser(scalar)
    }

    /// Punctuation that ends a sentence or leads into the next line (a colon before a quote).
    static let endings: Set<Character> = [".", "!", "?", "…", ":", ";", ","]

    /// True when the line ends with sentence punctuation (or a colon, semicolon or comma
    /// that continues it), ignoring closing quotes and brackets after it.
    static func hasTerminalPunctuation(_ line: String) -> Bool {
        var last = line.endIndex
        while last > line.startIndex {
            let previous = line.index(before: last)
            if isTrailingCloser(line[previous]) { last = previous } else { break }
        }
        guard last > line.startIndex else { return false }
        return endings.contains(line[line.index(before: last)])
    }

    /// The number of whitespace-separated words.
    static func wordCount(_ line: String) -> Int {
        wordCount(line, upTo: .max)
    }

    /// ``wordCount(_:)`` up to `limit`: the count, or `limit` once that many words are seen
    /// (a test against a bound need not read a long line to its end).
    static func wordCount(_ line: String, upTo limit: Int) -> Int {
        line.unicodeScalars.countRuns(upTo: limit) { $0.isSpaceFast }
    }

    /// True when the line contains a quotation mark of any kind (``ScalarText/isQuote(_:)``;
    /// the straight apostrophe is left out: in plain text it is mostly an apostrophe).
    static func containsQuoteMark(_ line: String) -> Bool {
        line.unicodeScalars.contains { ScalarText.isQuote($0) && $0 != "'" }
    }

    /// True when the line has at least one letter or digit.
    static func hasWordCharacter(_ line: String) -> Bool {
        line.contains { $0.isLetter || $0.isNumber }
    }

    /// Collapses runs of white space to one space and trims both ends.
    static func tidy(_ line: Substring) -> String {
        var line = line
        return line.withUTF8 { tidy(bytes: $0) }
    }

    /// ``tidy(_:)`` of valid UTF-8 bytes: the runs of non-space scalars, joined by one space.
    static func tidy(bytes: UnsafeBufferPointer<UInt8>) -> String {
        if isTidy(bytes) { return String(decoding: bytes, as: UTF8.self) }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var wordStart: Int?
        var i = 0
        while i < bytes.count {
            let (scalar, width) = UTF8Scalars.decode(bytes, at: i)
            if scalar.isSpaceFast {
                if let start = wordStart {
                    if !result.isEmpty { result.append(UInt8(ascii: " ")) }
                    result.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<i]))
                    wordStart = nil
                }
            } else if wordStart == nil {
                wordStart = i
            }
            i += width
        }
        if let start = wordStart {
            if !result.isEmpty { result.append(UInt8(ascii: " ")) }
            result.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...]))
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// True when ``tidy(bytes:)`` would give `bytes` back as they are: single spaces between
    /// words, none at either end, and no other white space (most lines of an article).
    private static func isTidy(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var afterSpace = true
        var i = 0
        while i < bytes.count {
            let (scalar, width) = UTF8Scalars.decode(bytes, at: i)
            if scalar.isSpaceFast {
                // Only a single plain space, after a word, is kept as it is.
                guard scalar == " ", !afterSpace else { return false }
                afterSpace = true
            } else {
                afterSpace = false
            }
            i += width
        }
        return !afterSpace || bytes.isEmpty
    }
}

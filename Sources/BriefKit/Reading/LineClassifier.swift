/// Small facts about one line of an article, shared by the structure parser and boilerplate filter.
enum LineClassifier {
    /// Closing marks that may follow a sentence's last punctuation.
    static let trailingClosers: Set<Character> = ["\"", "'", "”", "’", ")", "]", "»", "›", "*"]

    /// Punctuation that ends a sentence or leads into the next line (a colon before a quote).
    static let endings: Set<Character> = [".", "!", "?", "…", ":", ";", ","]

    /// True when the line ends with sentence punctuation (or a colon, semicolon or comma
    /// that continues it), ignoring closing quotes and brackets after it.
    static func hasTerminalPunctuation(_ line: String) -> Bool {
        var last = line.endIndex
        while last > line.startIndex {
            let previous = line.index(before: last)
            if trailingClosers.contains(line[previous]) { last = previous } else { break }
        }
        guard last > line.startIndex else { return false }
        return endings.contains(line[line.index(before: last)])
    }

    /// The number of whitespace-separated words.
    static func wordCount(_ line: String) -> Int {
        var count = 0
        var inWord = false
        for scalar in line.unicodeScalars {
            let space = scalar.isSpaceFast
            if !space && !inWord { count += 1 }
            inWord = !space
        }
        return count
    }

    /// True when the line contains a quotation mark of any kind.
    static func containsQuoteMark(_ line: String) -> Bool {
        line.contains { "\"“”‘’«»".contains($0) }
    }

    /// True when the line has at least one letter or digit.
    static func hasWordCharacter(_ line: String) -> Bool {
        line.contains { $0.isLetter || $0.isNumber }
    }

    /// Collapses runs of white space to one space and trims both ends.
    static func tidy(_ line: Substring) -> String {
        let scalars = line.unicodeScalars
        var result = ""
        result.reserveCapacity(line.utf8.count)
        var wordStart: Substring.UnicodeScalarView.Index?
        var index = scalars.startIndex
        while index < scalars.endIndex {
            if scalars[index].isSpaceFast {
                if let start = wordStart {
                    if !result.isEmpty { result.append(" ") }
                    result.append(contentsOf: line[start..<index])
                    wordStart = nil
                }
            } else if wordStart == nil {
                wordStart = index
            }
            index = scalars.index(after: index)
        }
        if let start = wordStart {
            if !result.isEmpty { result.append(" ") }
            result.append(contentsOf: line[start...])
        }
        return result
    }
}

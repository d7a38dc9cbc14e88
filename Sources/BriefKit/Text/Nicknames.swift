/// A nickname in quote marks inside a name (`Marcia "Cia" Price`, `Earvin “Magic” Johnson`):
/// one or two capitalised words between marks, with a capitalised word either side. It is part
/// of the name, not a quotation; the quote and actor stages read the name without it.
enum Nicknames {
    /// True when `tokens[index]` is the opening or closing mark of a nickname.
    static func isMark(_ tokens: [WordToken], _ index: Int) -> Bool {
        func isQuoteMark(_ i: Int) -> Bool { i >= 0 && i < tokens.count && tokens[i].isOne(of: "“”\"") }
        func isName(_ i: Int) -> Bool { i >= 0 && i < tokens.count && !tokens[i].isPunctuation && tokens[i].isCapitalized }
        guard isQuoteMark(index) else { return false }
        for words in 1...2 {
            // `index` opens the nickname, or closes it.
            for open in [index, index - words - 1] where open >= 0 {
                let close = open + words + 1
                guard isQuoteMark(open), isQuoteMark(close), isName(open - 1), isName(close + 1),
                    (open + 1..<close).allSatisfy(isName)
                else { continue }
                return true
            }
        }
        return false
    }

    /// `tokens` without their nicknames, marks and words (`Teresa “Tess” Morgan` reads as Teresa
    /// Morgan).
    static func removed(from tokens: [WordToken]) -> [WordToken] {
        guard tokens.contains(where: { $0.isOne(of: "“\"") }) else { return tokens }
        // The nickname's closing mark, when one opens at `index`.
        func close(openingAt index: Int) -> Int? {
            guard isMark(tokens, index) else { return nil }
            return tokens.indices.dropFirst(index + 1).prefix(3).first { isMark(tokens, $0) }
        }
        // Most paragraphs with quotes name no nickname: they are returned as they are, not copied.
        guard let first = tokens.indices.first(where: { close(openingAt: $0) != nil }) else { return tokens }
        var kept = Array(tokens[..<first])
        kept.reserveCapacity(tokens.count)
        var index = first
        while index < tokens.count {
            if let close = close(openingAt: index) {
                index = close + 1
                continue
            }
            kept.append(tokens[index])
            index += 1
        }
        return kept
    }

    /// The same rule on a paragraph's scalars, for the quote scanner (which does not tokenize):
    /// for a quote mark at `i` that opens a nickname, the index of its closing mark, else nil.
    /// Words are letters only here, a space either side of the marks.
    static func closingMark(in scalars: String.UnicodeScalarView, openingAt i: String.Index) -> String.Index? {
        // Before: a space, and a word that starts with a capital.
        guard i > scalars.startIndex else { return nil }
        var j = scalars.index(before: i)
        guard scalars[j] == " ", j > scalars.startIndex else { return nil }
        j = scalars.index(before: j)
        guard scalars[j].isAlphabeticFast else { return nil }
        while j > scalars.startIndex, scalars[scalars.index(before: j)].isAlphabeticFast || scalars[scalars.index(before: j)] == "." {
            j = scalars.index(before: j)
        }
        guard scalars[j].isUppercaseFast else { return nil }
        // Inside: capitalised letters-only words, at most two, then the closing mark.
        let closing: Unicode.Scalar = scalars[i] == "“" ? "”" : "\""
        var k = scalars.index(after: i)
        var words = 0
        var atWordStart = true
        while k < scalars.endIndex, scalars[k] != closing {
            let c = scalars[k]
            if c == " " {
                guard !atWordStart else { return nil }
                atWordStart = true
            } else if atWordStart {
                guard c.isUppercaseFast else { return nil }
                words += 1
                atWordStart = false
            } else if !c.isAlphabeticFast && c != "'" && c != "’" {
                return nil
            }
            k = scalars.index(after: k)
        }
        guard k < scalars.endIndex, words >= 1, words <= 2, !atWordStart else { return nil }
        // After: a space and a capitalised word.
        let space = scalars.index(after: k)
        guard space < scalars.endIndex, scalars[space] == " " else { return nil }
        let next = scalars.index(after: space)
        guard next < scalars.endIndex, scalars[next].isUppercaseFast else { return nil }
        return k
    }
}

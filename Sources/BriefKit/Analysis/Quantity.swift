/// A count or amount a sentence reports: the values it allows, what it counts, and the words
/// around it that say what it is about.
///
/// "more than 600 homes" allows 600 and up; "600-700 homes" allows 600 to 700; "nearly 100
/// injured" allows 90 to 100; "about 600" allows 10 % either side. Two quantities that allow a
/// common value agree. A day of a month ("Oct. 23", "23 October"), a year, a clock time and
/// an ordinal are not quantities.
public struct Quantity: Hashable, Sendable {
    /// The smallest value the words allow.
    public var low: Double
    /// The largest value they allow (`.infinity` for "more than").
    public var high: Double
    /// What is counted: "dead", "injured", "missing" or "evacuated" for people harmed or
    /// moved (whichever word of the clause is nearest: "killed", "died", "death toll"…);
    /// else the stem of the counted noun ("flight"), "%", or a currency sign.
    public var unit: String
    /// The word the unit was read from, lower-cased ("flights"; "dead" for the dead).
    public var noun: String
    /// The quantity as written, qualifier included ("more than 600").
    public var text: String
    /// Lower-cased content words within ``contextWindow`` words either side.
    public var context: Set<String>
    /// Capitalised words among the ``nameWindow`` words before it, but the sentence's first,
    /// months and weekdays: names that may narrow what is counted ("All Nippon Airways
    /// cancelled over 100 flights").
    public var names: Set<String>

    /// True when the two allow a common value.
    public func agrees(with other: Quantity) -> Bool {
        low <= other.high && other.low <= high
    }

    /// True when the two count the same thing: the same unit, the same names around them
    /// (one narrowed by a name the other lacks counts a part), and at least
    /// `sharedContext` content words in common.
    public func countsSameThing(as other: Quantity, sharedContext: Int = 2) -> Bool {
        unit == other.unit && names == other.names && context.intersection(other.context).count >= sharedContext
    }

    static let contextWindow = 6
    static let nameWindow = 4

    /// Words that say the counted people were harmed or moved, by the unit they give.
    static let casualtyWords: [String: String] = [
        "killed": "dead", "dead": "dead", "died": "dead", "deaths": "dead", "death": "dead", "toll": "dead",
        "fatalities": "dead", "lives": "dead", "die": "dead", "killing": "dead",
        "injured": "injured", "wounded": "injured", "hurt": "injured", "injuries": "injured", "injuring": "injured",
        "missing": "missing", "evacuated": "evacuated", "evacuees": "evacuated", "displaced": "evacuated",
    ]
    static let numberWords: [String: Double] = [
        "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
        "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
        "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "dozen": 12,
    ]
    static let multipliers: [String: Double] = ["thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12]
    /// Nouns for people, whom a casualty word of the clause says were harmed or moved.
    static let personNouns: Set<String> = [
        "people", "persons", "person", "residents", "civilians", "soldiers", "children", "adults", "passengers",
        "workers", "villagers", "men", "women", "students", "troops", "others", "migrants", "patients", "staff",
    ]
    static let currencies: Set<String> = ["$", "£", "€", "¥"]
    static let atLeast: [[String]] = [["more", "than"], ["over"], ["at", "least"], ["upwards", "of"], ["exceeding"], ["above"]]
    static let atMost: [[String]] = [["less", "than"], ["fewer", "than"], ["under"], ["up", "to"], ["at", "most"], ["below"]]
    static let nearly: [[String]] = [["nearly"], ["almost"], ["just", "under"]]
    static let about: [[String]] = [
        ["about"], ["around"], ["roughly"], ["approximately"], ["some"], ["an", "estimated"], ["estimated"], ["close", "to"],
    ]
    static let timeWords: Set<String> = ["a.m.", "p.m.", "am", "pm", "gmt", "utc", "bst", "o'clock", "o’clock", "hours", "hrs"]
    static let monthWords: Set<String> = Set(
        BriefDate.monthWords + BriefDate.monthWords.map { String($0.prefix(3)) } + ["sept"])

    /// The quantities of `text`, in order.
    public static func all(in text: String) -> [Quantity] {
        var stems: [String: String] = [:]
        return all(in: text, stems: &stems)
    }

    /// The quantities of `text`, with the stems of words remembered in `stems` (a cache a
    /// caller keeps across sentences: stemming is most of the cost).
    static func all(in text: String, stems: inout [String: String]) -> [Quantity] {
        let tokens = WordToken.tokenize(text)
        var found: [Quantity] = []
        var i = 0
        while i < tokens.count {
            defer { i += 1 }
            guard var (low, high) = value(of: tokens[i]) else { continue }
            let lower = tokens[i].lowercased
            // "one of the", "one" as a pronoun; a lone number word with no noun after it.
            if numberWordValue(lower) != nil, i + 1 < tokens.count, tokens[i + 1].isPunctuation || tokens[i + 1].lowercased == "of" {
                continue
            }
            if isDateOrTime(tokens, i) { continue }
            var end = i
            if end + 1 < tokens.count, let factor = multipliers[tokens[end + 1].lowercased] {
                (low, high) = (low * factor, high * factor)
                end += 1
            }
            // "600 to 700", "between 600 and 700"
            if end + 2 < tokens.count, ["to", "and"].contains(tokens[end + 1].lowercased), let (_, upper) = value(of: tokens[end + 2]),
                upper > high, !isDateOrTime(tokens, end + 2)
            {
                high = upper
                end += 2
            }
            var start = i
            var unit = ""
            var noun = ""
            if start > 0, currencies.contains(tokens[start - 1].text) {
                unit = tokens[start - 1].text
                noun = unit
                start -= 1
            }
            if end + 1 < tokens.count, tokens[end + 1].text == "%" || tokens[end + 1].lowercased == "percent" {
                unit = "%"
                noun = "%"
                end += 1
            }
            // The qualifier before it.
            let before = tokens[..<start].suffix(3).map(\.lowercased)
            func ends(with phrases: [[String]]) -> [String]? { phrases.first { before.suffix($0.count).elementsEqual($0) } }
            if let phrase = ends(with: atLeast) {
                high = .infinity
                start -= phrase.count
            } else if let phrase = ends(with: atMost) {
                low = 0
                start -= phrase.count
            } else if let phrase = ends(with: nearly) {
                low = (high * 0.9).rounded(.down)
                start -= phrase.count
            } else if let phrase = ends(with: about) {
                (low, high) = (low * 0.9, high * 1.1)
                start -= phrase.count
            }
            if unit.isEmpty { (unit, noun) = countedUnit(tokens, after: end, around: i) }
            guard !unit.isEmpty else { continue }
            let window = max(0, start - contextWindow)..<min(tokens.count, end + 1 + contextWindow)
            var context: Set<String> = []
            var names: Set<String> = []
            for k in window where !(start...end).contains(k) && !tokens[k].isPunctuation {
                let word = tokens[k]
                if word.isCapitalized, k > 0, !word.startsClause, !monthWords.contains(word.lowercased),
                    !BriefDate.weekdayWords.contains(word.lowercased)
                {
                    if k < start, k >= start - nameWindow { names.insert(word.text) }
                } else if !StopWords.english.contains(word.lowercased), word.text.first?.isNumber != true,
                    !monthWords.contains(word.lowercased), !BriefDate.weekdayWords.contains(word.lowercased)
                {
                    if let stem = stems[word.lowercased] {
                        context.insert(stem)
                    } else {
                        let stem = PorterStemmer.stem(word.lowercased)
                        stems[word.lowercased] = stem
                        context.insert(stem)
                    }
                }
            }
            let written = text[tokens[start].range.lowerBound..<tokens[end].range.upperBound]
            found.append(Quantity(low: low, high: high, unit: unit, noun: noun, text: String(written), context: context, names: names))
            i = end
        }
        return found
    }

    /// True when the UTF-8 text `bytes` has a number written as a word ("three"): one pass
    /// over its bytes, before any tokenizing. Each word of ASCII letters is packed in a number
    /// as it is read (five bits a letter), and only one of a number word's length is looked
    /// up. (A raw buffer: reading a String's bytes through its view cost a check a byte.)
    static func mayHoldNumberWord(bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var code: UInt64 = 0
        var length = 0
        for byte in bytes {
            if (65...90).contains(byte) || (97...122).contains(byte) {
                length += 1
                if length <= 12 { code = packing(byte | 0x20, after: code) }
                continue
            }
            if (3...9).contains(length), isNumberWordCode(code) { return true }
            code = 0
            length = 0
        }
        return (3...9).contains(length) && isNumberWordCode(code)
    }

    /// The value of the number word `lower` (lower case: "three" is 3), nil for any other
    /// word: most words are told apart by their packed letters, without hashing them.
    static func numberWordValue(_ lower: String) -> Double? {
        let utf8 = lower.utf8
        guard (3...9).contains(utf8.count) else { return nil }
        var code: UInt64 = 0
        for byte in utf8 {
            guard (97...122).contains(byte) else { return nil }
            code = packing(byte, after: code)
        }
        return isNumberWordCode(code) ? numberWords[lower] : nil
    }

    /// True when `text` opens with a number (a digit; beyond ASCII, any character Unicode
    /// calls numeric).
    static func startsWithNumber(_ text: String) -> Bool {
        guard let first = text.utf8.first else { return false }
        return first < 0x80 ? (48...57).contains(first) : text.first!.isNumber
    }

    /// The number words packed as ``mayHoldNumberWord(bytes:)`` packs a word, ascending.
    static let numberWordCodes: [UInt64] = numberWords.keys.map { word in word.utf8.reduce(0) { packing($1, after: $0) } }.sorted()

    /// `code` with the lower-case ASCII letter `letter` packed after its letters (five bits a
    /// letter, "a" as 1, so no word packs as another of other length).
    @inline(__always)
    private static func packing(_ letter: UInt8, after code: UInt64) -> UInt64 { code << 5 | UInt64(letter - 96) }

    /// True when `code` is a packed number word (a binary search of a few dozen).
    private static func isNumberWordCode(_ code: UInt64) -> Bool {
        var low = 0, high = numberWordCodes.count
        while low < high {
            let middle = (low + high) / 2
            if numberWordCodes[middle] < code { low = middle + 1 } else { high = middle }
        }
        return low < numberWordCodes.count && numberWordCodes[low] == code
    }

    /// The value a token gives ("1,200", "3.5", "600-700", "three"), as a range.
    static func value(of token: WordToken) -> (Double, Double)? {
        if let word = numberWordValue(token.lowercased) { return (word, word) }
        guard startsWithNumber(token.text), token.text.count < 16 else { return nil }
        let parts = token.text.split(separator: "-", omittingEmptySubsequences: false)
        let numbers = parts.compactMap { Double(String($0.filter { $0 != "," })) }
        guard numbers.count == parts.count, let first = numbers.first, let last = numbers.last, numbers.count <= 2, first <= last else {
            return nil
        }
        return (first, last)
    }

    /// True when the number at `i` is part of a date, a year, a clock time or an ordinal.
    static func isDateOrTime(_ tokens: [WordToken], _ i: Int) -> Bool {
        let text = tokens[i].text
        guard text.first?.isNumber == true else { return false }
        // "Oct. 23", "March 4", "23 October", "4th"
        var k = i - 1
        while k >= 0, tokens[k].text == "." { k -= 1 }
        if k >= 0, monthWords.contains(tokens[k].lowercased) { return true }
        if i + 1 < tokens.count {
            let next = tokens[i + 1]
            if monthWords.contains(next.lowercased) && next.isCapitalized || timeWords.contains(next.lowercased) { return true }
            if next.text == ":" || next.text == "/" { return true }
        }
        if k >= 0, tokens[k].text == ":" || tokens[k].text == "/" { return true }
        if let number = Int(text), (1800...2100).contains(number), text.count == 4 { return true }
        return text.contains(where: \.isLetter)
    }

    /// What a number counts: the nearest casualty word of its clause, else the noun after it
    /// (past one describing word: "900 water workers" counts workers); empty when nothing
    /// follows.
    static func countedUnit(_ tokens: [WordToken], after end: Int, around index: Int) -> (unit: String, noun: String) {
        var (unit, noun) = headUnit(tokens, after: end, around: index)
        guard !unit.isEmpty else { return ("", "") }
        // "12 seriously injured", "twelve people were critically hurt": a part of the injured.
        var degree = ""
        for k in (end + 1)..<max(end + 1, min(tokens.count - 1, end + 5)) {
            if tokens[k].isPunctuation || value(of: tokens[k]) != nil { break }
            if tokens[k].lowercased.hasSuffix("ly"), casualtyWords[tokens[k + 1].lowercased] != nil {
                degree = " (\(tokens[k].lowercased))"
                break
            }
        }
        // "80 mm an hour" is a rate, not an amount.
        var k = tokens.index(after: end)
        while k < tokens.count, k <= end + 2, !["a", "an", "per"].contains(tokens[k].lowercased) { k += 1 }
        if k + 1 < tokens.count, k <= end + 2, ["a", "an", "per"].contains(tokens[k].lowercased),
            ["second", "minute", "hour", "day", "week", "month", "year"].contains(tokens[k + 1].lowercased)
        {
            unit += "/" + tokens[k + 1].lowercased
            noun += " a " + tokens[k + 1].lowercased
        }
        return (unit + degree, degree.isEmpty ? noun : String(degree.dropFirst(2).dropLast()) + " " + noun)
    }

    private static func headUnit(_ tokens: [WordToken], after end: Int, around index: Int) -> (unit: String, noun: String) {
        // "600 homes damaged" counts homes, whatever else the clause says; "three people
        // killed" and "killed three" count the dead.
        if end + 1 < tokens.count, !tokens[end + 1].isPunctuation {
            let next = tokens[end + 1].lowercased
            if let unit = casualtyWords[next] { return (unit, unit) }
            if !StopWords.english.contains(next), !personNouns.contains(next), !next.hasSuffix("ly") {
                return nounUnit(tokens, after: end)
            }
        }
        var nearest: (distance: Int, unit: String)?
        for k in max(0, index - 8)..<min(tokens.count, end + 6) where k < index || k > end {
            if tokens[k].isPunctuation, [";", "(", ")"].contains(tokens[k].text) {
                if k < index { nearest = nil } else { break }
                continue
            }
            if let unit = casualtyWords[tokens[k].lowercased] {
                let distance = abs(k - index)
                if nearest == nil || distance < nearest!.distance { nearest = (distance, unit) }
            }
        }
        if let nearest { return (nearest.unit, nearest.unit) }
        return nounUnit(tokens, after: end)
    }

    /// The stem of the noun after `end`, past one describing word ("900 water workers"); empty
    /// when a function word or punctuation follows.
    private static func nounUnit(_ tokens: [WordToken], after end: Int) -> (unit: String, noun: String) {
        guard end + 1 < tokens.count, !tokens[end + 1].isPunctuation else { return ("", "") }
        var unit = tokens[end + 1].lowercased
        if StopWords.english.contains(unit) { return ("", "") }
        // A plural is the head ("350 flights cancelled"); so is a word before a verb form.
        if !unit.hasSuffix("s"), end + 2 < tokens.count, tokens[end + 2].text.first?.isLowercase == true,
            !StopWords.english.contains(tokens[end + 2].lowercased), !tokens[end + 2].isPunctuation,
            !tokens[end + 2].lowercased.hasSuffix("ed"), !tokens[end + 2].lowercased.hasSuffix("ing")
        {
            unit = tokens[end + 2].lowercased
        }
        return (PorterStemmer.stem(unit), unit)
    }
}

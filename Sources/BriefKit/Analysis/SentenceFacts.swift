/// The checkable facts of a sentence: the weekdays it names (not as past) and its figures
/// (``Quantity``: a range, what it counts), with the content terms around them, which say what
/// the day or figure is about.
public struct SentenceFacts: Sendable {
    public var days: Set<String> = []
    /// The figures, in order.
    public var quantities: [Quantity] = []
    /// Content terms within ``window`` words of a day or figure.
    public var context: Set<String> = []

    static let window = 8
    static let weekdays = Set(BriefDate.weekdayWords)

    public init(_ text: String) {
        var stems: [String: String] = [:]
        self.init(text, stems: &stems)
    }

    /// The facts of `text`, with stems remembered in `stems` (see ``Tokenizer/terms(_:stems:)``).
    init(_ text: String, stems: inout [String: String]) {
        guard Self.mayHoldFacts(text) else { return }
        let tokens = WordToken.tokenize(text).filter { !$0.isPunctuation || $0.text == "%" }
        var anchors: [Int] = []
        for (i, token) in tokens.enumerated() {
            let lower = token.lowercased
            if Self.weekdays.contains(lower), i == 0 || !["last", "since"].contains(tokens[i - 1].lowercased) {
                days.insert(token.text.capitalized)
                anchors.append(i)
            } else if Quantity.startsWithNumber(token.text) || Quantity.numberWordValue(lower) != nil {
                anchors.append(i)
            }
        }
        quantities = Quantity.all(in: text)
        // The terms of the words around each anchor; each word's terms found once (a word's
        // terms are the same alone as within the window: no term spans a space).
        var termsOfToken = [[String]?](repeating: nil, count: tokens.count)
        for anchor in anchors {
            for k in max(0, anchor - Self.window)..<min(tokens.count, anchor + Self.window + 1) {
                if termsOfToken[k] == nil {
                    termsOfToken[k] = Tokenizer.terms(tokens[k].text, stems: &stems).filter {
                        !Self.weekdays.contains($0) && $0.first?.isNumber != true
                    }
                }
                context.formUnion(termsOfToken[k]!)
            }
        }
    }

    /// True when the sentence names no day and gives no figure.
    public var isEmpty: Bool { days.isEmpty && quantities.isEmpty }

    /// False when `text` has no digit, no "day" in any case and no number word, so cannot
    /// name a weekday or a figure: most sentences, skipped without tokenizing.
    static func mayHoldFacts(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var previous: (UInt8, UInt8) = (0, 0)
            for byte in bytes {
                if byte >= 48 && byte <= 57 { return true }
                let lower = byte | 0x20
                if lower == 121 && previous.1 == 97 && previous.0 == 100 { return true }  // "day"
                previous = (previous.1, byte >= 65 && byte <= 90 || byte >= 97 && byte <= 122 ? lower : 0)
            }
            return Quantity.mayHoldNumberWord(bytes: bytes)
        }
    }

    /// How `self` and `other` differ, as phrases ("the day (Monday vs Tuesday)", "the dead (3 vs
    /// 4)"); empty when they agree or do not speak of the same thing (fewer than three context
    /// terms shared). Figures differ when both count the same thing (the same unit, in two
    /// sentences that already say the same) and none of one's agrees with any of the other's.
    public func differences(from other: SentenceFacts) -> [String] {
        guard context.intersection(other.context).count >= 3 else { return [] }
        var differences: [String] = []
        if !days.isEmpty, !other.days.isEmpty, days.isDisjoint(with: other.days) {
            differences.append("the day (\(days.sorted().joined(separator: ", ")) vs \(other.days.sorted().joined(separator: ", ")))")
        }
        let units = Set(quantities.map(\.unit)).intersection(other.quantities.map(\.unit))
        for unit in units.sorted() {
            let mine = quantities.filter { $0.unit == unit }, theirs = other.quantities.filter { $0.unit == unit }
            guard !mine.contains(where: { q in theirs.contains(where: q.agrees) }) else { continue }
            differences.append("\(unit) (\(mine.map(\.text).joined(separator: ", ")) vs \(theirs.map(\.text).joined(separator: ", ")))")
            break
        }
        return differences
    }
}

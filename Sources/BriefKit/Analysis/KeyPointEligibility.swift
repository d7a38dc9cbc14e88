/// Which sentences can stand alone as key points, and how well they read out of context.
///
/// A key point is a whole sentence that makes sense on its own: not a fragment of a quote
/// that spans sentences, not a bare quotation with no one saying it, not a lead-in ending in
/// a colon, not a scrap of a few words.
public enum KeyPointEligibility {
    static let minimumWords = 6
    static let maximumWords = 80
    /// Openings that lean on the sentence before ("He said", "However, ...").
    static let dependentOpenings: Set<String> = [
        "he", "she", "they", "it", "this", "that", "these", "those", "his", "her", "their", "its",
        "but", "and", "or", "so", "however", "meanwhile", "also", "still", "yet", "then", "there",
        "such", "both", "conversely", "instead", "nevertheless", "moreover", "furthermore",
    ]

    /// True when `text` can be a key point.
    public static func isEligible(_ text: String) -> Bool {
        let words = LineClassifier.wordCount(text)
        guard (minimumWords...maximumWords).contains(words) else { return false }
        guard let last = text.last, last != ":" else { return false }
        guard quotesAreBalanced(text) else { return false }
        if let first = text.first, "“\"‘'«".contains(first), let end = text.last, "”\"’'»".contains(end) {
            return false  // a bare quotation: it belongs in the quotes, with its speaker
        }
        return true
    }

    /// A factor in (0, 1] for how well `text` serves as a reported fact: sentences that open
    /// with a pronoun or a connective lean on context, and sentences that are mostly quotation
    /// belong in the quotes section, so both lose weight.
    public static func readability(_ text: String) -> Double {
        let first = text.prefix { $0.isLetter || $0 == "’" || $0 == "'" }.lowercased()
        var factor = dependentOpenings.contains(first) ? 0.75 : 1
        if quotedShare(of: text) > 0.5 { factor *= 0.6 }
        return factor
    }

    /// The share of the characters of `text` that stand inside double quote marks.
    static func quotedShare(of text: String) -> Double {
        var inside = false
        var quoted = 0, total = 0
        for c in text.unicodeScalars {
            if c.value >= 0x300, c.properties.generalCategory == .nonspacingMark { continue }  // counted with its base
            switch c {
            case "“": inside = true
            case "”": inside = false
            case "\"": inside.toggle()
            default:
                total += 1
                if inside { quoted += 1 }
            }
        }
        return total == 0 ? 0 : Double(quoted) / Double(total)
    }

    /// True when every opening double quote is closed: curly marks pair up and straight
    /// marks come in pairs.
    static func quotesAreBalanced(_ text: String) -> Bool {
        var depth = 0
        var straight = 0
        for c in text.unicodeScalars {
            switch c {
            case "“": depth += 1
            case "”": depth -= 1; if depth < 0 { return false }
            case "\"": straight += 1
            default: break
            }
        }
        return depth == 0 && straight % 2 == 0
    }
}

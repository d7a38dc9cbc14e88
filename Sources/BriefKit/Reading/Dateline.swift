/// A wire dateline at the start of an article's text: the place in capitals, maybe the day,
/// maybe the agency, then a dash: "WASHINGTON, March 4 (Reuters) -", "LONDON (AP) —",
/// "KYIV, Ukraine, 4 March 2025 (AFP) –". It tells the outlet and the day the story was filed;
/// the reader takes it off the text, as it is not part of the story's first sentence.
struct Dateline: Equatable {
    /// The agency in brackets ("Reuters", "AP").
    var outlet: String?
    /// The day as written; the year may be missing ("March 4"), and is then resolved against
    /// the brief's date (``BriefDate/resolvingYear(month:day:near:)``).
    var month: Int?
    var day: Int?
    var year: Int?
    /// The length, in Characters, of the dateline with its dash and the space after.
    var length: Int

    /// The dateline at the start of `line`, or nil when it has none, or one that names neither
    /// an agency nor a day.
    static func parse(_ line: Substring) -> Dateline? {
        // The place's first word is two characters or more of capitals and . ' ’ -, so the
        // line opens with such a run: a cheap look that nearly every line fails, before the
        // pattern, which is compiled where it is written and costs far more. (A pattern kept
        // in a static is reported as leaked by the fuzzer's leak checker.)
        let opening = line.prefix { $0.isUppercase || $0 == "." || $0 == "'" || $0 == "’" || $0 == "-" }
        guard let first = line.first, first.isUppercase, opening.count >= 2,
            line.prefix(while: \.isLetter).allSatisfy(\.isUppercase)
        else { return nil }
        let pattern =
            #/^(?<place>\p{Lu}[\p{Lu}.'’ -]{1,40}?(?:, \p{Lu}[\p{L}.'’ -]{1,30}?)?)(?:, (?<day>[\p{L}\p{N}., ]{3,24}?))? ?(?:\((?<outlet>[^()\n]{2,40})\))? ?(?:-|–|—|--) /#
        guard let match = line.prefixMatch(of: pattern) else { return nil }
        let place = match.output.place
        // The place is written in capitals: its first word at least ("WASHINGTON", "KYIV, Ukraine").
        let firstWord = place.prefix { $0 != "," && $0 != " " }
        guard firstWord.count >= 2, firstWord.allSatisfy({ !$0.isLetter || $0.isUppercase }) else { return nil }
        let outlet = match.output.outlet.map { Whitespace.collapse(String($0)) }
        let written = match.output.day.flatMap { day(in: String($0)) }
        if match.output.day != nil && written == nil { return nil }
        guard outlet != nil || written != nil else { return nil }
        return Dateline(
            outlet: outlet, month: written?.month, day: written?.day, year: written?.year,
            length: line.distance(from: line.startIndex, to: match.range.upperBound))
    }

    /// "March 4", "Mar. 4", "4 March", "March 4, 2025", "4 March 2025".
    static func day(in text: String) -> (month: Int, day: Int, year: Int?)? {
        let words = text.lowercased().split(whereSeparator: { $0 == " " || $0 == "," || $0 == "." }).map(String.init)
        guard words.count == 2 || words.count == 3 else { return nil }
        func month(_ word: String) -> Int? {
            guard word.count >= 3 else { return nil }
            return BriefDate.monthWords.firstIndex { $0.hasPrefix(word) }.map { $0 + 1 }
        }
        var found: (month: Int, day: Int)?
        if let m = month(words[0]), let d = Int(words[1]) { found = (m, d) }
        if let d = Int(words[0]), let m = month(words[1]) { found = (m, d) }
        guard let found, (1...31).contains(found.day) else { return nil }
        var year: Int?
        if words.count == 3 {
            guard let y = Int(words[2]), (1900...2200).contains(y) else { return nil }
            year = y
        }
        return (found.month, found.day, year)
    }
}

extension BriefDate {
    /// The day `month`/`day` in the year that puts it closest before `reference`: this year,
    /// unless that is more than a week after `reference` (then the year before). Nil for a day
    /// the month does not have.
    public static func resolvingYear(month: Int, day: Int, near reference: BriefDate) -> BriefDate? {
        if let candidate = BriefDate(year: reference.year, month: month, day: day), candidate <= reference.adding(days: 7) {
            return candidate
        }
        return BriefDate(year: reference.year - 1, month: month, day: day)
    }
}

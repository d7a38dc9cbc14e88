/// A time phrase in a sentence ("on Thursday", "this week", "10 March"), resolved against
/// the brief's date where it names a day.
struct TimeExpression: Hashable, Sendable {
    /// The phrase as written.
    var phrase: String
    /// The day it names, when it names one.
    var date: BriefDate?
    /// "last Friday", "earlier this week": the text marks it as past.
    var isPast: Bool

    static let partsOfDay: Set<String> = ["morning", "afternoon", "evening", "night"]

    /// The time phrases in `text`, in order. A weekday is the next such day on or after
    /// `date`; "last Friday" is the one before.
    static func find(in text: String, relativeTo date: BriefDate) -> [TimeExpression] {
        find(in: text, tokens: WordToken.tokenize(text), relativeTo: date)
    }

    /// The time expressions of `text`, whose tokens the caller already has.
    static func find(in text: String, tokens: [WordToken], relativeTo date: BriefDate) -> [TimeExpression] {
        let words = tokens.map(\.lowercased)
        var found: [TimeExpression] = []
        func phrase(_ from: Int, _ to: Int) -> String { String(text[tokens[from].range.lowerBound..<tokens[to].range.upperBound]) }
        var i = 0
        while i < tokens.count {
            let word = words[i]
            let previous = i > 0 ? words[i - 1] : ""
            if let weekday = BriefDate.weekdayWords.firstIndex(of: word) {
                var start = i, end = i
                if ["on", "this", "next", "last", "by", "until", "from", "before", "since"].contains(previous) { start = i - 1 }
                if i >= 3 && words[i - 1] == "of" && words[i - 2] == "hours" && words[i - 3] == "early" {
                    start = max(0, i - (i >= 5 && words[i - 4] == "the" && words[i - 5] == "in" ? 5 : 3))
                }
                if i + 1 < tokens.count && partsOfDay.contains(words[i + 1]) { end = i + 1 }
                // "(UK time)" stays with the phrase.
                if end + 4 < tokens.count + 1, end + 3 < tokens.count, tokens[end + 1].text == "(", words[end + 3] == "time",
                    end + 4 < tokens.count, tokens[end + 4].text == ")"
                {
                    end += 4
                }
                let past = previous == "last" || previous == "since"
                // "Thursday, November 26" / "Thursday 26 November [2026]": the written date wins.
                if let explicit = explicitDate(after: end, tokens: tokens, words: words, relativeTo: date) {
                    found.append(TimeExpression(phrase: phrase(start, explicit.end), date: explicit.date, isPast: explicit.date < date))
                    i = explicit.end + 1
                    continue
                }
                found.append(TimeExpression(phrase: phrase(start, end), date: resolve(weekday: weekday, from: date, past: past), isPast: past))
                i = end + 1
                continue
            }
            if word == "tomorrow" || word == "today" || word == "tonight" || word == "yesterday" {
                let offset = word == "tomorrow" ? 1 : word == "yesterday" ? -1 : 0
                found.append(TimeExpression(phrase: tokens[i].text, date: date.adding(days: offset), isPast: offset < 0))
            } else if ["week", "weekend", "month"].contains(word), ["this", "next", "last", "coming"].contains(previous) {
                var start = i - 1
                if start > 0 && ["later", "earlier"].contains(words[start - 1]) { start -= 1 }
                let past = previous == "last" || words[start] == "earlier"
                found.append(TimeExpression(phrase: phrase(start, i), date: nil, isPast: past))
            } else if ["days", "weeks", "months"].contains(word), previous == "coming", i >= 2, words[i - 2] == "the" {
                let start = i >= 3 && ["in", "over"].contains(words[i - 3]) ? i - 3 : i - 2
                found.append(TimeExpression(phrase: phrase(start, i), date: nil, isPast: false))
            } else if let month = BriefDate.monthWords.firstIndex(of: word), tokens[i].isCapitalized, let day = dayNumber(near: i, in: words) {
                let year = yearNumber(after: i, in: words) ?? date.year
                let resolved = BriefDate(year: year, month: month + 1, day: day.value)
                found.append(
                    TimeExpression(
                        phrase: phrase(min(i, day.index), max(i, day.index)), date: resolved,
                        isPast: resolved.map { $0 < date } ?? false))
            }
            i += 1
        }
        return found
    }

    /// A month-and-day date right after a weekday (an optional comma between), with its last
    /// token's index.
    private static func explicitDate(
        after end: Int, tokens: [WordToken], words: [String],
        relativeTo date: BriefDate
    ) -> (date: BriefDate, end: Int)? {
        var k = end + 1
        if k < tokens.count, tokens[k].text == "," { k += 1 }
        guard k + 1 < tokens.count else { return nil }
        let monthIndex: Int, dayIndex: Int
        if let month = BriefDate.monthWords.firstIndex(of: words[k]), tokens[k].isCapitalized {
            monthIndex = month
            dayIndex = k + 1
        } else if let month = BriefDate.monthWords.firstIndex(of: words[k + 1]), tokens[k + 1].isCapitalized {
            monthIndex = month
            dayIndex = k
        } else {
            return nil
        }
        guard let day = dayNumber(near: dayIndex == k ? k + 1 : k, in: words), day.index == dayIndex else { return nil }
        let last = max(k, dayIndex)
        let year = yearNumber(after: last - 1, in: words).flatMap { value in
            // Only a year that directly follows ("November 26, 2026" / "26 November 2026").
            words[(last + 1)..<min(last + 3, words.count)].contains(String(value)) ? value : nil
        }
        guard let resolved = BriefDate(year: year ?? date.year, month: monthIndex + 1, day: day.value) else { return nil }
        var lastIndex = last
        if let year, let index = words[(last + 1)..<min(last + 3, words.count)].firstIndex(of: String(year)) { lastIndex = index }
        return (resolved, lastIndex)
    }

    static func resolve(weekday: Int, from date: BriefDate, past: Bool) -> BriefDate {
        let today = date.weekday.rawValue
        if past {
            let back = (today - weekday + 7) % 7
            return date.adding(days: -(back == 0 ? 7 : back))
        }
        return date.adding(days: (weekday - today + 7) % 7)
    }

    /// "10 March" or "March 10": the day number beside a month name.
    private static func dayNumber(near i: Int, in words: [String]) -> (value: Int, index: Int)? {
        for j in [i + 1, i - 1] where j >= 0 && j < words.count {
            let digits = words[j].prefix { $0.isNumber }
            if let value = Int(digits), (1...31).contains(value), ["", "st", "nd", "rd", "th"].contains(words[j].dropFirst(digits.count)) {
                return (value, j)
            }
        }
        return nil
    }

    private static func yearNumber(after i: Int, in words: [String]) -> Int? {
        for j in (i + 1)..<min(i + 4, words.count) {
            if words[j].count == 4, let year = Int(words[j]), (1900...2200).contains(year) { return year }
        }
        return nil
    }
}

import Foundation

/// The publication day in the date formats pages and feeds use: ISO 8601 / RFC 3339
/// (`2025-03-05T09:30:00+01:00`, `2025-03-05`) and RFC 822 / 2822 (`Wed, 05 Mar 2025 09:30:00 GMT`).
/// The day is taken as the publisher wrote it; the time and zone are not converted.
enum PublicationDate {
    static func parse(_ text: String) -> BriefDate? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return iso8601(trimmed) ?? rfc822(trimmed)
    }

    private static func iso8601(_ text: String) -> BriefDate? {
        guard text.utf8.count >= 10 else { return nil }
        let day = String(text.prefix(10))
        if text.count > 10, let next = text.dropFirst(10).first, next != "T", next != "t", next != " " { return nil }
        return BriefDate(day)
    }

    private static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    private static func rfc822(_ text: String) -> BriefDate? {
        var words = text.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
        if let first = words.first, first.first?.isLetter == true { words.removeFirst() }  // day of week
        guard words.count >= 3, let day = Int(words[0]),
            let month = months.firstIndex(of: String(words[1].prefix(3)).lowercased()),
            var year = Int(words[2])
        else { return nil }
        if words[2].count == 2 { year += year < 50 ? 2000 : 1900 }
        return BriefDate(year: year, month: month + 1, day: day)
    }
}

/// What a source says about itself beyond its text: the outlet that published it, where it
/// lives on the web, and the day it was published. Plain-text files carry none of these;
/// HTML pages and feed items usually carry all three.
public struct SourceMetadata: Hashable, Sendable {
    /// The publication's name ("The Guardian"), or the host of its URL when it names none.
    public var outlet: String?
    /// The article's address as the page or feed gives it.
    public var url: String?
    /// The day the article was published, as the publisher dated it.
    public var published: BriefDate?
    /// A day written without its year (a wire dateline's "March 4"), until the brief resolves
    /// it against its own date (``resolvingDayWithoutYear(near:)``).
    public var dayWithoutYear: MonthDay?
    /// The day the file was last modified (local time), when the loader was asked for it
    /// (``CorpusLoader/fileDates``): the latest day the article can have been published.
    /// It dates a source that dates itself in no other way (``resolvingDates(for:)``).
    public var fileModified: BriefDate?
    /// Set when ``published`` is not the source's own date but its file's modification day.
    public var publishedBasis: PublicationBasis?

    public init(
        outlet: String? = nil, url: String? = nil, published: BriefDate? = nil, dayWithoutYear: MonthDay? = nil,
        fileModified: BriefDate? = nil, publishedBasis: PublicationBasis? = nil
    ) {
        self.outlet = outlet
        self.url = url
        self.published = published
        self.dayWithoutYear = dayWithoutYear
        self.fileModified = fileModified
        self.publishedBasis = publishedBasis
    }

    /// True when nothing is known.
    public var isEmpty: Bool {
        outlet == nil && url == nil && published == nil && dayWithoutYear == nil && fileModified == nil
    }

    /// The metadata as a brief for `date` dates it: a day written without its year gets the
    /// year that puts it closest before `date`; a source with no date of its own takes its
    /// file's modification day when that is on or before `date` (marked
    /// ``PublicationBasis/fileModified``). A later modification day says nothing about when
    /// the article was published (a checkout or a copy made it), so it is dropped and the
    /// source stays undated. The result no longer holds ``fileModified``.
    public func resolvingDates(for date: BriefDate) -> SourceMetadata {
        var resolved = resolvingDayWithoutYear(near: date)
        if resolved.published == nil, let modified = resolved.fileModified, modified <= date {
            resolved.published = modified
            resolved.publishedBasis = .fileModified
        }
        resolved.fileModified = nil
        return resolved
    }

    /// The metadata with a day written without its year made a date: the year that puts it
    /// closest before `reference` (see ``BriefDate/resolvingYear(month:day:near:)``).
    public func resolvingDayWithoutYear(near reference: BriefDate) -> SourceMetadata {
        guard published == nil, let day = dayWithoutYear else { return self }
        var resolved = self
        resolved.published = BriefDate.resolvingYear(month: day.month, day: day.day, near: reference)
        resolved.dayWithoutYear = nil
        return resolved
    }

    /// The URL when it is safe to link to: `http` or `https` only, so that a `javascript:`
    /// or `data:` address in hostile input never becomes a live link, and only characters
    /// RFC 3986 allows in a URL (anything else is shown, not linked).
    public var linkableURL: String? {
        guard let url else { return nil }
        let lower = url.lowercased()
        guard lower.hasPrefix("https://") || lower.hasPrefix("http://"), lower.count > 8 else { return nil }
        guard url.unicodeScalars.allSatisfy(Self.isURLCharacter) else { return nil }
        return url
    }

    /// RFC 3986 unreserved and reserved characters, and `%` for escapes.
    private static func isURLCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "a"..."z", "A"..."Z", "0"..."9": return true
        default: return "-._~:/?#[]@!$&'()*+,;=%".unicodeScalars.contains(scalar)
        }
    }
}

/// Where a source's publication day came from, when not from the source itself.
public enum PublicationBasis: String, Hashable, Codable, Sendable {
    /// The day its file was last modified: brief's last resort, the latest day the article
    /// can have been published.
    case fileModified
}

/// A day of the year without its year.
public struct MonthDay: Hashable, Sendable {
    public var month: Int
    public var day: Int

    public init(month: Int, day: Int) {
        self.month = month
        self.day = day
    }
}

import BriefKit

/// A search across archived briefs: words to find, and filters.
public struct SearchQuery: Sendable, Equatable {
    /// Words that must all occur (stemmed: "pension" finds "pensions"); may be empty when a
    /// filter is given.
    public var text: String
    /// Words that must occur in a quote's speaker.
    public var speaker: String?
    /// Words that must occur in the name of an actor the item mentions.
    public var actor: String?
    /// Only items of these kinds (all when empty).
    public var kinds: [SearchHit.Kind]
    /// The first and last day searched.
    public var since: BriefDate?
    public var until: BriefDate?
    /// At most this many hits.
    public var limit: Int

    public init(
        text: String, speaker: String? = nil, actor: String? = nil, kinds: [SearchHit.Kind] = [],
        since: BriefDate? = nil, until: BriefDate? = nil, limit: Int = 100
    ) {
        self.text = text
        self.speaker = speaker
        self.actor = actor
        self.kinds = kinds
        self.since = since
        self.until = until
        self.limit = limit
    }

    /// The FTS5 match expression: every word a quoted string (so no user text is ever read as
    /// FTS5 syntax), column filters for speaker and actor, all joined with AND. Nil when the
    /// query has no word at all.
    var matchExpression: String? {
        var terms = Self.words(text).map { "\"\($0)\"" }
        terms += Self.words(speaker ?? "").map { "speaker:\"\($0)\"" }
        terms += Self.words(actor ?? "").map { "actors:\"\($0)\"" }
        return terms.isEmpty ? nil : terms.joined(separator: " AND ")
    }

    /// Runs of letters and digits, as SQLite's unicode61 tokenizer splits them.
    static func words(_ text: String) -> [String] {
        text.split(whereSeparator: { !($0.isLetter || $0.isNumber) }).map { String($0).lowercased() }
    }
}

/// One archived item that matched a search.
public struct SearchHit: Sendable, Equatable {
    /// The sections the index holds.
    public enum Kind: String, Sendable, CaseIterable {
        case keyPoint = "key point", quote, openIssue = "open issue", agenda, actor

        /// The order hits of one day are listed in.
        var order: Int { Self.allCases.firstIndex(of: self) ?? 0 }
    }

    public var date: BriefDate
    public var kind: Kind
    public var text: String
    /// The quote's speaker.
    public var speaker: String?
    /// The sources the item came from: outlet (or document id) and id.
    public var sources: [String]

    public init(date: BriefDate, kind: Kind, text: String, speaker: String?, sources: [String]) {
        self.date = date
        self.kind = kind
        self.text = text
        self.speaker = speaker
        self.sources = sources
    }
}

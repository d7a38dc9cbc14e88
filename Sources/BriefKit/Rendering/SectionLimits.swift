import Foundation

/// How much of each section the formats people read show: text, HTML and DocBook, and so the
/// PDF and the e-mail made from them. Each section shows its first items in the brief's
/// order, with a line saying how many were left out; the JSON brief keeps everything.
public struct SectionLimits: Sendable, Equatable {
    /// Agenda items.
    public var agenda: Int
    /// People and organisations.
    public var actors: Int
    /// Countries and places.
    public var places: Int
    /// Quotes, best ranked first.
    public var quotes: Int
    /// Open questions and disagreements.
    public var openIssues: Int
    /// Sources listed one by one. A brief with more lists them grouped by outlet with counts,
    /// the biggest `sources` outlets by name.
    public var sources: Int
    /// Source markers after one item; the rest are counted ("+12 more").
    public var citations: Int

    public init(
        agenda: Int = 12, actors: Int = 20, places: Int = 10, quotes: Int = 8, openIssues: Int = 10, sources: Int = 40,
        citations: Int = 8
    ) {
        self.agenda = max(agenda, 0)
        self.actors = max(actors, 0)
        self.places = max(places, 0)
        self.quotes = max(quotes, 0)
        self.openIssues = max(openIssues, 0)
        self.sources = max(sources, 1)
        self.citations = max(citations, 1)
    }

    /// The names `brief generate --limit NAME=N` takes, in the order the brief shows them.
    public static let names = ["agenda", "actors", "places", "quotes", "open-issues", "sources", "citations"]

    /// Sets the limit called `name` (one of ``names``) from `N`.
    /// - Throws: ``BriefError/invalidOption(_:)`` for an unknown name or a negative number
    ///   (sources and citations need at least 1).
    public mutating func set(_ name: String, to value: Int) throws(BriefError) {
        let least = name == "sources" || name == "citations" ? 1 : 0
        guard value >= least else { throw .invalidOption("--limit \(name) must be at least \(least) (got \(value))") }
        switch name {
        case "agenda": agenda = value
        case "actors": actors = value
        case "places": places = value
        case "quotes": quotes = value
        case "open-issues": openIssues = value
        case "sources": sources = value
        case "citations": citations = value
        default:
            throw .invalidOption("unknown --limit '\(name)': choose from \(Self.names.joined(separator: ", "))")
        }
    }

    /// Reads `NAME=N` (as `--limit` is given) into these limits.
    /// - Throws: ``BriefError/invalidOption(_:)`` for text of another shape.
    public mutating func apply(_ setting: String) throws(BriefError) {
        let parts = setting.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.count == 2, let value = Int(parts[1]) else {
            throw .invalidOption("--limit takes NAME=N, e.g. actors=30 (got '\(setting)')")
        }
        try set(parts[0], to: value)
    }
}

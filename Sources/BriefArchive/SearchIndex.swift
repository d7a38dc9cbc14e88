import BriefKit
import Foundation
import GRDB

/// The archive's full-text index (`output/archive.sqlite`, SQLite FTS5 through GRDB): every
/// archived brief's key points, quotes with their speakers, actors, agenda and open issues,
/// with the actors each item mentions and its sources, and each day's ``ArchiveDigest`` (what
/// the archive's pages show of it). Rebuildable at any time from the briefs' JSON files; a
/// rebuild writes a new file and renames it over the old one.
public struct SearchIndex: Sendable {
    /// The database file.
    public let path: String
    /// Bumped when the schema changes; an index of another version is rebuilt.
    static let schemaVersion = 2

    public init(path: String) {
        self.path = path
    }

    /// Replaces one day's rows (in one transaction), creating the index when missing.
    public func replace(_ brief: Brief) throws(BriefError) {
        try withDatabase(path) { database in
            try database.write { db in
                try Self.createSchema(db)
                try Self.insert(brief, into: db)
            }
        }
    }

    /// True when the file exists and holds an index of this schema version.
    public func isUsable() -> Bool {
        guard FileManager.default.fileExists(atPath: path) else { return false }
        var configuration = Configuration()
        configuration.readonly = true
        guard let queue = try? DatabaseQueue(path: path, configuration: configuration) else { return false }
        let version = try? queue.read { db in try Int.fetchOne(db, sql: "PRAGMA user_version") }
        return version == Self.schemaVersion
    }

    /// Builds the index of `briefs` in a new file, then renames it over ``path``.
    public func rebuild(_ briefs: [Brief]) throws(BriefError) {
        let temporary = path + ".tmp-\(getpid())"
        unlink(temporary)
        do throws(BriefError) {
            try withDatabase(temporary) { database in
                try database.write { db in
                    try Self.createSchema(db)
                    for brief in briefs { try Self.insert(brief, into: db) }
                }
            }
            guard rename(temporary, path) == 0 else {
                throw .writeFailed(path: path, reason: String(cString: strerror(errno)))
            }
        } catch {
            unlink(temporary)
            unlink(temporary + "-journal")
            throw error
        }
    }

    /// Removes one day's rows and digest.
    public func remove(_ day: BriefDate) throws(BriefError) {
        try withDatabase(path) { database in
            try database.write { db in
                try db.execute(sql: "DELETE FROM items WHERE date = ?", arguments: [day.description])
                try db.execute(sql: "DELETE FROM briefs WHERE date = ?", arguments: [day.description])
            }
        }
    }

    /// The digest of every day the index holds, oldest first.
    public func digests() throws(BriefError) -> [ArchiveDigest] {
        try withReadableDatabase { db in
            try Row.fetchAll(db, sql: "SELECT * FROM briefs ORDER BY date").compactMap { row in
                guard let date = BriefDate(row["date"] as String) else { return nil }
                let actors = row["key_actors"] as String
                return ArchiveDigest(
                    date: date, title: row["title"], keyPoints: row["key_points"], quotes: row["quotes"], actors: row["actors"],
                    openIssues: row["open_issues"], agenda: row["agenda"], sources: row["sources"],
                    keyActors: actors.isEmpty ? [] : actors.split(separator: "\n", omittingEmptySubsequences: false).map(String.init),
                    summary: row["summary"])
            }
        }
    }

    /// The days the index holds, oldest first.
    public func days() throws(BriefError) -> [BriefDate] {
        try withReadableDatabase { db in
            try String.fetchAll(db, sql: "SELECT date FROM briefs ORDER BY date").compactMap(BriefDate.init)
        }
    }

    /// The items matching `query`, oldest day first, then by section and rank within the day.
    /// - Throws: ``BriefError/invalidOption(_:)`` for a query without any word;
    ///   ``BriefError/archive(_:)`` when there is no usable index.
    public func search(_ query: SearchQuery) throws(BriefError) -> [SearchHit] {
        guard let match = query.matchExpression else {
            throw .invalidOption("search needs at least one word (in TEXT, --speaker or --actor)")
        }
        var sql = "SELECT date, kind, text, speaker, sources FROM items WHERE items MATCH ?"
        var arguments: [(any DatabaseValueConvertible)?] = [match]
        if let since = query.since {
            sql += " AND date >= ?"
            arguments.append(since.description)
        }
        if let until = query.until {
            sql += " AND date <= ?"
            arguments.append(until.description)
        }
        if !query.kinds.isEmpty {
            sql += " AND kind IN (" + query.kinds.map { _ in "?" }.joined(separator: ", ") + ")"
            arguments += query.kinds.map(\.rawValue)
        }
        sql += " ORDER BY date, kind_order, position LIMIT ?"
        arguments.append(max(0, query.limit))
        let statementArguments = StatementArguments(arguments)
        return try withReadableDatabase { db in
            try Row.fetchAll(db, sql: sql, arguments: statementArguments).compactMap { row in
                guard let date = BriefDate(row["date"] as String), let kind = SearchHit.Kind(rawValue: row["kind"]) else { return nil }
                let sources = (row["sources"] as String).split(separator: "\n").map(String.init)
                return SearchHit(date: date, kind: kind, text: row["text"], speaker: row["speaker"], sources: sources)
            }
        }
    }

    // MARK: - Schema and rows

    private static func createSchema(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE IF NOT EXISTS briefs(
                    date TEXT PRIMARY KEY, title TEXT NOT NULL, sources INTEGER NOT NULL, key_points INTEGER NOT NULL,
                    quotes INTEGER NOT NULL, actors INTEGER NOT NULL, open_issues INTEGER NOT NULL, agenda INTEGER NOT NULL,
                    key_actors TEXT NOT NULL, summary TEXT NOT NULL);
                CREATE VIRTUAL TABLE IF NOT EXISTS items USING fts5(
                    date UNINDEXED, kind UNINDEXED, kind_order UNINDEXED, position UNINDEXED,
                    text, speaker, actors, sources UNINDEXED,
                    tokenize = 'porter unicode61 remove_diacritics 2');
                PRAGMA user_version = \(schemaVersion);
                """)
    }

    private static func insert(_ brief: Brief, into db: Database) throws {
        let day = brief.date.description
        try db.execute(sql: "DELETE FROM items WHERE date = ?", arguments: [day])
        let digest = ArchiveDigest(brief)
        try db.execute(
            sql: """
                INSERT OR REPLACE INTO briefs(date, title, sources, key_points, quotes, actors, open_issues, agenda, key_actors, summary)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                day, digest.title, digest.sources, digest.keyPoints, digest.quotes, digest.actors, digest.openIssues,
                digest.agenda, digest.keyActors.joined(separator: "\n"), digest.summary,
            ])
        for row in SearchRows.rows(of: brief) {
            try db.execute(
                sql: "INSERT INTO items(date, kind, kind_order, position, text, speaker, actors, sources) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                arguments: [
                    day, row.kind.rawValue, row.kind.order, row.position, row.text, row.speaker,
                    row.actors.joined(separator: "\n"), row.sources.joined(separator: "\n"),
                ])
        }
    }

    // MARK: - Opening

    private func withDatabase(_ file: String, _ body: (DatabaseQueue) throws -> Void) throws(BriefError) {
        do {
            let queue = try DatabaseQueue(path: file)
            try body(queue)
            try queue.close()
        } catch let error as BriefError {
            throw error
        } catch {
            throw .writeFailed(path: file, reason: Self.describe(error))
        }
    }

    private func withReadableDatabase<T>(_ body: (Database) throws -> T) throws(BriefError) -> T {
        guard isUsable() else {
            throw .archive("no usable search index at \(path); run 'brief archive reindex' to build it from the archived briefs")
        }
        do {
            var configuration = Configuration()
            configuration.readonly = true
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            return try queue.read(body)
        } catch {
            throw .archive("search index \(path): \(Self.describe(error))")
        }
    }

    private static func describe(_ error: any Error) -> String {
        if let database = error as? DatabaseError { return database.message ?? "\(database.resultCode)" }
        return "\(error)"
    }
}

/// The rows a brief gives the search index, one per item.
enum SearchRows {
    struct Row {
        var kind: SearchHit.Kind
        var position: Int
        var text: String
        var speaker: String?
        var actors: [String]
        var sources: [String]
    }

    static func rows(of brief: Brief) -> [Row] {
        let names = MentionIndex(brief.actors)
        let labels = Dictionary(
            // A reader knows a source by its headline and outlet, not by its file's name.
            brief.sources.map { source in (source.id, source.outlet.map { "\(source.title) (\($0))" } ?? source.title) },
            uniquingKeysWith: { first, _ in first })
        func mentioned(_ text: String) -> [String] { names.actors(mentionedIn: text) }
        func sources(_ ids: [String]) -> [String] { ids.map { labels[$0] ?? $0 } }
        var rows: [Row] = []
        for (index, point) in brief.keyPoints.enumerated() {
            rows.append(Row(kind: .keyPoint, position: index, text: point.text, actors: mentioned(point.text), sources: sources(point.sources)))
        }
        for (index, quote) in brief.quotes.enumerated() {
            let said = quote.text + " " + (quote.speaker ?? "")
            rows.append(
                Row(
                    kind: .quote, position: index, text: quote.text, speaker: quote.speaker, actors: mentioned(said),
                    sources: sources(quote.sources)))
        }
        for (index, issue) in brief.openIssues.enumerated() {
            rows.append(Row(kind: .openIssue, position: index, text: issue.text, actors: mentioned(issue.text), sources: sources(issue.sources)))
        }
        for (index, item) in brief.agenda.enumerated() {
            let text = (item.date.map { "\($0.longDescription): " } ?? "") + item.text
            rows.append(Row(kind: .agenda, position: index, text: text, actors: mentioned(item.text), sources: sources(item.sources)))
        }
        for (index, actor) in brief.actors.enumerated() {
            var text = actor.name
            if let role = actor.role { text += ", " + role }
            if !actor.aliases.isEmpty { text += " (also " + actor.aliases.joined(separator: ", ") + ")" }
            rows.append(Row(kind: .actor, position: index, text: text, actors: [actor.name] + actor.aliases, sources: sources(actor.sources)))
        }
        return rows
    }
}

/// The actors' names and aliases by their first word, so finding the actors a text mentions
/// costs the text's words, not the number of actors: a brief of thousands of items and
/// actors is indexed in linear time.
struct MentionIndex {
    /// Each form's actor (by position) and the form, under the form's first word.
    private var formsByFirstWord: [Substring: [(actor: Int, form: String)]] = [:]
    private let names: [String]

    init(_ actors: [Actor]) {
        names = actors.map(\.name)
        for (position, actor) in actors.enumerated() {
            for form in [actor.name] + actor.aliases {
                guard let first = Self.words(form).first else { continue }
                formsByFirstWord[first, default: []].append((position, form))
            }
        }
    }

    /// The actors whose name or an alias `text` holds, starting at a word, in the actors' order.
    func actors(mentionedIn text: String) -> [String] {
        var found = Set<Int>()
        for word in Self.words(text) {
            guard let forms = formsByFirstWord[word] else { continue }
            for (actor, form) in forms where !found.contains(actor) && text.contains(form) { found.insert(actor) }
        }
        return found.sorted().map { names[$0] }
    }

    /// The runs of letters and digits of `text`.
    static func words(_ text: String) -> [Substring] {
        text.split { !$0.isLetter && !$0.isNumber }
    }
}

import BriefKit
import BriefXML
import Foundation

/// An archive folder of daily briefs and what is derived from them: `index.html` (newest
/// first), `feed.atom`, and the search index `archive.sqlite`. The briefs' JSON files are the
/// source of truth; everything else is rebuilt from them. Callers hold the ``ArchiveLock``.
public struct Archive: Sendable {
    public var catalog: ArchiveCatalog
    /// The look of the index page (the briefs' style).
    public var style: BriefStyle
    /// The index page's and the feed's title.
    public var title: String

    public init(folder: String, style: BriefStyle = .builtInDefault, title: String = "Brief archive") {
        catalog = ArchiveCatalog(folder: folder)
        self.style = style
        self.title = title
    }

    public var indexPath: String { catalog.output.base + "/index.html" }
    public var feedPath: String { catalog.output.base + "/feed.atom" }
    public var searchIndex: SearchIndex { SearchIndex(path: catalog.output.base + "/archive.sqlite") }

    /// What a refresh saw.
    public struct Refresh: Sendable {
        /// How many briefs the archive holds.
        public var briefs: Int
        /// Days whose JSON could not be read (left out).
        public var problems: [Diagnostic]
    }

    /// Brings the search index up to date and rewrites the index page and the feed from the
    /// days' digests. When the index is usable only the day of `changed` is indexed, and no
    /// other day's brief is read: the pages come from the digests the index keeps, so adding a
    /// day costs that day's brief and one digest for each other day. Days whose folder holds
    /// a brief the index lacks (copied in by hand) are read and indexed; days the index holds
    /// whose brief is gone are dropped. With no usable index, everything is rebuilt from the
    /// briefs' JSON files.
    public func refresh(after changed: Brief?) throws(BriefError) -> Refresh {
        let index = searchIndex
        guard index.isUsable() else { return try rebuild(known: changed) }
        if let changed { try index.replace(changed) }
        let onDisk = catalog.days()
        var digests = Dictionary(try index.digests().map { ($0.date, $0) }, uniquingKeysWith: { first, _ in first })
        var problems: [Diagnostic] = []
        for day in onDisk where digests[day] == nil {
            do {
                let brief = try catalog.brief(for: day)
                try index.replace(brief)
                digests[day] = ArchiveDigest(brief)
            } catch {
                problems.append(Diagnostic(file: catalog.output.path(for: day, format: .json), message: "\(error.description); left out of the index"))
            }
        }
        let present = Set(onDisk)
        for day in digests.keys.sorted() where !present.contains(day) {
            try index.remove(day)
            digests[day] = nil
        }
        let entries = digests.values.sorted { $0.date < $1.date }.map(catalog.entry(for:))
        try writePages(entries)
        return Refresh(briefs: entries.count, problems: problems)
    }

    /// Rebuilds the archive from its JSON files: each day's text, HTML and DocBook files that
    /// are missing are rendered again (by `pipeline`, in this archive's style), then the index
    /// page, the feed and the search index are rebuilt. A day's existing files are kept.
    public func reindex(pipeline: BriefPipeline = BriefPipeline()) throws(BriefError) -> Refresh {
        var renderer = pipeline
        renderer.renderOptions.style = style
        for day in catalog.days() {
            let present = catalog.formats(on: day)
            let missing = OutputFormat.allCases.filter { $0 != .json && !present.contains($0) }
            guard !missing.isEmpty, let brief = try? catalog.brief(for: day) else { continue }
            let rendered = try renderer.render(brief, as: missing)
            try AtomicFileWriter.write(rendered.map { (contents: $0.text, path: catalog.output.path(for: day, format: $0.format)) })
        }
        return try rebuild(known: nil)
    }

    /// The search index, the index page and the feed built anew from every day's JSON file
    /// (`known`'s day is not read back).
    private func rebuild(known: Brief?) throws(BriefError) -> Refresh {
        let listing = catalog.briefs(known: known)
        try searchIndex.rebuild(listing.briefs)
        let entries = listing.briefs.map { catalog.entry(for: ArchiveDigest($0)) }
        try writePages(entries)
        return Refresh(briefs: entries.count, problems: listing.problems)
    }

    /// Removes temporary files that runs killed mid-write left behind (`.<name>.tmp-<pid>` and
    /// `archive.sqlite.tmp-<pid>`) in the archive folder and in `day`'s folder. Call it while
    /// holding the ``ArchiveLock``: then no other run is writing, so every such file is stale.
    /// - Returns: how many files were removed.
    @discardableResult
    public func removeStaleTemporaries(day: BriefDate?) -> Int {
        var folders = [catalog.output.base]
        if let day { folders.append(catalog.output.dayFolder(for: day)) }
        var removed = 0
        for folder in folders {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
            for name in names where name.contains(".tmp-") {
                if unlink(folder + "/" + name) == 0 { removed += 1 }
            }
        }
        return removed
    }

    private func writePages(_ entries: [ArchiveEntry]) throws(BriefError) {
        try AtomicFileWriter.write(ArchiveIndexRenderer(style: style, title: title).render(entries), to: indexPath)
        try AtomicFileWriter.write(AtomFeedRenderer(title: title).render(entries), to: feedPath)
    }
}

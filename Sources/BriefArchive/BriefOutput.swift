import BriefKit
import Foundation

/// Where a day's brief goes: `<folder>/<YYYY-MM-DD>/brief.<ext>`, one folder per day.
public struct BriefOutput: Sendable {
    /// The archive folder (`output`).
    public var folder: String

    public init(folder: String) {
        self.folder = folder
    }

    /// The folder without a trailing slash.
    public var base: String {
        folder.count > 1 && folder.hasSuffix("/") ? String(folder.dropLast()) : folder
    }

    /// The folder of the day's brief.
    public func dayFolder(for date: BriefDate) -> String {
        "\(base)/\(date)"
    }

    /// The path of the brief for `date` in `format`.
    public func path(for date: BriefDate, format: OutputFormat) -> String {
        "\(dayFolder(for: date))/brief.\(format.fileExtension)"
    }

    /// The folder of the day's earlier revision `number` (1 is the day's first brief).
    public func revisionFolder(for date: BriefDate, number: Int) -> String {
        "\(dayFolder(for: date))/revisions/\(number)"
    }

    /// How many earlier revisions the day keeps; the day's current brief is revision
    /// `revisions(on:) + 1`.
    public func revisions(on date: BriefDate) -> Int {
        var count = 0
        while FileManager.default.fileExists(atPath: revisionFolder(for: date, number: count + 1) + "/brief.json") { count += 1 }
        return count
    }

    /// The path of the day's brief in `format`, as revision `number` (nil: the current one).
    public func path(for date: BriefDate, format: OutputFormat, revision number: Int?) -> String {
        guard let number, number <= revisions(on: date) else { return path(for: date, format: format) }
        return "\(revisionFolder(for: date, number: number))/brief.\(format.fileExtension)"
    }

    /// What a write did.
    public struct Written: Sendable, Equatable {
        /// The paths of the brief's files, in the order of the formats asked for.
        public var paths: [String]
        /// True when the day already held exactly these bytes, so nothing was rewritten.
        public var unchanged: Bool
        /// The revision the day's brief now is (1 for the day's first brief).
        public var revision: Int
    }

    /// Renders `brief` in every format first, then writes each file atomically.
    ///
    /// The same bytes again are not rewritten. A day that already holds a different brief (a
    /// rerun after late articles arrived) keeps it, every `brief.*` file of it, as its next
    /// earlier revision (`<day>/revisions/<n>/`) before the new brief takes its place, so
    /// nothing in the archive is ever lost and the day's files never mix two briefs.
    /// - Throws: ``BriefError/writeFailed(path:reason:)``.
    @discardableResult
    public func write(_ brief: Brief, formats: [OutputFormat], pipeline: BriefPipeline = BriefPipeline()) throws(BriefError) -> Written {
        try write(brief, rendered: try pipeline.render(brief, as: formats))
    }

    /// Writes renderings of `brief` already made, and `extra` files made from them (the PDF,
    /// named `brief.<ext>`), as ``write(_:formats:pipeline:)`` does.
    @discardableResult
    public func write(_ brief: Brief, rendered: [RenderedBrief], extra: [(name: String, bytes: [UInt8])] = []) throws(BriefError) -> Written {
        let day = brief.date
        let folder = dayFolder(for: day)
        let files = rendered.map { ("brief." + $0.format.fileExtension, Array($0.text.utf8)) } + extra.map { ($0.name, $0.bytes) }
        let existing = briefFiles(in: folder)
        let fresh = files.filter { name, bytes in FileManager.default.contents(atPath: folder + "/" + name) != Data(bytes) }
        let conflicting = fresh.contains { existing.contains($0.0) }
        var revision = revisions(on: day) + 1
        if conflicting {
            try keepAsRevision(existing, of: day, number: revision)
            revision += 1
        }
        // The day's files are replaced only when every one of them could be written; the
        // earlier brief is already safe in its revision folder, which goes again when the write
        // fails (the day still holds that brief, so nothing is lost or kept twice).
        do {
            try AtomicFileWriter.write(bytes: fresh.map { (bytes: $0.1, path: folder + "/" + $0.0) })
        } catch {
            if conflicting { try? FileManager.default.removeItem(atPath: revisionFolder(for: day, number: revision - 1)) }
            if conflicting && revisions(on: day) == 0 { try? FileManager.default.removeItem(atPath: folder + "/revisions") }
            throw error
        }
        if conflicting {
            let written = Set(files.map(\.0))
            for stale in existing where !written.contains(stale) { unlink(folder + "/" + stale) }
        }
        let paths = rendered.map { path(for: day, format: $0.format) } + extra.map { folder + "/" + $0.name }
        return Written(paths: paths, unchanged: fresh.isEmpty, revision: revision)
    }

    /// The names of the day folder's `brief.*` files (the formats, the e-mail, the PDF).
    func briefFiles(in folder: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { $0.hasPrefix("brief.") && !$0.hasPrefix(".") }.sorted()
    }

    /// Links (or, across file systems, copies) the day's files `names` into revision
    /// `number`'s folder; the JSON last, so a revision folder with a `brief.json` is complete.
    private func keepAsRevision(_ names: [String], of day: BriefDate, number: Int) throws(BriefError) {
        let folder = revisionFolder(for: day, number: number)
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw .writeFailed(path: folder, reason: "cannot create the revision folder")
        }
        let ordered = names.filter { $0 != "brief.json" } + names.filter { $0 == "brief.json" }
        for name in ordered {
            let source = dayFolder(for: day) + "/" + name
            let target = folder + "/" + name
            unlink(target)
            if link(source, target) == 0 { continue }
            guard let data = FileManager.default.contents(atPath: source) else {
                throw .writeFailed(path: target, reason: "cannot read \(source) to keep it")
            }
            try AtomicFileWriter.write(bytes: [(bytes: [UInt8](data), path: target)])
        }
    }
}

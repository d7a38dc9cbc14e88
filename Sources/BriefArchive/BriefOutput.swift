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

    /// What a write did.
    public struct Written: Sendable, Equatable {
        /// The paths of the brief's files, in the order of the formats asked for.
        public var paths: [String]
        /// True when the day already held exactly these bytes, so nothing was rewritten.
        public var unchanged: Bool
    }

    /// Renders `brief` in every format first, then writes each file atomically.
    ///
    /// A day that already has a different brief is replaced only when `replacing` is true; the
    /// same bytes again are not an error (those files are not rewritten). Replacing removes the
    /// old brief's files in formats this run does not write, so a day never mixes two briefs.
    /// - Throws: ``BriefError/briefExists(folder:)``, ``BriefError/writeFailed(path:reason:)``.
    @discardableResult
    public func write(
        _ brief: Brief, formats: [OutputFormat], pipeline: BriefPipeline = BriefPipeline(),
        replacing: Bool = false
    ) throws(BriefError) -> Written {
        try write(brief, rendered: try pipeline.render(brief, as: formats), replacing: replacing)
    }

    /// Writes renderings of `brief` already made, as ``write(_:formats:pipeline:replacing:)`` does.
    @discardableResult
    public func write(_ brief: Brief, rendered: [RenderedBrief], replacing: Bool = false) throws(BriefError) -> Written {
        let formats = rendered.map(\.format)
        let existing = OutputFormat.allCases.filter { FileManager.default.fileExists(atPath: path(for: brief.date, format: $0)) }
        let fresh = rendered.filter { file in
            FileManager.default.contents(atPath: path(for: brief.date, format: file.format)) != Data(file.text.utf8)
        }
        let conflicting = fresh.contains { existing.contains($0.format) }
        if conflicting && !replacing { throw .briefExists(folder: dayFolder(for: brief.date)) }
        // All the day's files are written before any replaces its old version.
        try AtomicFileWriter.write(fresh.map { (contents: $0.text, path: path(for: brief.date, format: $0.format)) })
        if conflicting {
            for stale in existing where !formats.contains(stale) {
                unlink(path(for: brief.date, format: stale))
            }
        }
        let paths = rendered.map { path(for: brief.date, format: $0.format) }
        return Written(paths: paths, unchanged: fresh.isEmpty)
    }
}

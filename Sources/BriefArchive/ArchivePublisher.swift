import BriefKit
import Foundation

/// The one way a day's brief goes into the archive, for the command line, the tests and the
/// benchmark alike: take the lock, clear what killed runs left, write the day's files (each
/// atomically) and its e-mail, then bring the index page, the feed and the search index up
/// to date.
extension Archive {
    /// What publishing did.
    public struct Publication: Sendable {
        /// The day's files written or found unchanged: the brief's formats, then `brief.eml`.
        public var paths: [String]
        /// True when the day already held exactly these bytes and no e-mail was asked for.
        public var unchanged: Bool
        /// True when the day already held exactly these bytes of the brief (an e-mail, when
        /// asked for, is written anew).
        public var briefUnchanged: Bool
        /// The revision the day's brief now is (1 for the day's first brief; a rerun with a
        /// different corpus makes the next).
        public var revision: Int
        /// How many briefs the archive holds now.
        public var briefs: Int
        /// Days whose JSON could not be read (left out of the index).
        public var problems: [Diagnostic]
    }

    /// What the e-mail carries besides the text and HTML brief.
    public enum Attachment: String, CaseIterable, Sendable {
        case docbook
        case pdf
    }

    /// Publishes `brief` in `formats` (JSON is always written: the archive is built from it),
    /// rendered by `pipeline`, with `pdf` as `brief.pdf` and `email` as `brief.eml` (carrying
    /// `attachments`) when given.
    /// A day that already holds a different brief keeps it as an earlier revision.
    /// - Parameter lockTimeout: how long to wait, in seconds, while another run holds the archive.
    /// - Throws: ``BriefError/archiveBusy(lock:waited:)``, ``BriefError/writeFailed(path:reason:)``
    ///   and the search index's errors.
    public func publish(
        _ brief: Brief, formats: [OutputFormat], pipeline: BriefPipeline = BriefPipeline(),
        email: BriefEmail? = nil, pdf: [UInt8]? = nil, attachments: Set<Attachment> = [.docbook], lockTimeout: Double = 10
    ) throws(BriefError) -> Publication {
        var formats = formats.isEmpty ? OutputFormat.allCases : formats
        if !formats.contains(.json) { formats.append(.json) }
        var rendered = try pipeline.render(brief, as: formats)
        var message: String?
        if let email {
            func text(_ format: OutputFormat) throws(BriefError) -> String {
                if let done = rendered.first(where: { $0.format == format }) { return done.text }
                return try pipeline.render(brief, as: format)
            }
            message = email.message(
                for: brief, text: try text(.text), html: try text(.html), docbook: try text(.docbook),
                pdf: attachments.contains(.pdf) ? pdf : nil, attachesDocBook: attachments.contains(.docbook))
        }
        let output = catalog.output
        let lock = try ArchiveLock.acquire(folder: output.base, timeout: lockTimeout)
        defer { lock.release() }
        removeStaleTemporaries(day: brief.date)
        let written = try output.write(brief, rendered: rendered, extra: pdf.map { [(name: "brief.pdf", bytes: $0)] } ?? [])
        rendered.removeAll()
        var paths = written.paths
        if let message {
            let path = output.dayFolder(for: brief.date) + "/brief.eml"
            try AtomicFileWriter.write(message, to: path)
            paths.append(path)
        }
        let refresh = try refresh(after: written.unchanged ? nil : brief)
        return Publication(
            paths: paths, unchanged: written.unchanged && message == nil, briefUnchanged: written.unchanged,
            revision: written.revision, briefs: refresh.briefs,
            problems: refresh.problems)
    }
}

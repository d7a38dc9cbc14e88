import BriefKit

/// One day of the archive: what its pages show of the brief, and which of its files exist.
public struct ArchiveEntry: Hashable, Sendable {
    public var digest: ArchiveDigest
    /// The formats written for the day, in ``OutputFormat`` order.
    public var formats: [OutputFormat]
    /// Every `brief.*` file of the day (the formats, `brief.pdf`, `brief.eml`), by name, sorted.
    public var files: [String]
    /// The file to open of each earlier revision the day keeps, in order (revision 1 first),
    /// relative to the archive folder.
    public var revisions: [String]

    public init(digest: ArchiveDigest, formats: [OutputFormat], files: [String]? = nil, revisions: [String] = []) {
        self.digest = digest
        self.formats = formats
        self.files = files ?? formats.map { "brief." + $0.fileExtension }
        self.revisions = revisions
    }

    /// What a reader calls each kind of file, in the order the archive page lists them.
    static let fileLabels: [(name: String, label: String)] = [
        ("brief.html", "HTML"), ("brief.txt", "text"), ("brief.pdf", "PDF"), ("brief.xml", "DocBook"),
        ("brief.json", "JSON"), ("brief.eml", "e-mail"),
    ]

    /// The day's files as (label, path relative to the archive folder), in ``fileLabels`` order.
    public var fileLinks: [(label: String, path: String)] {
        Self.fileLabels.filter { files.contains($0.name) }.map { ($0.label, "\(digest.date)/\($0.name)") }
    }

    /// The earlier revisions as (number, path of the file to open relative to the archive).
    public var revisionLinks: [(number: Int, path: String)] {
        revisions.enumerated().map { ($0.offset + 1, $0.element) }
    }

    /// The day's file a reader should open, relative to the archive folder: HTML when there
    /// is one, else text, else whatever was written.
    public var preferredFile: String {
        let format = [OutputFormat.html, .text, .docbook, .json].first { formats.contains($0) } ?? .json
        return "\(digest.date)/brief.\(format.fileExtension)"
    }
}

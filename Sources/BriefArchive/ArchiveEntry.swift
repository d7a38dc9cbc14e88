import BriefKit

/// One day of the archive: the brief as its JSON file holds it, and which of its files exist.
public struct ArchiveEntry: Hashable, Sendable {
    public var brief: Brief
    /// The formats written for the day, in ``OutputFormat`` order.
    public var formats: [OutputFormat]

    public init(brief: Brief, formats: [OutputFormat]) {
        self.brief = brief
        self.formats = formats
    }

    /// The day's file a reader should open, relative to the archive folder: HTML when there
    /// is one, else text, else whatever was written.
    public var preferredFile: String {
        let format = [OutputFormat.html, .text, .docbook, .json].first { formats.contains($0) } ?? .json
        return "\(brief.date)/brief.\(format.fileExtension)"
    }

    /// The names of the most salient actors, at most `count`.
    public func keyActors(_ count: Int = 4) -> [String] {
        Array(brief.actors.prefix(count).map(\.name))
    }
}

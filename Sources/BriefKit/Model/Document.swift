/// One article as the reader understands it: a headline, then body blocks in order.
///
/// This is the input side of the pipeline; the ``Brief`` is the output side.
public struct Document: Hashable, Sendable {
    /// A block of the body: a paragraph of running text, or a subheading kept as structure.
    public enum Block: Hashable, Sendable {
        case paragraph(String)
        case subheading(String)

        /// The block's text.
        public var text: String {
            switch self {
            case .paragraph(let text), .subheading(let text): return text
            }
        }
    }

    /// The file name without extension.
    public var id: String
    /// Where the document was read from.
    public var path: String
    /// The headline, when the first line is one.
    public var headline: String?
    /// Paragraphs and subheadings, in reading order; boilerplate already removed.
    public var blocks: [Block]
    /// Outlet, URL and publication date, when the source format tells them.
    public var metadata: SourceMetadata

    public init(id: String, path: String, headline: String?, blocks: [Block], metadata: SourceMetadata = SourceMetadata()) {
        self.id = id
        self.path = path
        self.headline = headline
        self.blocks = blocks
        self.metadata = metadata
    }

    /// The paragraphs' texts, in order (subheadings left out).
    public var paragraphs: [String] {
        blocks.compactMap { if case .paragraph(let text) = $0 { return text } else { return nil } }
    }

    /// The subheadings' texts, in order.
    public var subheadings: [String] {
        blocks.compactMap { if case .subheading(let text) = $0 { return text } else { return nil } }
    }
}

extension Document {
    /// The document dated as a brief for `date` dates it (see
    /// ``SourceMetadata/resolvingDates(for:)``).
    public func resolvingDates(for date: BriefDate) -> Document {
        guard metadata.dayWithoutYear != nil || metadata.fileModified != nil else { return self }
        var dated = self
        dated.metadata = metadata.resolvingDates(for: date)
        return dated
    }
}

extension BriefDate {
    /// The latest publication day among `documents`, or nil when none is dated. Files'
    /// modification days count only when no document dates itself.
    public static func newestPublication(of documents: [Document]) -> BriefDate? {
        documents.compactMap(\.metadata.published).max() ?? documents.compactMap(\.metadata.fileModified).max()
    }
}

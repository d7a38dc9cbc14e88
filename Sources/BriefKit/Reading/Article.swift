/// An article's decoded, normalised text before its structure is parsed.
public struct Article: Hashable, Sendable {
    /// The document id: the file name without extension (feed items add their position).
    public var id: String
    /// The path it was read from.
    public var path: String
    /// The text, normalised by ``TextNormalizer``: paragraphs separated by blank lines.
    public var text: String
    /// The headline when the format marks it (an HTML `h1`, a feed item's title); nil for
    /// plain text, whose first line may be one.
    public var headline: String?
    /// Outlet, URL and publication date, as far as the format tells them.
    public var metadata: SourceMetadata

    public init(id: String, path: String, text: String, headline: String? = nil, metadata: SourceMetadata = SourceMetadata()) {
        self.id = id
        self.path = path
        self.text = text
        self.headline = headline
        self.metadata = metadata
    }
}

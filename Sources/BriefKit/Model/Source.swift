/// One article of the corpus, as the brief lists it.
public struct Source: Hashable, Codable, Sendable {
    /// The document id: the file name without its extension.
    public var id: String
    /// The article's headline, or its opening words when it has none.
    public var title: String
    /// The path the article was read from, as given on the command line.
    public var path: String
    /// The outlet that published it, when the source names one.
    public var outlet: String?
    /// The article's web address, when the source gives one.
    public var url: String?
    /// The day it was published, when the source is dated.
    public var published: BriefDate?
    /// Set when ``published`` is the file's modification day rather than the source's own
    /// date (absent from JSON otherwise).
    public var publishedBasis: PublicationBasis?

    public init(id: String, title: String, path: String, metadata: SourceMetadata = SourceMetadata()) {
        self.id = id
        self.title = title
        self.path = path
        self.outlet = metadata.outlet
        self.url = metadata.url
        self.published = metadata.published
        self.publishedBasis = metadata.publishedBasis
    }

    /// The outlet, URL and date as one value.
    public var metadata: SourceMetadata {
        SourceMetadata(outlet: outlet, url: url, published: published, publishedBasis: publishedBasis)
    }

    /// "Title (Outlet · 2025-03-05)": how a source outside the sources list (left out, or of
    /// another story) is listed; the title alone when the byline is unknown.
    public var titleAndByline: String {
        title + (byline.map { " (\($0))" } ?? "")
    }

    /// "Outlet · 2025-03-05": what the sources list prints after the title; nil when unknown.
    /// A day taken from the file reads "file date 2025-03-05".
    public var byline: String? {
        let day = published.map { publishedBasis == .fileModified ? "file date \($0)" : $0.description }
        let parts = [outlet, day].compactMap { $0 }
        return parts.isEmpty ? nil : parts.joined(separator: " · ")
    }
}

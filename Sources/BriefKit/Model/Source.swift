/// One article of the corpus, as the brief lists it.
public struct Source: Hashable, Codable, Sendable {
    /// The document id: the file name without its extension.
    public var id: String
    /// The article's headline, or its opening words when it has none.
    public var title: String
    /// The path the article was read from, as given on the command line.
    public var path: String

    public init(id: String, title: String, path: String) {
        self.id = id
        self.title = title
        self.path = path
    }
}

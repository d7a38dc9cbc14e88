/// Turns one file's bytes into articles: the reader side of the pipeline, one type per input
/// format (plain text here; HTML pages and RSS/Atom feeds in BriefXML).
public protocol ArticleReader: Sendable {
    /// The lower-case file extensions this reader takes when listing a folder.
    var extensions: Set<String> { get }

    /// The articles in `bytes`, read from `path`, with ids based on `id` (the file name without
    /// extension); a feed gives several articles, a page or text file one.
    /// - Throws: ``ArticleReadingSkip`` when the file holds no article; its message says why.
    func read(_ bytes: [UInt8], path: String, id: String) throws(ArticleReadingSkip) -> ArticleReading
}

/// What a reader made of one file.
public struct ArticleReading: Sendable {
    /// The articles, in file order.
    public var articles: [Article]
    /// Things worth telling the user that did not stop the reading ("read as Windows-1252").
    public var notes: [String]

    public init(articles: [Article], notes: [String] = []) {
        self.articles = articles
        self.notes = notes
    }
}

/// Why a file was skipped, as one clause ("binary data (NUL bytes), not text").
public struct ArticleReadingSkip: Error, Sendable, Equatable {
    public var reason: String

    public init(_ reason: String) {
        self.reason = reason
    }
}

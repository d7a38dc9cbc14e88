/// The readers brief ships, by input format.
public enum ArticleReaders {
    /// Plain text (`.txt`), HTML pages (`.html`, `.htm`, `.xhtml`) and RSS/Atom feeds
    /// (`.xml`, `.rss`, `.atom`); an explicit file with another extension is read as plain text.
    public static var all: [any ArticleReader] {
        [PlainTextReader(), HTMLArticleReader(), FeedReader()]
    }
}

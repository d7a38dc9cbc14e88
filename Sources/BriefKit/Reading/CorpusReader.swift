/// Turns articles' text into documents: structure per article, then the corpus-wide pass
/// that drops lines most articles repeat verbatim. Pure: no file system.
public enum CorpusReader {
    /// The documents of `articles`, in the same order.
    public static func documents(from articles: [Article]) -> [Document] {
        let lines = articles.map { ArticleStructure.lines(of: $0.text) }
        let repeated = Boilerplate.repeatedLines(in: lines)
        return zip(articles, lines).map { article, lines in
            ArticleStructure.parse(lines: lines, id: article.id, path: article.path, dropping: repeated)
        }
    }
}

/// Turns articles' text into documents: structure per article, then the corpus-wide pass
/// that drops lines most articles repeat verbatim. Pure: no file system.
public enum CorpusReader {
    /// The documents of `articles`, in the same order.
    public static func documents(from articles: [Article]) -> [Document] {
        let lines = articles.parallelMap { ArticleStructure.lines(of: $0.text) }
        let repeated = Boilerplate.repeatedLines(in: lines)
        return Array(articles.indices).parallelMap { index in
            let article = articles[index]
            var document = ArticleStructure.parse(
                lines: lines[index], id: article.id, path: article.path,
                headline: article.headline, dropping: repeated)
            document.metadata = article.metadata
            return document
        }
    }
}

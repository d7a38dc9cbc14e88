/// Reads `.txt` articles: UTF-8 (with or without BOM), UTF-16 with a BOM, or Windows-1252
/// when the bytes are not UTF-8; the first line may be the headline.
public struct PlainTextReader: ArticleReader {
    public let extensions: Set<String> = ["txt"]

    public init() {}

    public func read(_ bytes: [UInt8], path: String, id: String) throws(ArticleReadingSkip) -> ArticleReading {
        switch TextDecoding.decode(bytes) {
        case .binary:
            throw ArticleReadingSkip("binary data (NUL bytes), not text")
        case .text(let text, let encoding):
            let article = Article(id: id, path: path, text: TextNormalizer.normalize(text))
            return ArticleReading(articles: [article], notes: encoding == .windows1252 ? ["not valid UTF-8; read as Windows-1252"] : [])
        }
    }
}

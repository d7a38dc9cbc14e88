import BriefXML

/// Reads saved article pages (`.html`, `.htm`) with libxml2's HTML parser, which tolerates
/// broken markup and never touches the network. The body comes from the page's `<article>`,
/// or else from the element whose paragraphs hold the most text; page furniture is dropped
/// (see ``HTMLBlockExtractor``). Headline, outlet, URL and date come from ``HTMLPageMetadata``.
public struct HTMLArticleReader: ArticleReader {
    public let extensions: Set<String> = ["html", "htm", "xhtml"]

    public init() {}

    public func read(_ bytes: [UInt8], path: String, id: String) throws(ArticleReadingSkip) -> ArticleReading {
        guard !bytes.contains(0) || Self.hasUTF16BOM(bytes) else { throw ArticleReadingSkip("binary data (NUL bytes), not HTML") }
        let reading = try LibXML.withHTMLDocument(bytes, encoding: Self.assumedEncoding(bytes)) { root throws(ArticleReadingSkip) in
            guard let root else { throw ArticleReadingSkip("empty HTML page") }
            let page = HTMLPageMetadata(document: root)
            let body = root.descendants.first { $0.name == "body" } ?? root
            let location = ArticleBodyLocator.locate(in: body)
            var paragraphs = location.parts.flatMap {
                HTMLBlockExtractor.blocks(under: $0, reading: location.reads).map(\.text)
            }
            if let headline = page.headline { paragraphs.removeAll { $0 == headline } }
            guard !paragraphs.isEmpty else {
                throw ArticleReadingSkip(
                    location.prose == 0
                        ? "no article text in the page (no paragraph outside menus, links and page furniture)"
                        : "no article text in the page (its \(location.prose) bytes of paragraphs are all page furniture)")
            }
            let text = TextNormalizer.normalize(paragraphs.joined(separator: "\n\n"))
            let article = Article(
                id: id, path: path, text: text, headline: page.headline.map(TextNormalizer.normalize),
                metadata: page.metadata)
            return ArticleReading(articles: [article])
        }
        guard let reading else { throw ArticleReadingSkip("not an HTML page") }
        return reading
    }

    /// The readable paragraphs of an HTML fragment (a feed item's content), in order.
    static func paragraphs(ofFragment html: String) -> [String] {
        LibXML.withHTMLDocument(Array(html.utf8), encoding: "UTF-8") { root in
            root.map { HTMLBlockExtractor.blocks(under: $0).map(\.text) } ?? []
        } ?? []
    }

    /// The encoding to read `bytes` in: nil (libxml2 reads the BOM or the declared charset)
    /// when there is a BOM or a `charset` near the top; else UTF-8 when the bytes are valid
    /// UTF-8, and Windows-1252 when not.
    static func assumedEncoding(_ bytes: [UInt8]) -> String? {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) || hasUTF16BOM(bytes) { return nil }
        let head = String(decoding: bytes.prefix(4096), as: UTF8.self).lowercased()
        if head.contains("charset") { return nil }
        return String(validating: bytes, as: UTF8.self) != nil ? "UTF-8" : "windows-1252"
    }

    private static func hasUTF16BOM(_ bytes: [UInt8]) -> Bool {
        bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF])
    }
}

import BriefKit
import CLibXML2

/// Reads saved article pages (`.html`, `.htm`) with libxml2's HTML parser, which tolerates
/// broken markup and never touches the network. The body comes from the page's `<article>`,
/// or else from the element whose paragraphs hold the most text; page furniture is dropped
/// (see ``HTMLBlockExtractor``). Headline, outlet, URL and date come from ``HTMLPageMetadata``.
public struct HTMLArticleReader: ArticleReader {
    public let extensions: Set<String> = ["html", "htm", "xhtml"]

    public init() {}

    public func read(_ bytes: [UInt8], path: String, id: String) throws(ArticleReadingSkip) -> ArticleReading {
        guard !bytes.contains(0) || Self.hasUTF16BOM(bytes) else { throw ArticleReadingSkip("binary data (NUL bytes), not HTML") }
        guard let document = Self.parse(bytes) else { throw ArticleReadingSkip("not an HTML page") }
        defer { xmlFreeDoc(document) }
        guard let root = xmlDocGetRootElement(document) else { throw ArticleReadingSkip("empty HTML page") }

        let page = HTMLPageMetadata(document: root)
        let body = Self.articleBody(in: root)
        var paragraphs = HTMLBlockExtractor.blocks(under: body).map(\.text)
        if let headline = page.headline { paragraphs.removeAll { $0 == headline } }
        guard !paragraphs.isEmpty else { throw ArticleReadingSkip("no article text in the page") }
        let text = TextNormalizer.normalize(paragraphs.joined(separator: "\n\n"))
        let article = Article(id: id, path: path, text: text, headline: page.headline.map(TextNormalizer.normalize),
                              metadata: page.metadata)
        return ArticleReading(articles: [article])
    }

    /// The readable paragraphs of an HTML fragment (a feed item's content), in order.
    static func paragraphs(ofFragment html: String) -> [String] {
        guard let document = parse(Array(html.utf8), encoding: "UTF-8") else { return [] }
        defer { xmlFreeDoc(document) }
        guard let root = xmlDocGetRootElement(document) else { return [] }
        return HTMLBlockExtractor.blocks(under: root).map(\.text)
    }

    /// The element that holds the article: the `<article>` with the most paragraph text, else
    /// the densest block of paragraphs, else `<body>`.
    static func articleBody(in root: xmlNodePtr) -> xmlNodePtr {
        let elements = XMLNodeAccess.descendants(root)
        let body = elements.first { XMLNodeAccess.elementName($0) == "body" } ?? root
        let articles = elements.filter { XMLNodeAccess.elementName($0) == "article" }
        let scored = articles.map { article in
            (article, XMLNodeAccess.descendants(article).filter { XMLNodeAccess.elementName($0) == "p" }
                .reduce(0) { $0 + XMLNodeAccess.text($1).utf8.count })
        }
        if let best = scored.max(by: { $0.1 < $1.1 }), best.1 > 0 { return best.0 }
        return HTMLBlockExtractor.densestParagraphContainer(in: body) ?? body
    }

    /// Parses without network, DTD loading or entity substitution; errors are recovered from.
    /// Without a BOM or a declared charset, UTF-8 is assumed when the bytes are valid UTF-8,
    /// else Windows-1252.
    static func parse(_ bytes: [UInt8], encoding known: String? = nil) -> htmlDocPtr? {
        guard !bytes.isEmpty, bytes.count < Int(Int32.max) else { return nil }
        let encoding = known ?? declaredEncoding(bytes)
        LibXMLErrors.silenceOnThisThread()
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue
                            | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_COMPACT.rawValue)
        return bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                htmlReadMemory($0, Int32(buffer.count), nil, encoding, options)
            }
        }
    }

    /// nil (let libxml2 decide) when there is a BOM or a `charset` declaration near the top.
    private static func declaredEncoding(_ bytes: [UInt8]) -> String? {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) || hasUTF16BOM(bytes) { return nil }
        let head = String(decoding: bytes.prefix(4096), as: UTF8.self).lowercased()
        if head.contains("charset") { return nil }
        return String(validating: bytes, as: UTF8.self) != nil ? "UTF-8" : "windows-1252"
    }

    private static func hasUTF16BOM(_ bytes: [UInt8]) -> Bool {
        bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF])
    }
}

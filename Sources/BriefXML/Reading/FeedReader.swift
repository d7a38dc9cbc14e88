import BriefKit
import CLibXML2

/// Reads RSS 2.0 (and RSS 1.0) and Atom 1.0 feed files (`.xml`, `.rss`, `.atom`): one article
/// per item or entry, with its title, link and date, and its body from `content:encoded`,
/// `content` or `description`/`summary` (HTML inside is read as ``HTMLArticleReader`` reads a
/// page). The outlet is the feed's title, else the host of the item's link. The XML is parsed
/// without network access, DTD loading or entity substitution.
public struct FeedReader: ArticleReader {
    public let extensions: Set<String> = ["xml", "rss", "atom"]

    public init() {}

    public func read(_ bytes: [UInt8], path: String, id: String) throws(ArticleReadingSkip) -> ArticleReading {
        guard let document = Self.parse(bytes) else { throw ArticleReadingSkip("not well-formed XML, so not a feed") }
        defer { xmlFreeDoc(document) }
        guard let root = xmlDocGetRootElement(document) else { throw ArticleReadingSkip("not well-formed XML, so not a feed") }

        let entries: [FeedEntry]
        switch XMLNodeAccess.elementName(root) {
        case "rss", "rdf":
            entries = Self.rssEntries(root)
        case "feed":
            entries = Self.atomEntries(root)
        default:
            throw ArticleReadingSkip("XML but neither an RSS nor an Atom feed (root element <\(XMLNodeAccess.elementName(root) ?? "?")>)")
        }
        var articles: [Article] = []
        var empty = 0
        for (index, entry) in entries.enumerated() {
            guard !entry.paragraphs.isEmpty else {
                empty += 1
                continue
            }
            let outlet = entry.outlet ?? entry.link.flatMap(HTMLPageMetadata.host(of:))
            let text = TextNormalizer.normalize(entry.paragraphs.joined(separator: "\n\n"))
            articles.append(Article(id: "\(id)-\(index + 1)", path: path, text: text,
                                    headline: entry.title.map(TextNormalizer.normalize),
                                    metadata: SourceMetadata(outlet: outlet, url: entry.link, published: entry.published)))
        }
        if entries.isEmpty { throw ArticleReadingSkip("a feed with no items") }
        let notes = empty > 0 ? ["\(empty) of \(entries.count) feed items have no text; left out"] : []
        return ArticleReading(articles: articles, notes: notes)
    }

    /// One item or entry as the feed gives it.
    struct FeedEntry {
        var title: String?
        var link: String?
        var published: BriefDate?
        var outlet: String?
        var paragraphs: [String]
    }

    private static func rssEntries(_ root: xmlNodePtr) -> [FeedEntry] {
        let elements = XMLNodeAccess.descendants(root)
        let channel = elements.first { XMLNodeAccess.elementName($0) == "channel" }
        let outlet = channel.flatMap { text(of: "title", in: $0) }
        return elements.filter { XMLNodeAccess.elementName($0) == "item" }.map { item in
            let body = text(of: "encoded", in: item) ?? text(of: "description", in: item) ?? ""
            return FeedEntry(
                title: text(of: "title", in: item),
                link: text(of: "link", in: item) ?? text(of: "guid", in: item).flatMap { $0.hasPrefix("http") ? $0 : nil },
                published: (text(of: "pubdate", in: item) ?? text(of: "date", in: item)).flatMap(PublicationDate.parse),
                outlet: outlet,
                paragraphs: HTMLArticleReader.paragraphs(ofFragment: body)
            )
        }
    }

    private static func atomEntries(_ root: xmlNodePtr) -> [FeedEntry] {
        let outlet = text(of: "title", in: root)
        return XMLNodeAccess.childElements(root).filter { XMLNodeAccess.elementName($0) == "entry" }.map { entry in
            let links = XMLNodeAccess.childElements(entry).filter { XMLNodeAccess.elementName($0) == "link" }
            let alternate = links.first { (XMLNodeAccess.attribute($0, "rel") ?? "alternate") == "alternate" }
            let content = XMLNodeAccess.child(entry, named: "content") ?? XMLNodeAccess.child(entry, named: "summary")
            let source = XMLNodeAccess.child(entry, named: "source").flatMap { text(of: "title", in: $0) }
            return FeedEntry(
                title: text(of: "title", in: entry),
                link: alternate.flatMap { XMLNodeAccess.attribute($0, "href") },
                published: (text(of: "published", in: entry) ?? text(of: "updated", in: entry)).flatMap(PublicationDate.parse),
                outlet: source ?? outlet,
                paragraphs: content.map(atomParagraphs) ?? []
            )
        }
    }

    /// An Atom text construct's paragraphs: `html` is parsed as HTML, `xhtml` read as markup,
    /// `text` split at blank lines.
    private static func atomParagraphs(_ content: xmlNodePtr) -> [String] {
        switch XMLNodeAccess.attribute(content, "type")?.lowercased() ?? "text" {
        case "html":
            return HTMLArticleReader.paragraphs(ofFragment: XMLNodeAccess.text(content))
        case "xhtml":
            return HTMLBlockExtractor.blocks(under: content).map(\.text)
        default:
            return XMLNodeAccess.text(content).components(separatedBy: "\n\n").map(XMLNodeAccess.collapse).filter { !$0.isEmpty }
        }
    }

    /// The collapsed text of the first child element named `name`, or nil when absent or empty.
    private static func text(of name: String, in node: xmlNodePtr) -> String? {
        guard let child = XMLNodeAccess.child(node, named: name) else { return nil }
        let text = XMLNodeAccess.collapse(XMLNodeAccess.text(child))
        return text.isEmpty ? nil : text
    }

    /// Parses without network, DTD loading or entity substitution.
    static func parse(_ bytes: [UInt8]) -> xmlDocPtr? {
        guard !bytes.isEmpty, bytes.count < Int(Int32.max) else { return nil }
        LibXMLErrors.silenceOnThisThread()
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
                            | XML_PARSE_COMPACT.rawValue)
        return bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                xmlReadMemory($0, Int32(buffer.count), nil, nil, options)
            }
        }
    }
}

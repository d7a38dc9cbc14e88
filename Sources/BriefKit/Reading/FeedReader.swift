import BriefXML

/// Reads RSS 2.0 (and RSS 1.0) and Atom 1.0 feed files (`.xml`, `.rss`, `.atom`): one article
/// per item or entry, with its title, link and date, and its body from `content:encoded`,
/// `content` or `description`/`summary` (HTML inside is read as ``HTMLArticleReader`` reads a
/// page). The outlet is the feed's title, else the host of the item's link. The XML is parsed
/// without network access, DTD loading or entity substitution.
public struct FeedReader: ArticleReader {
    public let extensions: Set<String> = ["xml", "rss", "atom"]

    public init() {}

    public func read(_ bytes: [UInt8], path: String, id: String) throws(ArticleReadingSkip) -> ArticleReading {
        let parsed = try LibXML.withXMLDocument(bytes) { root throws(ArticleReadingSkip) in
            guard let root else { throw ArticleReadingSkip("not well-formed XML, so not a feed") }
            return try Self.articles(in: root, path: path, id: id)
        }
        guard let parsed else { throw ArticleReadingSkip("not well-formed XML, so not a feed") }
        return parsed
    }

    /// The feed's items as articles.
    private static func articles(in root: XMLNode, path: String, id: String) throws(ArticleReadingSkip) -> ArticleReading {
        let entries: [FeedEntry]
        switch root.name {
        case "rss", "rdf":
            entries = rssEntries(root)
        case "feed":
            entries = atomEntries(root)
        default:
            throw ArticleReadingSkip("XML but neither an RSS nor an Atom feed (root element <\(root.name ?? "?")>)")
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
            articles.append(
                Article(
                    id: "\(id)-\(index + 1)", path: path, text: text,
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

    private static func rssEntries(_ root: XMLNode) -> [FeedEntry] {
        let elements = root.descendants
        let channel = elements.first { $0.name == "channel" }
        let outlet = channel.flatMap { text(of: "title", in: $0) }
        return elements.filter { $0.name == "item" }.map { item in
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

    private static func atomEntries(_ root: XMLNode) -> [FeedEntry] {
        let outlet = text(of: "title", in: root)
        return root.childElements.filter { $0.name == "entry" }.map { entry in
            let links = entry.childElements.filter { $0.name == "link" }
            let alternate = links.first { ($0.attribute("rel") ?? "alternate") == "alternate" }
            let content = entry.child(named: "content") ?? entry.child(named: "summary")
            let source = entry.child(named: "source").flatMap { text(of: "title", in: $0) }
            return FeedEntry(
                title: text(of: "title", in: entry),
                link: alternate.flatMap { $0.attribute("href") },
                published: (text(of: "published", in: entry) ?? text(of: "updated", in: entry)).flatMap(PublicationDate.parse),
                outlet: source ?? outlet,
                paragraphs: content.map(atomParagraphs) ?? []
            )
        }
    }

    /// An Atom text construct's paragraphs: `html` is parsed as HTML, `xhtml` read as markup,
    /// `text` split at blank lines.
    private static func atomParagraphs(_ content: XMLNode) -> [String] {
        switch content.attribute("type")?.lowercased() ?? "text" {
        case "html":
            return HTMLArticleReader.paragraphs(ofFragment: content.text)
        case "xhtml":
            return HTMLBlockExtractor.blocks(under: content).map(\.text)
        default:
            return content.text.components(separatedBy: "\n\n").map(Whitespace.collapse).filter { !$0.isEmpty }
        }
    }

    /// The collapsed text of the first child element named `name`, or nil when absent or empty.
    private static func text(of name: String, in node: XMLNode) -> String? {
        guard let child = node.child(named: name) else { return nil }
        let text = Whitespace.collapse(child.text)
        return text.isEmpty ? nil : text
    }
}

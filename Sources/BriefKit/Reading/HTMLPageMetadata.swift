import BriefXML
import Foundation

/// What a saved article page says about itself: headline, outlet, address and publication
/// day, from Open Graph and article `meta` tags, the canonical link, `<time datetime>`,
/// JSON-LD (`NewsArticle` and kin) and, failing those, `<h1>` and `<title>`.
struct HTMLPageMetadata {
    var headline: String?
    var metadata = SourceMetadata()

    init(document root: XMLNode) {
        var meta: [String: String] = [:]
        var canonical: String?
        var firstH1: String?
        var title: String?
        var timeDatetime: String?
        var jsonLD: [[String: Any]] = []

        for node in root.descendants {
            switch node.name {
            case "meta":
                let key = (node.attribute("property") ?? node.attribute("name"))?.lowercased()
                if let key, let content = node.attribute("content"), meta[key] == nil {
                    meta[key] = Whitespace.collapse(content)
                }
            case "link":
                let rel = node.attribute("rel")?.lowercased().split(separator: " ") ?? []
                if rel.contains("canonical"), canonical == nil { canonical = node.attribute("href") }
            case "h1":
                if firstH1 == nil { firstH1 = Whitespace.collapse(node.text) }
            case "title":
                if title == nil { title = Whitespace.collapse(node.text) }
            case "time":
                if timeDatetime == nil { timeDatetime = node.attribute("datetime") }
            case "script":
                if node.attribute("type")?.lowercased() == "application/ld+json" {
                    jsonLD += Self.objects(inJSONLD: node.text)
                }
            default:
                continue
            }
        }

        let article = jsonLD.first { object in
            let types = (object["@type"] as? String).map { [$0] } ?? (object["@type"] as? [String]) ?? []
            return types.contains { $0.hasSuffix("Article") || $0 == "Report" || $0 == "BlogPosting" }
        }
        let publisher = (article?["publisher"] as? [String: Any])?["name"] as? String

        let url = [meta["og:url"], canonical, article?["url"] as? String].compactMap { $0 }.first { !$0.isEmpty }
        let host = url.flatMap(Self.host(of:))
        let outlet = [meta["og:site_name"], publisher, meta["application-name"], host]
            .compactMap { $0.map(Whitespace.collapse) }.first { !$0.isEmpty }
        let dates = [
            meta["article:published_time"], meta["og:published_time"], article?["datePublished"] as? String,
            timeDatetime, meta["date"], meta["dc.date"], meta["pubdate"], meta["article:modified_time"],
        ]
        let published = dates.compactMap { $0.flatMap(PublicationDate.parse) }.first

        let headlines = [meta["og:title"], article?["headline"] as? String, firstH1, title]
        let chosen = headlines.compactMap { $0.map(Whitespace.collapse) }.first { !$0.isEmpty }
        headline = chosen.map { Self.removingSiteName(from: $0, outlet: outlet) }
        metadata = SourceMetadata(outlet: outlet, url: url, published: published)
    }

    /// The host of an absolute http(s) URL, without `www.`.
    static func host(of url: String) -> String? {
        guard let components = URLComponents(string: url), let scheme = components.scheme?.lowercased(),
            scheme == "http" || scheme == "https", var host = components.host?.lowercased(), !host.isEmpty
        else { return nil }
        if host.hasPrefix("www.") { host.removeFirst(4) }
        return host
    }

    /// "Strike ends | The Courier" → "Strike ends" when the outlet is "The Courier".
    static func removingSiteName(from headline: String, outlet: String?) -> String {
        guard let outlet, !outlet.isEmpty else { return headline }
        for separator in [" | ", " - ", " – ", " — ", " :: "] where headline.hasSuffix(separator + outlet) {
            let trimmed = String(headline.dropLast(separator.count + outlet.count))
            if !trimmed.isEmpty { return trimmed }
        }
        return headline
    }

    /// The JSON objects of a JSON-LD block: the object itself, the items of a top-level array,
    /// and the members of `@graph`. Malformed JSON gives none.
    static func objects(inJSONLD text: String) -> [[String: Any]] {
        guard let data = text.data(using: .utf8),
            let value = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        else { return [] }
        var result: [[String: Any]] = []
        var pending: [Any] = [value]
        while let next = pending.popLast(), result.count < 64 {
            if let array = next as? [Any] {
                pending.append(contentsOf: array.prefix(64).reversed())
            } else if let object = next as? [String: Any] {
                result.append(object)
                if let graph = object["@graph"] as? [Any] { pending.append(contentsOf: graph.prefix(64).reversed()) }
            }
        }
        return result
    }
}

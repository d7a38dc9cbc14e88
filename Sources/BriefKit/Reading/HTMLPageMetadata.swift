import BriefXML
import Foundation

/// What a saved article page says about itself: headline, outlet, address and publication
/// day, from Open Graph and article `meta` tags, the canonical link, `<time datetime>`,
/// JSON-LD (`NewsArticle` and kin), `<h1>`, `<title>` and the address itself.
///
/// - **Headline**: the `<h1>` that the `<title>` repeats (the page's own headline, which a
///   social-media title such as `og:title` may reword), else `og:title`, the JSON-LD headline,
///   the first `<h1>`, the `<title>`; the site's name and a section after it are cut off
///   ("Strike ends - Nation | The Star" → "Strike ends").
/// - **Outlet**: `og:site_name` unless it is a section or an address (a name that shares no word
///   or initials with the host: "U.S." on reuters.com), else the JSON-LD publisher, the
///   `application-name`, the host as the last resort.
/// - **Address**: `og:url`, the canonical link, the JSON-LD `url`, made absolute against the
///   page's `<base>` or another absolute one among them; an address that stays relative is dropped.
/// - **Date**: the article's published-time metadata, JSON-LD, `<time datetime>`,
///   `itemprop="datePublished"`, other date tags, then a date in the address (`/2019/11/18/`).
struct HTMLPageMetadata {
    var headline: String?
    var metadata = SourceMetadata()

    /// The most `<h1>` elements looked at for the headline.
    static let maximumHeadings = 8

    init(document root: XMLNode) {
        var meta: [String: String] = [:]
        var canonical: String?
        var base: String?
        var headings: [String] = []
        var title: String?
        var timeDatetime: String?
        var itemDate: String?
        var jsonLD: [[String: Any]] = []
        var brokenPublisher: String?

        for node in root.descendants {
            switch node.name {
            case "meta":
                let key = (node.attribute("property") ?? node.attribute("name"))?.lowercased()
                if let key, let content = node.attribute("content"), meta[key] == nil {
                    meta[key] = Whitespace.collapse(content)
                }
                if itemDate == nil, node.attribute("itemprop") == "datePublished" { itemDate = node.attribute("content") }
            case "link":
                let rel = node.attribute("rel")?.lowercased().split(separator: " ") ?? []
                if rel.contains("canonical"), canonical == nil { canonical = node.attribute("href") }
            case "base":
                if base == nil { base = node.attribute("href") }
            case "h1":
                if headings.count < Self.maximumHeadings {
                    let text = Whitespace.collapse(node.text)
                    if !text.isEmpty { headings.append(text) }
                }
            case "title":
                if title == nil { title = Whitespace.collapse(node.text) }
            case "time":
                if timeDatetime == nil { timeDatetime = node.attribute("datetime") }
            case "script":
                if node.attribute("type")?.lowercased() == "application/ld+json" {
                    let text = node.text
                    let objects = Self.objects(inJSONLD: text)
                    jsonLD += objects
                    if objects.isEmpty, brokenPublisher == nil { brokenPublisher = Self.publisherName(inMalformedJSONLD: text) }
                }
            default:
                if itemDate == nil, node.attribute("itemprop") == "datePublished" {
                    itemDate = node.attribute("datetime") ?? node.attribute("content") ?? Whitespace.collapse(node.text)
                }
            }
        }

        let article = jsonLD.first { object in
            let types = (object["@type"] as? String).map { [$0] } ?? (object["@type"] as? [String]) ?? []
            return types.contains { $0.hasSuffix("Article") || $0 == "Report" || $0 == "BlogPosting" }
        }
        func publisherName(_ object: [String: Any]?) -> String? { (object?["publisher"] as? [String: Any])?["name"] as? String }
        let publisher = publisherName(article) ?? jsonLD.lazy.compactMap(publisherName).first ?? brokenPublisher

        let addresses = [meta["og:url"], canonical, article?["url"] as? String].compactMap { $0 }.filter { !$0.isEmpty }
        let absoluteBase = ([base].compactMap { $0 } + addresses).first { Self.host(of: $0) != nil }
        let url = addresses.lazy.compactMap { Self.absolute($0, base: absoluteBase) }.first
        let host = url.flatMap(Self.host(of:))
        let siteName = meta["og:site_name"].flatMap { Self.siteName($0, host: host) }
        let outlet = [siteName, publisher, meta["application-name"], host]
            .compactMap { $0.map(Whitespace.collapse) }.first { !$0.isEmpty }
        let dates = [
            meta["article:published_time"], meta["og:published_time"], article?["datePublished"] as? String,
            timeDatetime, itemDate, meta["date"], meta["dc.date"], meta["pubdate"], meta["article:modified_time"],
        ]
        let published = dates.compactMap { $0.flatMap(PublicationDate.parse) }.first ?? url.flatMap(Self.date(inAddress:))

        let titled = title.flatMap { title in headings.first { Self.title(title, repeats: $0) } }
        let headlines = [titled, meta["og:title"], article?["headline"] as? String, headings.first, title]
        let chosen = headlines.compactMap { $0.map(Whitespace.collapse) }.first { !$0.isEmpty }
        headline = chosen.map { Self.removingSiteName(from: $0, outlet: outlet, host: host) }
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

    /// `address` made absolute against `base` (itself absolute); nil when it cannot be.
    static func absolute(_ address: String, base: String?) -> String? {
        if host(of: address) != nil { return address }
        guard let base, let baseURL = URL(string: base), let resolved = URL(string: address, relativeTo: baseURL)?.absoluteString,
            host(of: resolved) != nil
        else { return nil }
        return resolved
    }

    /// The words of a name or host: runs of letters and digits, lower-cased.
    static func words(_ text: String) -> [String] {
        text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
    }

    /// `og:site_name` as the outlet: its first part before " | " (a tag line after it), or nil
    /// when it is an address or a section, that is, when a name in Latin letters shares with the
    /// host neither a word of three letters or more, nor its initials, nor its letters run
    /// together.
    static func siteName(_ value: String, host: String?) -> String? {
        var name = Whitespace.collapse(value)
        if let bar = name.range(of: " | ") { name = String(name[..<bar.lowerBound]) }
        guard !name.isEmpty, !name.contains("://"), !name.lowercased().hasPrefix("www.") else { return nil }
        // Only a name in Latin letters can be compared with a host.
        let nameWords = words(name).map { String($0.unicodeScalars.filter(\.isASCII)) }.filter { !$0.isEmpty }
        guard let host, !nameWords.isEmpty else { return name }
        let hostLetters = words(host).dropLast().joined()
        if nameWords.contains(where: { $0.count >= 3 && hostLetters.contains($0) }) { return name }
        let initials = String(nameWords.filter { $0 != "the" }.compactMap(\.first))
        if initials.count >= 2 && hostLetters.contains(initials) { return name }
        let squashed = nameWords.joined()
        if !squashed.isEmpty && (hostLetters.contains(squashed) || squashed.contains(hostLetters)) { return name }
        return nil
    }

    /// True when a `<title>` is this heading with at most a site name or section around it: the
    /// heading's words make up most of the title, in its opening.
    static func title(_ title: String, repeats heading: String) -> Bool {
        let headingWords = words(heading)
        let titleWords = words(title)
        guard headingWords.count >= 2, !titleWords.isEmpty else { return false }
        let shared = Set(headingWords).intersection(titleWords).count
        return shared * 5 >= Set(headingWords).count * 4 && headingWords.count * 2 >= titleWords.count
    }

    /// A publication day written in an address: `/2019/11/18/`, `/2019-11-18`, or eight digits
    /// `20191118` standing alone among the path's words.
    static func date(inAddress url: String) -> BriefDate? {
        guard let path = URLComponents(string: url)?.path else { return nil }
        let parts = path.split(whereSeparator: { $0 == "/" || $0 == "-" || $0 == "_" || $0 == "." }).map(String.init)
        for (index, part) in parts.enumerated() {
            if part.count == 4, let year = Int(part), (1990...2100).contains(year), index + 2 < parts.count,
                parts[index + 1].count <= 2, let month = Int(parts[index + 1]),
                parts[index + 2].count <= 2, let day = Int(parts[index + 2]),
                let date = BriefDate(year: year, month: month, day: day)
            {
                return date
            }
            if part.count == 8, part.allSatisfy({ $0.isASCII && $0.isNumber }), let year = Int(part.prefix(4)), (1990...2100).contains(year),
                let month = Int(part.dropFirst(4).prefix(2)), let day = Int(part.suffix(2)),
                let date = BriefDate(year: year, month: month, day: day)
            {
                return date
            }
        }
        return nil
    }

    /// The separators between a headline and the site's name in a title.
    static let titleSeparators = [" | ", " - ", " – ", " — ", " :: ", " · "]

    /// "Strike ends | The Courier" → "Strike ends" when the outlet is "The Courier" (or the
    /// host is courier.example); a short section between them goes too ("Strike ends - Nation |
    /// The Courier" → "Strike ends").
    static func removingSiteName(from headline: String, outlet: String?, host: String?) -> String {
        let parts = titleParts(headline)
        guard parts.count > 1 else { return headline }
        let hostLetters = host.map { words($0).dropLast().joined() } ?? ""
        let outletWords = outlet.map(words)
        func isSiteName(_ part: Substring) -> Bool {
            let partWords = words(String(part))
            if let outletWords, partWords == outletWords { return true }
            let squashed = partWords.joined()
            return !squashed.isEmpty && !hostLetters.isEmpty && squashed.hasPrefix(hostLetters)
        }
        guard let site = parts.lastIndex(where: { isSiteName($0.text) }), site > 0 else { return headline }
        // The headline ends before the site's name and before any short sections just before it.
        var end = site
        while end > 1 && words(String(parts[end - 1].text)).count <= 2 { end -= 1 }
        let trimmed = Whitespace.collapse(String(headline[..<parts[end].start]))
        return trimmed.isEmpty ? headline : trimmed
    }

    /// `headline` split at the title separators, in one scan: each part's text, and where the
    /// separator before it starts (the headline's start for the first part).
    private static func titleParts(_ headline: String) -> [(start: String.Index, text: Substring)] {
        var parts: [(start: String.Index, text: Substring)] = []
        var partStart = headline.startIndex
        var separatorStart = headline.startIndex
        var cursor = headline.startIndex
        while cursor < headline.endIndex {
            if let separator = titleSeparators.first(where: { headline[cursor...].hasPrefix($0) }) {
                parts.append((separatorStart, headline[partStart..<cursor]))
                separatorStart = cursor
                cursor = headline.index(cursor, offsetBy: separator.count)
                partStart = cursor
            } else {
                cursor = headline.index(after: cursor)
            }
        }
        parts.append((separatorStart, headline[partStart...]))
        return parts
    }

    /// The publisher's name in a JSON-LD block that is not valid JSON (a stray comma, an
    /// unquoted value): the first `"name": "…"` within the object after `"publisher"`.
    static func publisherName(inMalformedJSONLD text: String) -> String? {
        guard let key = text.range(of: "\"publisher\"") else { return nil }
        let window = text[key.upperBound...].prefix(400)
        guard let name = window.range(of: "\"name\"") else { return nil }
        var rest = window[name.upperBound...].drop { $0 == " " || $0 == ":" || $0.isNewline || $0 == "\t" }
        guard rest.first == "\"" else { return nil }
        rest = rest.dropFirst()
        guard let close = rest.firstIndex(of: "\"") else { return nil }
        let value = Whitespace.collapse(String(rest[..<close]))
        return value.isEmpty || value.count > 100 ? nil : value
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

/// What the formats people read show of a ``Brief`` under ``SectionLimits``: the first items
/// of each section, the sources one by one or grouped by outlet, and each item's credit as a
/// bounded list of markers. Renderers share it, so text, HTML and DocBook leave out the same.
/// Built in one pass over the sources; a credit costs one pass over its item's sources. Other
/// members read through to the brief.
@dynamicMemberLookup
struct BoundedBrief {
    let brief: Brief
    let limits: SectionLimits
    let agenda: [AgendaItem]
    let actors: [Actor]
    let places: [Actor]
    let quotes: [Quote]
    let openIssues: [OpenIssue]
    /// The outlets listed when the sources are grouped; nil when every source is listed.
    let outlets: OutletList?

    init(_ brief: Brief, limits: SectionLimits) {
        self.brief = brief
        self.limits = limits
        agenda = Array(brief.agenda.prefix(limits.agenda))
        let people = brief.peopleAndOrganizations, places = brief.places
        actors = Array(people.prefix(limits.actors))
        self.places = Array(places.prefix(limits.places))
        peopleTotal = people.count
        placesTotal = places.count
        quotes = Array(brief.quotes.prefix(limits.quotes))
        openIssues = Array(brief.openIssues.prefix(limits.openIssues))
        outlets = brief.sources.count > limits.sources ? OutletList(brief.sources, listing: limits.sources) : nil
    }

    subscript<Value>(dynamicMember path: KeyPath<Brief, Value>) -> Value { brief[keyPath: path] }

    private let peopleTotal: Int
    private let placesTotal: Int

    /// "Showing the first 12 of 40 agenda items; the JSON brief has all of them." for a
    /// section that leaves items out; nil when it shows them all.
    func leftOutLine(_ section: Section) -> String? {
        let (shown, total, noun): (Int, Int, String) =
            switch section {
            case .agenda: (agenda.count, brief.agenda.count, "agenda items")
            case .actors: (actors.count, peopleTotal, "people and organisations")
            case .places: (places.count, placesTotal, "places")
            case .quotes: (quotes.count, brief.quotes.count, "quotes")
            case .openIssues: (openIssues.count, brief.openIssues.count, "open issues")
            }
        guard shown < total else { return nil }
        let which = section == .quotes ? "\(shown) best-ranked" : "first \(shown)"
        return "Showing the \(which) of \(total) \(noun); the JSON brief has all of them."
    }

    /// The sections that can leave items out.
    enum Section { case agenda, actors, places, quotes, openIssues }

    /// Who reports an item: the markers to print (source numbers, or outlet numbers when the
    /// sources are grouped), how many more there are, and the number of articles.
    func credit(_ sourceIDs: [String]) -> Credit {
        guard let outlets else {
            let numbers = sourceIDs.compactMap { brief.marker(for: $0) }.sorted()
            let shown = Array(numbers.prefix(limits.citations))
            return Credit(markers: shown, more: numbers.count - shown.count, articles: nil)
        }
        var listed = Set<Int>()
        var others = Set<String>()
        var articles = 0
        for id in sourceIDs {
            guard let number = brief.marker(for: id) else { continue }
            articles += 1
            switch outlets.place(ofSource: number - 1) {
            case .listed(let outlet): listed.insert(outlet)
            case .unlisted(let name): others.insert(name)
            case .unnamed: break
            }
        }
        let numbers = listed.sorted()
        let shown = Array(numbers.prefix(limits.citations))
        return Credit(markers: shown, more: numbers.count - shown.count + others.count, articles: articles)
    }

    /// An item's credit as ``BoundedBrief/credit(_:)`` gives it.
    struct Credit: Equatable {
        /// The markers to print, in order.
        var markers: [Int]
        /// Sources (or outlets, when grouped) not printed.
        var more: Int
        /// The number of articles, when the sources are grouped by outlet.
        var articles: Int?

        /// What follows the markers: " +3 more", " +3 more · 40 articles", or "(40 articles)"
        /// alone when no listed outlet reports the item.
        var rest: String {
            var parts: [String] = []
            if more > 0 { parts.append("+\(more) more") }
            if let articles, articles > markers.count || more > 0 {
                parts.append(articles == 1 ? "1 article" : "\(articles) articles")
            }
            if parts.isEmpty { return "" }
            return markers.isEmpty ? "(" + parts.joined(separator: " · ") + ")" : " " + parts.joined(separator: " · ")
        }

        /// `[1][3] +3 more`: markers and the rest, as plain text.
        var text: String { markers.map { "[\($0)]" }.joined() + rest }
    }
}

/// A brief's sources grouped by outlet: the outlets with the most articles listed (biggest
/// first, then by name), the rest counted, and the articles that name no outlet.
struct OutletList {
    /// The listed outlets in order, each with its number of articles.
    let listed: [(name: String, articles: Int)]
    /// Outlets beyond the listed ones, and their articles.
    let moreOutlets: Int
    let moreArticles: Int
    /// Articles that name no outlet.
    let unnamed: Int
    /// All outlets.
    let outletCount: Int
    private let sourceOutlet: [Int32]
    private let names: [String]

    init(_ sources: [Source], listing limit: Int) {
        var counts: [String: Int] = [:]
        for source in sources {
            if let outlet = source.outlet { counts[outlet, default: 0] += 1 }
        }
        let ranked = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        listed = ranked.prefix(limit).map { ($0.key, $0.value) }
        moreOutlets = ranked.count - listed.count
        moreArticles = ranked.dropFirst(limit).reduce(0) { $0 + $1.value }
        unnamed = sources.count { $0.outlet == nil }
        outletCount = ranked.count
        var numbers: [String: Int32] = [:]
        for (index, outlet) in ranked.enumerated() { numbers[outlet.key] = Int32(index + 1) }
        sourceOutlet = sources.map { $0.outlet.flatMap { numbers[$0] } ?? 0 }
        names = ranked.map(\.key)
    }

    /// Where the source at `index` (in the brief's sources) is credited.
    func place(ofSource index: Int) -> Place {
        let number = Int(sourceOutlet[index])
        if number == 0 { return .unnamed }
        return number <= listed.count ? .listed(number) : .unlisted(names[number - 1])
    }

    enum Place {
        case listed(Int)
        case unlisted(String)
        case unnamed
    }

    /// "10000 articles from 412 outlets; the 40 with the most articles are listed, and the
    /// JSON brief lists every article."
    func summary(articles: Int) -> String {
        let from = outletCount == 1 ? "1 outlet" : "\(outletCount) outlets"
        let which = moreOutlets > 0 ? "the \(listed.count) with the most articles are listed" : "each is listed with its articles"
        return "\(articles) articles from \(from); \(which), and the JSON brief lists every article."
    }

    /// "The Herald (312 articles)".
    static func line(_ outlet: (name: String, articles: Int)) -> String {
        "\(outlet.name) (\(outlet.articles) \(outlet.articles == 1 ? "article" : "articles"))"
    }

    /// The closing lines: outlets not listed, articles without one.
    var closingLines: [String] {
        var lines: [String] = []
        if moreOutlets > 0 {
            lines.append("and \(moreOutlets) more \(moreOutlets == 1 ? "outlet" : "outlets") (\(moreArticles) \(moreArticles == 1 ? "article" : "articles"))")
        }
        if unnamed > 0 { lines.append("\(unnamed) \(unnamed == 1 ? "article names" : "articles name") no outlet") }
        return lines
    }
}

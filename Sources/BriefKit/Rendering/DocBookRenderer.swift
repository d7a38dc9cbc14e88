import BriefXML

/// The brief as a DocBook 5.0 `article`, written through libxml2's `xmlTextWriter`:
/// `info` (title, date, abstract), one `section` per brief section, `orderedlist` for key
/// points, `blockquote` with `attribution` for quotes, `personname`/`orgname` for actors, and
/// the sources as an `orderedlist` whose items carry `xml:id`s (`src-1`…) that every item
/// links to. Valid against the DocBook 5.0 RELAX NG schema; renders with the DocBook XSL
/// stylesheets.
public struct DocBookRenderer: BriefRenderer {
    public let format = OutputFormat.docbook
    public static let namespace = "http://docbook.org/ns/docbook"

    /// How much of each section is shown.
    public var limits: SectionLimits

    public init(limits: SectionLimits = SectionLimits()) {
        self.limits = limits
    }

    public func render(_ brief: Brief) -> String {
        let brief = BoundedBrief(brief, limits: limits)
        let xml = XMLTextWriter()
        xml.start("article", [("xmlns", Self.namespace), ("version", "5.0"), ("xml:lang", "en"), ("xml:id", "brief")])
        xml.element("info") {
            xml.element("title", text: brief.title)
            xml.element("date", text: brief.date.description)
            xml.element("abstract") {
                let count = brief.sources.count
                xml.element("para", text: "Brief for \(brief.date.longDescription), from \(count) \(count == 1 ? "source" : "sources").")
                if let summary = NoveltyWording.summary(of: brief.brief) { xml.element("para", text: summary) }
            }
        }
        let isEmpty =
            brief.keyPoints.isEmpty && brief.agenda.isEmpty && brief.actors.isEmpty && brief.quotes.isEmpty
            && brief.openIssues.isEmpty && brief.sources.isEmpty
        if isEmpty {
            xml.element("para", text: "This brief has no content.")  // an article needs at least one block
        }
        let nothingNew = NoveltyWording.nothingNew(in: brief.brief)
        if !brief.keyPoints.isEmpty || nothingNew != nil {
            let news = brief.newsKeyPoints, reported = brief.reportedKeyPoints
            section("key-points", "Key points", xml) {
                if let nothingNew { xml.element("para", text: nothingNew) }
                if !news.isEmpty {
                    xml.element("orderedlist") {
                        for point in news {
                            xml.element("listitem") {
                                para(point.text, point.sources, brief, xml)
                                if let note = NoveltyWording.note(point.novelty) { xml.element("para", text: note) }
                            }
                        }
                    }
                }
                if !reported.isEmpty {
                    xml.element("itemizedlist") {
                        xml.element("title", text: NoveltyWording.stillInTheNews)
                        sourcedItems(reported.map { (NoveltyWording.folded($0), $0.sources) }, brief, xml)
                    }
                }
            }
        }
        if !brief.agenda.isEmpty {
            section("agenda", "Agenda", xml) {
                xml.element("variablelist") {
                    for item in brief.agenda {
                        xml.element("varlistentry") {
                            let when = item.date.map { "\($0.longDescription) (\(item.when))" } ?? item.when
                            xml.element("term", text: when)
                            xml.element("listitem") {
                                para(item.text, item.sources, brief, xml)
                                var details: [String] = []
                                if let location = item.location { details.append("Where: \(location).") }
                                if !item.participants.isEmpty { details.append("With: \(item.participants.joined(separator: ", ")).") }
                                if !details.isEmpty { xml.element("para", text: details.joined(separator: " ")) }
                            }
                        }
                    }
                }
                leftOutLine(.agenda, brief, xml)
            }
        }
        actorList(brief.actors, id: "actors", title: "Actors", section: .actors, brief, xml)
        actorList(brief.places, id: "places", title: "Places", section: .places, brief, xml)
        if !brief.quotes.isEmpty {
            section("quotes", "Quotes", xml) {
                for quote in brief.quotes {
                    xml.element("blockquote") {
                        xml.inline("attribution") {
                            switch (quote.speaker, quote.speakerKind) {
                            case (let speaker?, .organization?): xml.element("orgname", text: speaker)
                            case (let speaker?, .description?): xml.text(speaker)
                            case (let speaker?, _): xml.element("personname", text: speaker)
                            case (nil, _): xml.text("speaker not stated")
                            }
                            xml.text(" ")
                            links(quote.sources, brief, xml)
                        }
                        xml.element("para", text: quote.text)
                    }
                }
                leftOutLine(.quotes, brief, xml)
            }
        }
        if !brief.openIssues.isEmpty {
            section("open-issues", "Open issues", xml) {
                xml.element("itemizedlist") {
                    for issue in brief.openIssues {
                        xml.element("listitem") {
                            para(issue.text, issue.sources, brief, xml)
                            if let note = NoveltyWording.note(issue.novelty) { xml.element("para", text: note) }
                            sides(issue.sides, brief, xml)
                        }
                    }
                }
                leftOutLine(.openIssues, brief, xml)
            }
        }
        if let passed = brief.comparison?.passedAgenda, !passed.isEmpty {
            section("passed", NoveltyWording.passedHeading, xml) {
                xml.element("itemizedlist") {
                    for item in passed {
                        xml.element("listitem") {
                            xml.element("para", text: (item.date.map { "\($0.longDescription): " } ?? "") + item.text)
                        }
                    }
                }
            }
        }
        if let resolved = brief.comparison?.resolvedIssues, !resolved.isEmpty {
            section("resolved", NoveltyWording.resolvedHeading, xml) {
                xml.element("itemizedlist") {
                    for item in resolved {
                        xml.element("listitem") {
                            xml.element("para", text: item.issue.text)
                            xml.element("para", text: NoveltyWording.settled(item))
                        }
                    }
                }
            }
        }
        if let outlets = brief.outlets {
            section("sources", "Sources", xml) {
                xml.element("para", text: outlets.summary(articles: brief.sources.count))
                xml.element("orderedlist") {
                    for (index, outlet) in outlets.listed.enumerated() {
                        xml.element("listitem", [("xml:id", "src-\(index + 1)")]) {
                            xml.element("para", text: OutletList.line(outlet))
                        }
                    }
                }
                for line in outlets.closingLines { xml.element("para", text: line) }
            }
        } else if !brief.sources.isEmpty {
            section("sources", "Sources", xml) {
                xml.element("orderedlist") {
                    for (index, source) in brief.sources.enumerated() {
                        xml.element("listitem", [("xml:id", "src-\(index + 1)")]) {
                            xml.inline("para") {
                                xml.element("citetitle", text: source.title)
                                if let byline = source.byline { xml.text(", \(byline)") }
                                if let url = source.url {
                                    xml.text(" ")
                                    xml.element("uri", text: url)
                                }
                            }
                        }
                    }
                }
            }
        }
        if let note = brief.leftOutNote {
            section("left-out", "Left out", xml) {
                xml.element("para", text: note)
                xml.element("itemizedlist") {
                    for source in brief.leftOut {
                        sourceItem(source, xml)
                    }
                }
            }
        }
        if let note = brief.otherStoriesNote {
            section("other-stories", "Other stories", xml) {
                xml.element("para", text: note)
                xml.element("itemizedlist") {
                    for story in brief.otherStoriesListed {
                        xml.element("listitem") {
                            xml.element("para", text: story.line)
                            let (listed, more) = story.sourcesListed
                            xml.element("itemizedlist") {
                                for source in listed {
                                    sourceItem(source, xml)
                                }
                                if more > 0 { xml.element("listitem") { xml.element("para", text: "and \(more) more") } }
                            }
                        }
                    }
                }
            }
        }
        xml.end()
        return xml.finish()
    }

    /// A list item naming a source that is not in the sources list: its title and byline.
    private func sourceItem(_ source: Source, _ xml: XMLTextWriter) {
        xml.element("listitem") {
            xml.inline("para") {
                xml.element("citetitle", text: source.title)
                if let byline = source.byline { xml.text(", \(byline)") }
            }
        }
    }

    /// A section listing `actors`: people as `personname`, organisations as `orgname`, places
    /// as a `phrase` with the role "place"; the role, mentions, sources and aliases.
    private func actorList(
        _ actors: [Actor], id: String, title: String, section part: BoundedBrief.Section, _ brief: BoundedBrief, _ xml: XMLTextWriter
    ) {
        guard !actors.isEmpty else { return }
        section(id, title, xml) {
            xml.element("itemizedlist") {
                for actor in actors {
                    xml.element("listitem") {
                        xml.inline("para") {
                            switch actor.kind {
                            case .person: xml.element("personname", text: actor.name)
                            case .organization: xml.element("orgname", text: actor.name)
                            case .place: xml.element("phrase", [("role", "place")], text: actor.name)
                            }
                            if let role = actor.role {
                                xml.text(", ")
                                xml.element("phrase", [("role", "role")], text: role)
                            }
                            xml.text(" (\(actor.mentions) \(actor.mentions == 1 ? "mention" : "mentions")) ")
                            links(actor.sources, brief, xml)
                        }
                        if !actor.aliases.isEmpty {
                            xml.element("para", text: "Also: " + actor.aliases.joined(separator: "; "))
                        }
                    }
                }
            }
            leftOutLine(part, brief, xml)
        }
    }

    /// The paragraph under a section that leaves items out; nothing otherwise.
    private func leftOutLine(_ part: BoundedBrief.Section, _ brief: BoundedBrief, _ xml: XMLTextWriter) {
        if let line = brief.leftOutLine(part) { xml.element("para", text: line) }
    }

    private func section(_ id: String, _ title: String, _ xml: XMLTextWriter, _ body: () -> Void) {
        xml.element("section", [("xml:id", id)]) {
            xml.element("title", text: title)
            body()
        }
    }

    /// One `listitem` per item: a paragraph of its text and links to its sources.
    private func sourcedItems(_ items: [(text: String, sources: [String])], _ brief: BoundedBrief, _ xml: XMLTextWriter) {
        for (text, sources) in items {
            xml.element("listitem") { para(text, sources, brief, xml) }
        }
    }

    /// A disagreement's sides: figures in one paragraph, labelled sides one a list item.
    private func sides(_ sides: [OpenIssue.Side], _ brief: BoundedBrief, _ xml: XMLTextWriter) {
        let figures = sides.filter { $0.label == nil }
        if !figures.isEmpty {
            xml.inline("para") {
                for (position, side) in figures.enumerated() {
                    if position > 0 { xml.text(" · ") }
                    xml.text(side.value + " ")
                    links(side.sources, brief, xml)
                }
            }
        }
        let labelled = sides.filter { $0.label != nil }
        guard !labelled.isEmpty else { return }
        xml.element("itemizedlist") {
            for side in labelled {
                xml.element("listitem") {
                    xml.inline("para") {
                        xml.element("emphasis", [("role", "strong")], text: RenderOptions.sideLabel(side) + ":")
                        xml.text(" " + side.value + " ")
                        links(side.sources, brief, xml)
                    }
                }
            }
        }
    }

    /// A paragraph of `text` followed by links to its sources.
    private func para(_ text: String, _ sources: [String], _ brief: BoundedBrief, _ xml: XMLTextWriter) {
        xml.inline("para") {
            xml.text(text + " ")
            links(sources, brief, xml)
        }
    }

    /// Links to the sources list (or its outlets), bounded with the rest counted.
    private func links(_ ids: [String], _ brief: BoundedBrief, _ xml: XMLTextWriter) {
        let credit = brief.credit(ids)
        for (position, number) in credit.markers.enumerated() {
            if position > 0 { xml.text(" ") }
            xml.element("link", [("linkend", "src-\(number)")], text: "[\(number)]")
        }
        if !credit.rest.isEmpty { xml.text(credit.rest) }
    }
}

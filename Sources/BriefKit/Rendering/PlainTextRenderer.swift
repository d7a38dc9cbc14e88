/// The brief as plain UTF-8 text, wrapped to a width, readable when pasted into an e-mail.
///
/// A title block (title, date, number of sources), then each section that has items, then
/// the sources list (title, outlet and day, address: never a local path) and the sources left
/// out by the brief's window. Source markers like `[1][3]` refer to the sources list.
public struct PlainTextRenderer: BriefRenderer {
    public let format = OutputFormat.text
    /// Column width; lines break between words at this width.
    public var width: Int
    /// How much of each section is shown.
    public var limits: SectionLimits

    public init(width: Int = 72, limits: SectionLimits = SectionLimits()) {
        self.width = max(width, 20)
        self.limits = limits
    }

    public func render(_ brief: Brief) -> String {
        let view = BoundedBrief(brief, limits: limits)
        var out: [String] = []
        out += TextWrapper.wrap(brief.title, width: width)
        out += TextWrapper.wrap(brief.coverageLine, width: width)
        out.append(String(repeating: "=", count: width))

        if let summary = NoveltyWording.summary(of: brief) {
            out.append("")
            out += TextWrapper.wrap(summary, width: width)
        }

        let news = brief.newsKeyPoints, reported = brief.reportedKeyPoints
        let nothingNew = NoveltyWording.nothingNew(in: brief)
        if !news.isEmpty || !reported.isEmpty || nothingNew != nil {
            out += heading("Key points")
            if let nothingNew { out += TextWrapper.wrap(nothingNew, width: width) }
            let numberWidth = String(news.count).count
            for (index, point) in news.enumerated() {
                let number = String(index + 1)
                let label = String(repeating: " ", count: numberWidth - number.count) + number + ". "
                let note = NoveltyWording.note(point.novelty).map { " " + $0 } ?? ""
                out += TextWrapper.wrap(
                    point.text + " " + markers(point.sources, in: view) + note, width: width,
                    firstIndent: label, indent: String(repeating: " ", count: label.count))
            }
            if !reported.isEmpty {
                out.append("")
                out += TextWrapper.wrap(NoveltyWording.stillInTheNews + ":", width: width)
                for point in reported {
                    out += TextWrapper.wrap(
                        NoveltyWording.folded(point) + " " + markers(point.sources, in: view), width: width, firstIndent: "- ", indent: "  ")
                }
            }
        }

        if !brief.agenda.isEmpty {
            out += heading("Agenda")
            for item in view.agenda {
                let day = item.date.map { "\($0.longDescription) (\(item.when))" } ?? item.when.capitalizedFirst
                out += TextWrapper.wrap(day, width: width, firstIndent: "- ", indent: "  ")
                let note = item.novelty?.status == .updated ? NoveltyWording.note(item.novelty).map { " " + $0 } ?? "" : ""
                out += TextWrapper.wrap(item.text + " " + markers(item.sources, in: view) + note, width: width, firstIndent: "  ", indent: "  ")
                var details: [String] = []
                if let location = item.location { details.append("Where: \(location).") }
                if !item.participants.isEmpty { details.append("With: \(item.participants.joined(separator: ", ")).") }
                if !details.isEmpty {
                    out += TextWrapper.wrap(details.joined(separator: " "), width: width, firstIndent: "  ", indent: "  ")
                }
            }
            out += leftOutLine(.agenda, of: view)
        }

        if let passed = brief.comparison?.passedAgenda, !passed.isEmpty {
            out += heading(NoveltyWording.passedHeading)
            for item in passed {
                let day = item.date.map { "\($0.longDescription): " } ?? ""
                out += TextWrapper.wrap(day + item.text, width: width, firstIndent: "- ", indent: "  ")
            }
        }

        if !brief.peopleAndOrganizations.isEmpty {
            out += heading("Actors")
            for actor in view.actors {
                let mentions = "\(actor.mentions) \(actor.mentions == 1 ? "mention" : "mentions")"
                let kind = actor.kind == .person ? "person" : "organisation"
                let line =
                    actor.name + (actor.role.map { ", \($0)" } ?? "") + " (\(kind), \(mentions)) "
                    + markers(actor.sources, in: view)
                out += TextWrapper.wrap(line, width: width, firstIndent: "- ", indent: "  ")
                if !actor.aliases.isEmpty {
                    out += TextWrapper.wrap("Also: " + actor.aliases.joined(separator: "; "), width: width, firstIndent: "  ", indent: "  ")
                }
            }
            out += leftOutLine(.actors, of: view)
        }

        if !brief.places.isEmpty {
            out += heading("Places")
            for place in view.places {
                let line = place.name + " (\(place.mentions) \(place.mentions == 1 ? "mention" : "mentions")) " + markers(place.sources, in: view)
                out += TextWrapper.wrap(line, width: width, firstIndent: "- ", indent: "  ")
                if !place.aliases.isEmpty {
                    out += TextWrapper.wrap("Also: " + place.aliases.joined(separator: "; "), width: width, firstIndent: "  ", indent: "  ")
                }
            }
            out += leftOutLine(.places, of: view)
        }

        let quotes = view.quotes
        if !quotes.isEmpty {
            out += heading("Quotes")
            for (index, quote) in quotes.enumerated() {
                if index > 0 { out.append("") }
                out += TextWrapper.wrap("“" + quote.text + "”", width: width, firstIndent: "  ", indent: "  ")
                let earlier = quote.novelty?.status == .reported ? quote.novelty?.firstReported.map { " (quoted since \($0.longDescription))" } ?? "" : ""
                let attribution = "— " + (quote.speaker ?? "speaker not stated") + " " + markers(quote.sources, in: view) + earlier
                out += TextWrapper.wrap(attribution, width: width, firstIndent: "    ", indent: "      ")
            }
            if let note = view.leftOutLine(.quotes) {
                out.append("")
                out += TextWrapper.wrap(note, width: width, firstIndent: "  ", indent: "  ")
            }
        }

        if !brief.openIssues.isEmpty {
            out += heading("Open issues")
            for issue in view.openIssues {
                let note = NoveltyWording.note(issue.novelty).map { " " + $0 } ?? ""
                out += TextWrapper.wrap(issue.text + " " + markers(issue.sources, in: view) + note, width: width, firstIndent: "- ", indent: "  ")
                // Figures side by side on one line; labelled sides (a sentence each) one a line.
                let figures = issue.sides.filter { $0.label == nil }
                if !figures.isEmpty {
                    let line = figures.map { $0.value + " " + markers($0.sources, in: view) }.joined(separator: " · ")
                    out += TextWrapper.wrap(line, width: width, firstIndent: "    ", indent: "    ")
                }
                for side in issue.sides where side.label != nil {
                    let text = RenderOptions.sideLabel(side) + ": " + side.value + " " + markers(side.sources, in: view)
                    out += TextWrapper.wrap(text, width: width, firstIndent: "    ", indent: "      ")
                }
            }
            out += leftOutLine(.openIssues, of: view)
        }

        if let resolved = brief.comparison?.resolvedIssues, !resolved.isEmpty {
            out += heading(NoveltyWording.resolvedHeading)
            for item in resolved {
                out += TextWrapper.wrap(item.issue.text, width: width, firstIndent: "- ", indent: "  ")
                out += TextWrapper.wrap(NoveltyWording.settled(item), width: width, firstIndent: "    ", indent: "    ")
            }
        }

        if let outlets = view.outlets {
            out += heading("Sources")
            out += TextWrapper.wrap(outlets.summary(articles: brief.sources.count), width: width)
            out.append("")
            let labelWidth = String(outlets.listed.count).count + 3
            for (index, outlet) in outlets.listed.enumerated() {
                let marker = "[\(index + 1)]"
                let label = marker + String(repeating: " ", count: labelWidth - marker.count)
                out += TextWrapper.wrap(OutletList.line(outlet), width: width, firstIndent: label, indent: String(repeating: " ", count: labelWidth))
            }
            for line in outlets.closingLines { out += TextWrapper.wrap(line, width: width) }
        } else if !brief.sources.isEmpty {
            out += heading("Sources")
            let labelWidth = String(brief.sources.count).count + 3
            for (index, source) in brief.sources.enumerated() {
                let marker = "[\(index + 1)]"
                let label = marker + String(repeating: " ", count: labelWidth - marker.count)
                let indent = String(repeating: " ", count: labelWidth)
                out += TextWrapper.wrap(source.title, width: width, firstIndent: label, indent: indent)
                if let byline = source.byline {
                    out += TextWrapper.wrap(byline, width: width, firstIndent: indent, indent: indent)
                }
                if let url = source.url {
                    out += TextWrapper.wrap(url, width: width, firstIndent: indent, indent: indent)
                }
            }
        }
        if let note = brief.leftOutNote {
            out += heading("Left out")
            out += TextWrapper.wrap(note, width: width)
            for source in brief.leftOut {
                let line = source.titleAndByline
                out += TextWrapper.wrap(line, width: width, firstIndent: "- ", indent: "  ")
            }
        }
        if let note = brief.otherStoriesNote {
            out += heading("Other stories")
            out += TextWrapper.wrap(note, width: width)
            for story in brief.otherStoriesListed {
                out += TextWrapper.wrap(story.line, width: width, firstIndent: "- ", indent: "  ")
                let (listed, more) = story.sourcesListed
                for source in listed {
                    let line = source.titleAndByline
                    out += TextWrapper.wrap(line, width: width, firstIndent: "  · ", indent: "    ")
                }
                if more > 0 { out += TextWrapper.wrap("and \(more) more", width: width, firstIndent: "  · ", indent: "    ") }
            }
        }
        return out.joined(separator: "\n") + "\n"
    }

    private func heading(_ title: String) -> [String] {
        ["", title.uppercased(), ""]
    }

    /// `[1][3]` for the sources' positions in the sources list (or their outlets'), bounded.
    private func markers(_ ids: [String], in view: BoundedBrief) -> String {
        view.credit(ids).text
    }

    /// The line under a section that leaves items out, after a blank line; none otherwise.
    private func leftOutLine(_ section: BoundedBrief.Section, of view: BoundedBrief) -> [String] {
        guard let line = view.leftOutLine(section) else { return [] }
        return [""] + TextWrapper.wrap(line, width: width)
    }
}

private extension String {
    /// "upcoming" -> "Upcoming".
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}

import BriefKit
import BriefXML
import Foundation
import Testing

/// A brief stays a brief at any size: each section of the text, HTML and DocBook briefs shows
/// a bounded number of items with a line saying how many were left out, sources are grouped by
/// outlet once there are many, and every item's markers are bounded.
@Suite struct BoundedSectionsTests {
    /// A brief of `sources` articles from `outlets` outlets (the first outlet with the most,
    /// the last article naming none) with 100 items in every section, each credited to every
    /// article.
    static func largeBrief(sources count: Int, outlets: Int = 25) -> Brief {
        let sources = (0..<count).map { index in
            let outlet = index == count - 1 ? nil : "Outlet \(index % outlets == 0 || index % 7 == 0 ? 0 : index % outlets)"
            return Source(
                id: "a\(index)", title: "Article \(index)", path: "a\(index).txt",
                metadata: SourceMetadata(outlet: outlet, published: BriefDate("2025-03-05")))
        }
        let ids = sources.map(\.id)
        let date = BriefDate("2025-03-05")!
        return Brief(
            title: "A big day", date: date, sources: sources,
            keyPoints: (0..<10).map { KeyPoint(text: "Point \($0).", sources: ids, score: 1) },
            agenda: (0..<100).map { AgendaItem(date: date, when: "today", text: "Event \($0).", sources: ids) },
            actors: (0..<100).map { Actor(name: "Person \($0)", kind: .person, role: nil, aliases: [], mentions: 3, sources: ids) }
                + (0..<100).map { Actor(name: "Place \($0)", kind: .place, role: nil, aliases: [], mentions: 2, sources: ids) },
            quotes: (0..<100).map { Quote(text: "Words \($0).", speaker: "Person \($0)", sources: ids) },
            openIssues: (0..<100).map { OpenIssue(text: "Question \($0)?", sources: ids) })
    }

    @Test func eachSectionShowsItsLimitAndSaysHowManyWereLeftOut() {
        let text = PlainTextRenderer().render(Self.largeBrief(sources: 2_000))
        let defaults = SectionLimits()
        #expect(text.components(separatedBy: "Event ").count - 1 == defaults.agenda)
        #expect(text.components(separatedBy: "- Person ").count - 1 == defaults.actors)
        #expect(text.components(separatedBy: "- Place ").count - 1 == defaults.places)
        #expect(text.components(separatedBy: "“Words ").count - 1 == defaults.quotes)
        #expect(text.components(separatedBy: "Question ").count - 1 == defaults.openIssues)
        for line in [
            "Showing the first 12 of 100 agenda items", "Showing the first 20 of 100 people and organisations",
            "Showing the first 10 of 100 places", "Showing the 8 best-ranked of 100 quotes", "Showing the first 10 of 100 open issues",
        ] {
            #expect(text.replacingOccurrences(of: "\n", with: " ").contains(line), "missing: \(line)")
        }
    }

    @Test func manySourcesAreGroupedByOutletWithCountsAndMarkersPointAtOutlets() {
        let brief = Self.largeBrief(sources: 2_000)
        let text = PlainTextRenderer().render(brief)
        let outlet0 = brief.sources.count { $0.outlet == "Outlet 0" }
        #expect(text.contains("2000 articles from 25 outlets"))
        #expect(text.contains("[1]  Outlet 0 (\(outlet0) articles)"))
        #expect(text.contains("1 article names no outlet"))
        #expect(!text.contains("Article 17"), "articles are not listed one by one")
        // Every item is credited to all 25 outlets: 8 markers, the other 17 counted.
        #expect(text.contains("Point 0. [1][2][3][4][5][6][7][8] +17 more · 2000 articles"))

        let limited = PlainTextRenderer(limits: SectionLimits(sources: 5)).render(brief)
        #expect(limited.contains("the 5 with the most articles are listed"))
        #expect(limited.contains("and 20 more outlets ("))
        #expect(limited.contains("Point 0. [1][2][3][4][5] +20 more · 2000 articles"))
    }

    @Test func aFewSourcesAreListedOneByOneWithBoundedMarkers() {
        let text = PlainTextRenderer(limits: SectionLimits(citations: 3)).render(Self.largeBrief(sources: 30))
        #expect(text.contains("[30] Article 29"))
        #expect(text.contains("Point 0. [1][2][3] +27 more\n"))
    }

    @Test func theRenderedBriefDoesNotGrowWithTheCorpus() {
        for renderer in [PlainTextRenderer() as any BriefRenderer, HTMLRenderer(), DocBookRenderer()] {
            let small = renderer.render(Self.largeBrief(sources: 1_000)).utf8.count
            let large = renderer.render(Self.largeBrief(sources: 20_000)).utf8.count
            // Only the counts' digits grow.
            #expect(Double(large) < Double(small) * 1.05, "\(renderer.format): \(small) -> \(large) bytes")
        }
    }

    @Test func htmlMarkersLinkToTheOutletList() {
        let html = HTMLRenderer().render(Self.largeBrief(sources: 500))
        #expect(html.contains(#"<li id="src-1""#) && html.contains("Outlet 0 ("))
        #expect(html.contains(##"<a href="#src-8" title="Outlet "##))
        #expect(!html.contains(##"href="#src-9""##))
        #expect(html.contains("+17 more · 500 articles"))
    }

    @Test(.enabled(if: DocBookRendererTests.schema != nil))
    func aGroupedBriefIsValidDocBook() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/large.xml"
        try DocBookRenderer().render(Self.largeBrief(sources: 500)).write(toFile: path, atomically: true, encoding: .utf8)
        #expect(try RelaxNGValidator.errors(documentAt: path, schemaAt: DocBookRendererTests.schema!) == [])
    }

    @Test func limitsReadFromTheCommandLine() throws {
        var limits = SectionLimits()
        try limits.apply("actors=30")
        try limits.apply("open-issues = 0")
        #expect(limits.actors == 30 && limits.openIssues == 0)
        #expect(throws: BriefError.self) { try limits.apply("bogus=3") }
        #expect(throws: BriefError.self) { try limits.apply("sources=0") }
        #expect(throws: BriefError.self) { try limits.apply("actors") }
    }
}

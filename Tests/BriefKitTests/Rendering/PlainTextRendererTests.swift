import BriefKit
import Foundation
import Testing

@Suite struct PlainTextRendererTests {
    static let brief = Brief(
        title: "Council approves flood budget",
        date: BriefDate("2025-03-05")!,
        sources: [Source(id: "a", title: "Alpha headline", path: "a.txt"), Source(id: "b", title: "b", path: "b.txt")],
        keyPoints: [
            KeyPoint(
                text: "The city council approved a flood defence budget of 40 million pounds on Monday after a long and heated debate.",
                sources: ["b", "a"], score: 0.9),
            KeyPoint(text: "Building starts in spring.", sources: ["b"], score: 0.5),
        ]
    )

    @Test func wrapsAtTheWidthWithHangingIndent() {
        for width in [40, 72, 100] {
            let text = PlainTextRenderer(width: width).render(Self.brief)
            for line in text.split(separator: "\n") {
                #expect(line.count <= width, "line over \(width): \(line)")
            }
        }
        let text = PlainTextRenderer(width: 40).render(Self.brief)
        #expect(text.contains("\n1. The city council approved a flood\n   defence budget of 40 million pounds\n"))
    }

    @Test func titleBlockMarkersAndSources() {
        let text = PlainTextRenderer().render(Self.brief)
        #expect(text.hasPrefix("Council approves flood budget\nWednesday 5 March 2025 · 2 sources, none dated\n"))
        #expect(text.contains("on Monday after a long and heated debate. [1][2]\n"))
        // Titles, never ids or paths.
        #expect(text.contains("[1] Alpha headline\n[2] b\n"))
        #expect(!text.contains("a.txt") && !text.contains("b.txt"))
    }

    @Test func undatedSourcesAreCountedAndLeftOutOnesListed() {
        var brief = Self.brief
        brief.sources[0].published = BriefDate("2025-03-04")
        brief.sources[0].outlet = "The Courier"
        brief.window = SourceWindow(days: 2, endingOn: brief.date)
        brief.leftOut = [
            Source(id: "old", title: "Last year's budget", path: "old.txt", metadata: SourceMetadata(outlet: "Gazette", published: BriefDate("2024-03-01")))
        ]
        brief.leftOutCount = 3
        let text = PlainTextRenderer().render(brief)
        #expect(text.contains("Wednesday 5 March 2025 · 2 sources, 1 undated\n"))
        #expect(text.contains("[1] Alpha headline\n    The Courier · 2025-03-04\n"))
        #expect(
            text.hasSuffix(
                "LEFT OUT\n\n3 sources published before Monday 3 March 2025 were left out (the newest\n1 listed):\n"
                    + "- Last year's budget (Gazette · 2024-03-01)\n"))
        let html = HTMLRenderer().render(brief)
        #expect(html.contains("3 sources published before Monday 3 March 2025 were left out (the newest 1 listed):"))
        #expect(!html.contains("old.txt") && !html.contains("a.txt"))
        let docbook = DocBookRenderer().render(brief)
        #expect(docbook.contains("<citetitle>Last year's budget</citetitle>, Gazette · 2024-03-01"))
        #expect(!docbook.contains("a.txt"))
        let decoded = try? JSONBriefDecoder.decode(Data(JSONRenderer().render(brief).utf8))
        #expect(decoded == brief)
        #expect(text.hasSuffix("\n") && !text.hasSuffix("\n\n"))
    }

    @Test func emptySectionsAreOmitted() {
        let text = PlainTextRenderer().render(Self.brief)
        for heading in ["AGENDA", "ACTORS", "QUOTES", "OPEN ISSUES"] {
            #expect(!text.contains(heading))
        }
        var empty = Self.brief
        empty.keyPoints = []
        #expect(!PlainTextRenderer().render(empty).contains("KEY POINTS"))
    }

    @Test func aWordLongerThanTheLineStandsAlone() {
        let url = "https://example.org/" + String(repeating: "x", count: 60)
        #expect(TextWrapper.wrap("see \(url) now", width: 30) == ["see", url, "now"])
    }
}

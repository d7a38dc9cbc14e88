import BriefKit
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
        #expect(text.hasPrefix("Council approves flood budget\nWednesday 5 March 2025 · 2 sources\n"))
        #expect(text.contains("on Monday after a long and heated debate. [1][2]\n"))
        #expect(text.contains("[1] a\n    Alpha headline\n[2] b\n"))
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

import BriefKit
import Foundation
import Testing

@Suite struct JSONRendererTests {
    @Test func keysInTheDocumentedOrderAndArraysAlwaysPresent() throws {
        let json = JSONRenderer().render(PlainTextRendererTests.brief)
        let keys = ["\"schema\"", "\"title\"", "\"date\"", "\"sources\"", "\"keyPoints\"", "\"agenda\"", "\"actors\"", "\"quotes\"", "\"openIssues\""]
        let positions = try keys.map { key in try #require(json.range(of: "  " + key + ":")?.lowerBound, "missing \(key)") }
        #expect(positions == positions.sorted())
        #expect(json.contains("\"schema\": \"brief/1\""))
        #expect(json.contains("\"agenda\": [],"))
        #expect(json.contains("\"openIssues\": []\n}"))
        #expect(json.contains("{\n      \"text\": \"Building starts in spring.\",\n      \"sources\": [\n        \"b\"\n      ],\n      \"score\": 0.5\n    }"))
    }

    @Test func escapesEverythingJSONRequires() throws {
        var brief = PlainTextRendererTests.brief
        brief.title = "Quote \" backslash \\ newline \n tab \t nul \u{0} line sep \u{2028} </script> é"
        let json = JSONRenderer().render(brief)
        #expect(json.contains(#""title": "Quote \" backslash \\ newline \n tab \t nul \u0000 line sep \u2028 </script> é""#))
        let parsed = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        #expect(parsed?["title"] as? String == brief.title)
    }

    @Test func roundTripsThroughTheDecoder() throws {
        let brief = Brief(
            title: "T", date: BriefDate("2025-03-05")!, sources: [Source(id: "a", title: "A", path: "a.txt")],
            keyPoints: [KeyPoint(text: "One fact.", sources: ["a"], score: 0.1234)],
            agenda: [AgendaItem(date: BriefDate("2025-03-06"), when: "on Thursday", text: "Talks.", sources: ["a"]),
                     AgendaItem(date: nil, when: "soon", text: "Vote.", sources: ["a"])],
            actors: [Actor(name: "John Healey", kind: .person, role: "Defence Secretary", aliases: ["Healey"], mentions: 3, sources: ["a"])],
            quotes: [Quote(text: "We will.", speaker: nil, sources: ["a"])],
            openIssues: [OpenIssue(text: "Who pays?", sources: ["a"])]
        )
        let decoded = try JSONBriefDecoder.decode(Data(JSONRenderer().render(brief).utf8))
        #expect(decoded == brief)
    }

    @Test func scoresPrintShortAndStable() {
        #expect(JSONValue.double(1).serialized() == "1")
        #expect(JSONValue.double(0.1234).serialized() == "0.1234")
        #expect(JSONValue.double(.nan).serialized() == "null")
    }
}

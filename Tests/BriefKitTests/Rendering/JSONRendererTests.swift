import Foundation
import Testing

@testable import BriefKit

@Suite struct JSONRendererTests {
    @Test func keysInTheDocumentedOrderAndArraysAlwaysPresent() throws {
        let json = JSONRenderer().render(PlainTextRendererTests.brief)
        let keys = [
            "\"schema\"", "\"title\"", "\"date\"", "\"sources\"", "\"keyPoints\"", "\"agenda\"", "\"actors\"", "\"quotes\"", "\"openIssues\"", "\"window\"",
            "\"leftOut\"", "\"leftOutCount\"", "\"otherStories\"", "\"comparison\"", "\"alsoReported\"",
        ]
        let positions = try keys.map { key in try #require(json.range(of: "  " + key + ":")?.lowerBound, "missing \(key)") }
        #expect(positions == positions.sorted())
        #expect(json.contains("\"schema\": \"brief/2\""))
        #expect(json.contains("\"agenda\": [],"))
        #expect(
            json.contains(
                "\"openIssues\": [],\n  \"window\": null,\n  \"leftOut\": [],\n  \"leftOutCount\": 0,\n  \"otherStories\": [],\n  \"comparison\": null,\n  \"alsoReported\": []\n}"
            ))
        #expect(
            json.contains(
                "{\n      \"text\": \"Building starts in spring.\",\n      \"sources\": [\n        \"b\"\n      ],\n      \"score\": 0.5,\n      \"provenance\": [],\n      \"novelty\": null,\n      \"resolutions\": []\n    }"
            ))
    }

    @Test func escapesEverythingJSONRequires() throws {
        var brief = PlainTextRendererTests.brief
        brief.title = "Quote \" backslash \\ newline \n tab \t nul \u{0} line sep \u{2028} </script> é"
        let json = JSONRenderer().render(brief)
        #expect(json.contains(#""title": "Quote \" backslash \\ newline \n tab \t nul \u0000 line sep \u2028 </script> é""#))
        let parsed = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        #expect(parsed?["title"] as? String == brief.title)
    }

    /// A brief with every field of every section filled in, provenance included.
    static let fullBrief: Brief = {
        let ref = SentenceRef(source: "a", paragraph: 1, sentence: 3, start: 12, end: 80)
        let other = SentenceRef(source: "b", paragraph: 0, sentence: 0, start: 0, end: 41)
        var brief = Brief(
            title: "T", date: BriefDate("2025-03-05")!,
            sources: [
                Source(id: "a", title: "A", path: "a.txt"),
                Source(
                    id: "b", title: "B", path: "b.html",
                    metadata: SourceMetadata(outlet: "The Paper", url: "https://example.com/b", published: BriefDate("2025-03-04"))),
            ],
            keyPoints: [
                KeyPoint(
                    text: "He [John Healey] said one fact.", sources: ["a", "b"], score: 0.1234, provenance: [ref, other],
                    novelty: Novelty(
                        status: .updated, firstReported: BriefDate("2025-03-01"), previousValue: "3", previousDate: BriefDate("2025-03-02"),
                        previousText: "Three said."),
                    resolutions: [Resolution(word: "He", referent: "John Healey")])
            ],
            agenda: [
                AgendaItem(
                    date: BriefDate("2025-03-06"), when: "on Thursday", text: "Talks.", sources: ["a"], provenance: [ref],
                    location: "in Washington", participants: ["John Healey", "Pete Hegseth"]),
                AgendaItem(date: nil, when: "soon", text: "Vote.", sources: ["a"]),
            ],
            actors: [
                Actor(
                    name: "John Healey", kind: .person, role: "Defence Secretary", aliases: ["Healey"], mentions: 3,
                    sources: ["a"], provenance: [ref])
            ],
            quotes: [
                Quote(text: "We will.", speaker: nil, sources: ["a"]),
                Quote(
                    text: "No deal.", speaker: "a Downing Street spokesperson", speakerKind: .description, cue: "said",
                    sources: ["a", "b"], provenance: [ref, other],
                    occurrences: [
                        .init(
                            source: "a", content: [.init(paragraph: 1, start: 1, end: 9), .init(paragraph: 2, start: 1, end: 4)],
                            cue: .init(paragraph: 2, start: 40, end: 44), speaker: .init(paragraph: 2, start: 12, end: 39)),
                        .init(source: "b", content: [.init(paragraph: 0, start: 5, end: 13)]),
                    ]),
            ],
            openIssues: [
                OpenIssue(text: "Who pays?", sources: ["a"], provenance: [ref]),
                OpenIssue(
                    kind: .disagreement, text: "Deaths: 3 (a) · 4 (b)",
                    sides: [.init(value: "3", sources: ["a"], provenance: [ref]), .init(value: "4", sources: ["b"])],
                    sources: ["a", "b"], provenance: [ref, other]),
                OpenIssue(
                    kind: .disagreement, text: "Reported, then denied: a deal",
                    sides: [.init(label: "reported", value: "A deal.", sources: ["a"]), .init(label: "denied", value: "No deal.", sources: ["b"])],
                    sources: ["a", "b"], provenance: [ref, other]),
            ],
            window: SourceWindow(since: BriefDate("2025-03-03")!, until: BriefDate("2025-03-05")!),
            leftOut: [
                Source(
                    id: "old", title: "Old", path: "old.txt",
                    metadata: SourceMetadata(outlet: "The Gazette", published: BriefDate("2024-12-30")))
            ],
            leftOutCount: 4
        )
        brief.quotes[0].novelty = Novelty(status: .reported, firstReported: BriefDate("2025-03-01"), previousDate: BriefDate("2025-03-02"))
        brief.agenda[0].novelty = .new
        brief.openIssues[0].novelty = Novelty(status: .reported, firstReported: BriefDate("2025-03-02"))
        brief.alsoReported = ["Another fact the sources reported."]
        brief.comparison = ArchiveComparison(
            comparedDays: [BriefDate("2025-03-01")!, BriefDate("2025-03-02")!],
            passedAgenda: [AgendaItem(date: BriefDate("2025-03-03"), when: "on Monday", text: "A visit.", sources: ["x"])],
            resolvedIssues: [.init(issue: OpenIssue(text: "Who decides?", sources: ["x"]), listed: BriefDate("2025-03-02")!, settledBy: "Settled.")],
            reportedPointsLeftOut: 2)
        return brief
    }()

    @Test func roundTripsEveryFieldThroughTheDecoder() throws {
        let json = JSONRenderer().render(Self.fullBrief)
        let decoded = try JSONBriefDecoder.decode(Data(json.utf8))
        #expect(decoded == Self.fullBrief)
        #expect(JSONRenderer().render(decoded) == json)
        // Nothing of the model is left out: locations, participants, sides, speakers' kinds, spans.
        for field in [
            "\"location\": \"in Washington\"", "\"participants\": [", "\"sides\": [", "\"speakerKind\": \"description\"",
            "\"cue\": \"said\"", "\"firstReported\": \"2025-03-01\"", "\"status\": \"updated\"", "\"previousValue\": \"3\"",
            "\"comparedDays\": [", "\"alsoReported\": [", "\"settledBy\": \"Settled.\"", "\"start\": 12", "\"end\": 80", "\"kind\": \"disagreement\"",
            "\"label\": \"denied\"", "\"resolutions\": [", "\"referent\": \"John Healey\"",
        ] {
            #expect(json.contains(field), "missing \(field)")
        }
    }

    @Test func aBriefWrittenBeforeResolutionsAndSideLabelsStillReads() throws {
        // The archive holds brief/2 files written before items kept resolutions and sides kept
        // labels and provenance: they read with none.
        var json = JSONRenderer().render(Self.fullBrief)
        for field in [#/,\n\s*"resolutions": \[\]/#, #/,\n\s*"resolutions": \[[^\]]*\]/#] { json.replace(field, with: "") }
        json.replace(#/\n\s*"label": ("[a-z]+"|null),/#, with: "")
        #expect(!json.contains("\"resolutions\"") && !json.contains("\"label\""))
        let decoded = try JSONBriefDecoder.decode(Data(json.utf8))
        #expect(decoded.keyPoints.map(\.resolutions) == [[]])
        #expect(decoded.openIssues.last?.sides.map(\.label) == [nil, nil])
        #expect(decoded.openIssues.last?.sides.map(\.value) == ["A deal.", "No deal."])
    }

    @Test func theRealSeedBriefRoundTrips() throws {
        let brief = try BriefBuilder().build(documents: TestSupport.seedDocuments(), date: BriefDate("2025-03-05")!)
        #expect(!brief.agenda.allSatisfy { $0.location == nil && $0.participants.isEmpty })
        #expect(brief.keyPoints.allSatisfy { !$0.provenance.isEmpty })
        let json = JSONRenderer().render(brief)
        let decoded = try JSONBriefDecoder.decode(Data(json.utf8))
        #expect(decoded == brief)
        #expect(JSONRenderer().render(decoded) == json)
    }

    @Test func provenanceSpansPointAtTheSentenceInItsParagraph() throws {
        let documents = try TestSupport.seedDocuments()
        let brief = try BriefBuilder().build(documents: documents, date: BriefDate("2025-03-05")!)
        let byID = Dictionary(uniqueKeysWithValues: documents.map { ($0.id, $0) })
        for point in brief.keyPoints {
            let ref = try #require(point.provenance.first)
            let paragraph = Array(try #require(byID[ref.source]).paragraphs[ref.paragraph].unicodeScalars)
            var shown = String.UnicodeScalarView()
            shown.append(contentsOf: paragraph[ref.start..<ref.end])
            #expect(String(shown) == Resolution.sourceText(of: point.text, point.resolutions))
        }
    }

    @Test func everySentenceSpanOfTheCorpusGivesBackItsSentence() throws {
        // Seeds (curly quotes, dashes) and a paragraph of other scripts and combining marks.
        let documents =
            try TestSupport.seedDocuments()
            + TestSupport.documents([
                ("scripts", "Headline here\n\nCafé\u{301} owners met in Zürich. Москва ответила «нет». 東京 said yes 💥. Done.")
            ])
        let corpus = SegmentedCorpus(documents: documents)
        #expect(corpus.sentences.count > 100)
        for sentence in corpus.sentences {
            let paragraph = Array(documents[sentence.documentIndex].paragraphs[sentence.ref.paragraph].unicodeScalars)
            var shown = String.UnicodeScalarView()
            shown.append(contentsOf: paragraph[sentence.ref.start..<sentence.ref.end])
            #expect(String(shown) == sentence.text)
        }
    }

    @Test func readsABrief1FileFromAnOlderArchive() throws {
        let path = TestSupport.packageRoot + "/Tests/BriefKitTests/Fixtures/brief1/seeds.json"
        let data = try #require(FileManager.default.contents(atPath: path))
        let brief = try JSONBriefDecoder.decode(data)
        #expect(brief.title == "Defence secretary John Healey heads to Washington")
        #expect(brief.date == BriefDate("2025-03-05"))
        #expect(brief.sources.count == 5 && brief.keyPoints.count == 10)
        #expect(brief.actors.first?.name == "John Healey")
        #expect(brief.openIssues.contains { $0.kind == .disagreement } == brief.openIssues.contains { $0.text.hasPrefix("Sources disagree") })
        // Read back, it is written in the current schema.
        #expect(JSONRenderer().render(brief).contains("\"schema\": \"brief/2\""))
    }

    @Test func anUnknownSchemaIsRefusedByName() {
        let data = Data(#"{"schema": "brief/9", "title": "x"}"#.utf8)
        #expect(throws: BriefError.self) { try JSONBriefDecoder.decode(data) }
        do { _ = try JSONBriefDecoder.decode(data) } catch { #expect("\(error)".contains("brief/9")) }
    }

    @Test func scoresPrintShortAndStable() {
        #expect(JSONValue.double(1).serialized() == "1")
        #expect(JSONValue.double(0.1234).serialized() == "0.1234")
        #expect(JSONValue.double(.nan).serialized() == "null")
    }
}

@Suite struct JSONStringEscapingTests {
    /// The fast path (a string copied whole) is taken exactly when the scalar-by-scalar
    /// escaping would change nothing.
    @Test func theFastPathAgreesWithTheEscaper() {
        let samples = [
            "plain", "’curly’ and “quotes”", "é 💥", "a\"b", "back\\slash", "tab\t", "nul\u{0}", "del\u{7F}",
            "line\u{2028}sep", "para\u{2029}sep", "near \u{2027} miss", "\u{E000}", "€ sign", "",
        ]
        for sample in samples {
            var escaped = ""
            for scalar in sample.unicodeScalars {
                switch scalar {
                case "\"", "\\", "\u{2028}", "\u{2029}", "\u{00}"..."\u{1F}", "\u{7F}": escaped += "?"
                default: escaped.unicodeScalars.append(scalar)
                }
            }
            #expect(JSONValue.needsEscaping(sample) == (escaped != sample), "\(sample.debugDescription)")
        }
    }
}

@Suite struct JSONValueEncoderTests {
    /// Writing from the encoder's own tree gives the bytes of the JSON value it makes.
    @Test func serializingDirectlyMatchesTheValue() throws {
        let encoder = JSONValueEncoder()
        let briefs = [JSONRendererTests.fullBrief, PlainTextRendererTests.brief]
        for brief in briefs {
            #expect(try encoder.serialize(brief) == encoder.encode(brief).serialized())
        }
        let odd: [String: [Int?]] = ["a": [1, nil, -42, Int.min, Int.max], "empty": []]
        #expect(try encoder.serialize(odd) == encoder.encode(odd).serialized())
        #expect(try encoder.serialize([-0.5, 1e300, 3]) == "[\n  -0.5,\n  1e+300,\n  3\n]")
    }

    /// A nested value sees the keys and indices that lead to it, as with any encoder.
    @Test func codingPathsNameTheWayIn() throws {
        struct Recorder: Encodable {
            final class Paths: @unchecked Sendable { var seen: [String] = [] }
            let paths: Paths
            func encode(to encoder: any Encoder) throws {
                paths.seen.append(encoder.codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: "/"))
                var container = encoder.singleValueContainer()
                try container.encode("x")
            }
        }
        struct Outer: Encodable {
            var items: [Recorder]
            var one: Recorder
        }
        let paths = Recorder.Paths()
        let json = try JSONValueEncoder().serialize(Outer(items: [Recorder(paths: paths), Recorder(paths: paths)], one: Recorder(paths: paths)))
        #expect(paths.seen == ["items/0", "items/1", "one"])
        #expect(json == "{\n  \"items\": [\n    \"x\",\n    \"x\"\n  ],\n  \"one\": \"x\"\n}")
    }
}

import Testing

@testable import BriefKit

/// A corpus built from planted facts, so the right brief is known by construction: five
/// outlets on one storm, each carrying some of six facts in one of their wordings (verbatim,
/// lightly edited as wire copy is, or reworded), a death toll they disagree on, and a line of
/// their own. Each fact must be one key point, credited to the outlets that carry it; the toll
/// one disagreement with its three sides.
@Suite struct PlantedFactCorpusTests {
    /// A fact: the word that tells it apart and its wordings.
    struct Fact {
        var marker: String
        var wordings: [String]
    }

    static let facts = [
        Fact(
            marker: "harbour",
            wordings: [
                "The port authority closed the northern harbour after the storm surge flooded the docks.",
                "The port authority shut the northern harbour after the storm surge flooded the docks on the east side.",
                "After a storm surge flooded its docks, the northern harbour was closed by the port authority.",
            ]),
        Fact(
            marker: "40,000 homes",
            wordings: [
                "Electricity was cut to 40,000 homes across the coastal province overnight.",
                "Power was cut to 40,000 homes across the coastal province overnight, the grid operator said.",
            ]),
        Fact(
            marker: "state of emergency",
            wordings: [
                "Governor Lena Park declared a state of emergency for the coastal province on Tuesday.",
                "Governor Lena Park declared a state of emergency for the whole coastal province on Tuesday.",
            ]),
        Fact(
            marker: "second storm",
            wordings: ["The national weather agency warned that a second storm could reach the coast by the weekend."]),
        Fact(
            marker: "Rescue teams",
            wordings: ["Rescue teams from three neighbouring countries arrived at the airport with boats and medical supplies."]),
        Fact(
            marker: "Schools",
            wordings: ["Schools in the provincial capital will stay closed until Monday, the education ministry said."]),
    ]

    /// Which wording of each fact every outlet carries (nil: it does not carry the fact), and
    /// the death toll it gives.
    static let outlets: [(id: String, wordings: [Int?], dead: String, own: String)] = [
        ("o1", [0, 0, 0, 0, nil, nil], "3", "Traders at the fish market counted their losses among broken crates."),
        ("o2", [1, 1, 0, nil, 0, nil], "3", "A local choir postponed its autumn concert at the cathedral."),
        ("o3", [0, nil, 1, 0, nil, 0], "4", "Insurers expect claims to take months to settle for farmers inland."),
        ("o4", [1, 0, nil, nil, 0, 0], "four", "Volunteers handed out blankets and soup outside the central station."),
        ("o5", [2, 1, 1, 0, 0, nil], "seven", "Photographs showed fallen trees blocking the mountain road north."),
    ]

    static func corpus() -> [(String, String)] {
        outlets.map { outlet in
            var lines = ["The storm killed \(outlet.dead) people in the coastal province, officials said on Wednesday."]
            for (fact, wording) in zip(facts, outlet.wordings) {
                if let wording { lines.append(fact.wordings[wording]) }
            }
            lines.append(outlet.own)
            return (outlet.id, lines.joined(separator: "\n"))
        }
    }

    static func brief() throws -> Brief {
        try BriefBuilder().build(documents: TestSupport.documents(corpus()), date: BriefDate("2025-10-22")!)
    }

    @Test func everyFactIsOneKeyPointCreditedToItsOutlets() throws {
        let points = try Self.brief().keyPoints
        for (index, fact) in Self.facts.enumerated() {
            let telling = points.filter { $0.text.contains(fact.marker) }
            #expect(telling.count == 1, "\(fact.marker): \(telling.map(\.text))")
            let carriers = Self.outlets.filter { $0.wordings[index] != nil }.map(\.id)
            #expect(telling.first?.sources == carriers, "\(fact.marker)")
        }
        // An outlet's own line is its own.
        for outlet in Self.outlets {
            #expect(points.first { $0.text == outlet.own }.map { $0.sources == [outlet.id] } ?? true)
        }
    }

    @Test func theDeathTollIsOneDisagreementAndItsKeyPointCreditsOnlyItsSide() throws {
        let brief = try Self.brief()
        let dead = try #require(brief.openIssues.first { $0.text == "Sources disagree on the figures for the dead" })
        #expect(dead.sides.map(\.value) == ["3", "4, four", "seven"])
        #expect(dead.sides.map(\.sources) == [["o1", "o2"], ["o3", "o4"], ["o5"]])
        #expect(brief.openIssues.filter { $0.kind == .disagreement }.count == 1)
        for point in brief.keyPoints where point.text.hasPrefix("The storm killed") {
            let side = try #require(dead.sides.first { $0.sources.contains(point.sources[0]) })
            #expect(point.sources.allSatisfy(side.sources.contains), "\(point.text) \(point.sources)")
        }
    }
}

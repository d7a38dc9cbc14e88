import Foundation
import Testing

@testable import BriefKit

@Suite struct FactEvaluationTests {
    static func gold(_ name: String) throws -> FactEvaluation.Gold {
        let path = TestSupport.packageRoot + "/Tests/BriefKitTests/Fixtures/fact-gold/" + name
        return try JSONDecoder().decode(FactEvaluation.Gold.self, from: try #require(FileManager.default.contents(atPath: path)))
    }

    @Test func theScorerCountsCoverageRepeatsDanglingAndDisagreements() throws {
        let gold = FactEvaluation.Gold(
            name: "t", corpus: .init(root: "project", path: "x"), date: "2025-03-05", howMade: "by hand",
            facts: [.init(id: "vote", text: "", match: [["vote"]]), .init(id: "strike", text: "", match: [["strike"], ["port", "dock"]])],
            disagreements: [.init(id: "toll", text: "", match: [["the dead"]])],
            mustNotAppear: [.init(text: "commentary", phrases: ["pivotal"])])
        let brief = Brief(
            title: "T", date: BriefDate("2025-03-05")!, sources: [],
            keyPoints: [
                KeyPoint(text: "The union will vote on Thursday.", sources: [], score: 1),
                KeyPoint(text: "Members vote again next week.", sources: [], score: 1),
                KeyPoint(text: "However, the strike at the port goes on.", sources: [], score: 1),
            ],
            openIssues: [
                OpenIssue(kind: .disagreement, text: "Sources disagree on the figures for the dead", sources: []),
                OpenIssue(kind: .disagreement, text: "Sources disagree on the figures for flights", sources: []),
                OpenIssue(text: "The coming days could prove pivotal.", sources: []),
            ])
        let result = FactEvaluation().score(brief, against: gold)
        #expect(result.covered == 2 && result.facts == 2)
        #expect(result.repeated == 1)
        #expect(result.cannotStandAlone == 1)
        #expect(result.disagreementsFound == 1 && result.falseDisagreements == 1)
        #expect(result.mustNot == 1)
    }

    /// The seed brief read against its hand-made gold: both contradictions found as one
    /// disagreement each, none invented, nothing forbidden, no fact said twice in other words.
    @Test func theSeedBriefAgainstItsGold() throws {
        let gold = try Self.gold("seeds.json")
        let brief = try BriefBuilder().build(documents: TestSupport.seedDocuments(), date: BriefDate(gold.date)!)
        let result = FactEvaluation().score(brief, against: gold)
        #expect(result.disagreementsFound == 2 && result.falseDisagreements == 0, "\(result.details)")
        #expect(result.mustNot == 0, "\(result.details)")
        #expect(result.covered >= 9, "\(result.details)")
        #expect(result.repeated <= 1, "\(result.details)")
        #expect(brief.keyPoints.allSatisfy { !FactEvaluation.cannotStandAlone($0.text, resolutions: $0.resolutions) })
    }
}

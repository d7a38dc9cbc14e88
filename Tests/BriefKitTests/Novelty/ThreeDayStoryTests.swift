import Foundation
import Testing

@testable import BriefKit

/// A story told over three days, with every mark known by construction: a bridge collapses
/// (day 1: three dead, a minister's visit on Wednesday, an open question on inspections);
/// day 2 retells the collapse, the toll rises to seven, corrosion is found, the visit has
/// passed and an inquiry is set; day 3 settles the inspection question. A football final
/// briefed into the same archive is another subject, and never compared.
@Suite struct ThreeDayStoryTests {
    static let day1 = BriefDate("2025-03-31")!  // a Monday
    static let day2 = BriefDate("2025-04-03")!
    static let day3 = BriefDate("2025-04-05")!

    static let collapse = "The Dunmore river bridge collapsed on Monday morning during the rush hour, trapping dozens of cars."
    static let question = "It is unclear whether the Dunmore bridge had been inspected by engineers since 2019."
    static let quote = "“We will find out why this bridge failed,” transport minister Ada Park said."

    static let dayOne: [(String, String)] = [
        (
            "courier-1",
            """
            Dunmore bridge collapses
            \(collapse)
            Three people were killed when the Dunmore bridge collapsed, police said.
            Transport minister Ada Park will visit the collapsed bridge on Wednesday.
            \(quote)
            \(question)
            """
        ),
        (
            "gazette-1",
            """
            Bridge falls into the Dunmore river
            The Dunmore river bridge collapsed on Monday morning during the rush hour, trapping dozens of cars on the deck.
            The minister said the government would pay for a new crossing.
            Three people were killed when the Dunmore bridge collapsed, police said on Monday.
            \(quote)
            Rescue teams searched the river for survivors through the night.
            """
        ),
    ]

    static let dayTwo: [(String, String)] = [
        (
            "courier-2",
            """
            Dunmore toll rises
            Seven people have now died in the Dunmore bridge collapse, police said.
            Engineers found severe corrosion in the main steel cables of the Dunmore bridge.
            \(collapse)
            A public inquiry into the Dunmore bridge collapse will open on Friday.
            \(question)
            """
        ),
        (
            "gazette-2",
            """
            Corrosion found in Dunmore bridge cables
            Engineers found severe corrosion in the main steel cables of the Dunmore bridge, the council said.
            Seven people have now died in the Dunmore bridge collapse, police said on Thursday.
            \(quote)
            \(collapse)
            """
        ),
    ]

    static let dayThree: [(String, String)] = [
        (
            "courier-3",
            """
            Dunmore bridge was never inspected
            The Dunmore bridge had not been inspected by engineers since 2019, the council confirmed.
            Divers finished their search on Saturday, the council said.
            \(collapse)
            """
        ),
        (
            "gazette-3",
            """
            Council admits Dunmore bridge missed inspections
            The Dunmore bridge had not been inspected by engineers since 2019, the council confirmed on Saturday.
            Divers finished their search on Saturday.
            """
        ),
    ]

    static let football: [(String, String)] = [
        (
            "sport-1",
            """
            Harriers win the cup final
            Westport Harriers won the county cup final three goals to one at Lansdowne Park.
            Striker Joe Malley scored twice in the second half for the Harriers.
            Three people were hurt in a crush at the gates before kick-off, stewards said.
            """
        ),
        (
            "sport-2",
            """
            Cup glory for Westport
            Westport Harriers beat Kilbride Rovers three goals to one in the county cup final.
            Joe Malley scored twice in the second half as the Harriers took the cup.
            """
        ),
    ]

    static func brief(_ articles: [(String, String)], _ day: BriefDate, earlier: [Brief] = [], onlyNew: Bool = false) throws -> Brief {
        try BriefPipeline().build(documents: TestSupport.documents(articles), date: day, earlier: earlier, onlyNew: onlyNew)
    }

    /// Day 2, compared with day 1: every kind of mark.
    static func secondDay() throws -> Brief {
        try brief(dayTwo, day2, earlier: [try brief(dayOne, day1)])
    }

    /// Day 1's articles again on day 2: nothing is new.
    static func dayOneAgain(onlyNew: Bool) throws -> Brief {
        try brief(dayOne, day2, earlier: [try brief(dayOne, day1)], onlyNew: onlyNew)
    }

    static func point(_ brief: Brief, containing words: String) -> KeyPoint? {
        brief.keyPoints.first { $0.text.contains(words) }
    }

    @Test func firstDayHasNothingToCompare() throws {
        let first = try Self.brief(Self.dayOne, Self.day1)
        #expect(first.comparison == nil)
        #expect(first.keyPoints.allSatisfy { $0.novelty == nil })
        // What the sources reported beyond the points is kept for the next day.
        let short = try BriefPipeline().build(documents: TestSupport.documents(Self.dayOne), date: Self.day1, points: 2)
        #expect(short.alsoReported.contains { $0.contains("Rescue teams searched") })
    }

    @Test func secondDayMarksReportedUpdatedAndNew() throws {
        let first = try Self.brief(Self.dayOne, Self.day1)
        let football = try Self.brief(Self.football, Self.day1.adding(days: 1))
        let second = try Self.brief(Self.dayTwo, Self.day2, earlier: [first, football])

        #expect(second.comparison?.comparedDays == [Self.day1])  // not the football final
        let retold = try #require(Self.point(second, containing: "collapsed on Monday morning"))
        #expect(retold.novelty?.status == .reported)
        #expect(retold.novelty?.firstReported == Self.day1)
        let toll = try #require(Self.point(second, containing: "now died"))
        #expect(toll.novelty?.status == .updated)
        #expect(toll.novelty?.previousValue == "Three")
        #expect(toll.novelty?.previousDate == Self.day1)
        let corrosion = try #require(Self.point(second, containing: "corrosion"))
        #expect(corrosion.novelty?.status == .new)
        // News first: every reported point comes after the new and updated ones.
        let firstReported = try #require(second.keyPoints.firstIndex { $0.novelty?.status == .reported })
        #expect(second.keyPoints[firstReported...].allSatisfy { $0.novelty?.status == .reported })

        // The minister's Wednesday visit has passed; the inquiry is new.
        #expect(second.comparison?.passedAgenda.contains { $0.text.contains("will visit") } == true)
        #expect(!second.agenda.contains { $0.text.contains("will visit") })
        let inquiry = try #require(second.agenda.first { $0.text.contains("inquiry") })
        #expect(inquiry.novelty?.status == .new)
        // The minister's words were quoted on day 1.
        let quote = try #require(second.quotes.first { $0.text.contains("find out why") })
        #expect(quote.novelty?.status == .reported)
        #expect(quote.novelty?.firstReported == Self.day1)
    }

    @Test func onlyNewLeavesOutWhatWasReported() throws {
        let first = try Self.brief(Self.dayOne, Self.day1)
        let second = try Self.brief(Self.dayTwo, Self.day2, earlier: [first], onlyNew: true)
        #expect(!second.keyPoints.isEmpty)
        #expect(second.keyPoints.allSatisfy { $0.novelty?.isNews == true })
        #expect(Self.point(second, containing: "collapsed on Monday morning") == nil)
        #expect(second.comparison?.reportedPointsLeftOut ?? 0 >= 1)
        // The word budget counts only the news.
        let budgeted = try BriefPipeline().build(
            documents: TestSupport.documents(Self.dayTwo), date: Self.day2, points: 1_000, words: 12, earlier: [first], onlyNew: true)
        #expect(budgeted.keyPoints.count == 1)
        #expect(budgeted.keyPoints[0].novelty?.isNews == true)
    }

    @Test func thirdDayNamesTheSettledQuestion() throws {
        let first = try Self.brief(Self.dayOne, Self.day1)
        let second = try Self.brief(Self.dayTwo, Self.day2, earlier: [first])
        #expect(second.openIssues.contains { $0.text.contains("inspected") })
        let third = try Self.brief(Self.dayThree, Self.day3, earlier: [first, second])
        #expect(third.comparison?.comparedDays == [Self.day1, Self.day2])
        let resolved = try #require(third.comparison?.resolvedIssues.first)
        #expect(resolved.issue.text.contains("inspected"))
        #expect(resolved.listed == Self.day2)
        #expect(resolved.settledBy?.contains("had not been inspected") == true)
        #expect(!third.openIssues.contains { $0.text.contains("unclear whether") })
        // The collapse was first reported on day 1, whatever day 2 said.
        #expect(Self.point(third, containing: "collapsed on Monday morning")?.novelty?.firstReported == Self.day1)
    }

    @Test func anotherSubjectIsNeverCompared() throws {
        let first = try Self.brief(Self.dayOne, Self.day1)
        let second = try Self.brief(Self.dayTwo, Self.day2, earlier: [first])
        let football = try Self.brief(Self.football, Self.day3, earlier: [first, second])
        #expect(football.comparison == nil)
        #expect(football.keyPoints.allSatisfy { $0.novelty == nil })
        #expect(football.quotes.allSatisfy { $0.novelty == nil })
    }

    @Test func theMarksRoundTripAndRender() throws {
        let first = try Self.brief(Self.dayOne, Self.day1)
        let second = try Self.brief(Self.dayTwo, Self.day2, earlier: [first])
        let pipeline = BriefPipeline()
        let json = try pipeline.render(second, as: .json)
        #expect(try JSONBriefDecoder.decode(Data(json.utf8)) == second)
        let text = try pipeline.render(second, as: .text)
        #expect(text.contains("Compared with the brief of Monday 31 March 2025"))
        #expect(text.contains("Updated: was Three on Monday 31 March 2025."))
        #expect(text.contains(NoveltyWording.stillInTheNews + ":"))
        #expect(text.contains(NoveltyWording.passedHeading.uppercased()))
        // A reported point is folded, not repeated in full.
        #expect(!text.contains(Self.collapse))
        let html = try pipeline.render(second, as: .html)
        #expect(html.contains("Updated: was Three on Monday 31 March 2025."))
        #expect(!html.contains(Self.collapse))
    }

    @Test func aDayWithNothingNewSaysSo() throws {
        let pipeline = BriefPipeline()
        let nothingNew = "No new key points since the brief of Monday 31 March 2025."
        for onlyNew in [false, true] {
            let again = try Self.dayOneAgain(onlyNew: onlyNew)
            #expect(again.newsKeyPoints.isEmpty)
            #expect(again.keyPoints.isEmpty == onlyNew)
            #expect(try pipeline.render(again, as: .text).contains("KEY POINTS\n\n" + nothingNew + "\n"))
            #expect(try pipeline.render(again, as: .html).contains(nothingNew))
            #expect(try pipeline.render(again, as: .docbook).contains("<para>" + nothingNew + "</para>"))
        }
        // A brief with news does not say it.
        #expect(NoveltyWording.nothingNew(in: try Self.secondDay()) == nil)
    }
}

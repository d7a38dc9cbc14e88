import Testing

@testable import BriefKit

/// The Dunmore bridge story of ``ThreeDayStoryTests`` followed across its three briefs, with
/// a football final between them: each fact on the day it came up, the toll's update, the
/// settled question, and nothing of the other subject.
@Suite struct StoryTimelineTests {
    typealias Story = ThreeDayStoryTests

    static func archive() throws -> [Brief] {
        let first = try Story.brief(Story.dayOne, Story.day1)
        let football = try Story.brief(Story.football, Story.day1.adding(days: 1))
        let second = try Story.brief(Story.dayTwo, Story.day2, earlier: [first])
        let third = try Story.brief(Story.dayThree, Story.day3, earlier: [first, second])
        return [third, football, first, second]  // any order
    }

    @Test func eachFactComesUpOnceOnItsFirstDay() throws {
        let story = StoryTimeline(briefs: try Self.archive(), query: .init(words: "Dunmore bridge"))
        #expect(story.days.map(\.date) == [Story.day1, Story.day2, Story.day3])
        let texts = story.entries.map(\.text)
        // The collapse is told every day, and listed on the first only.
        #expect(texts.filter { $0.contains("collapsed on Monday morning") }.count == 1)
        #expect(story.days[0].entries.contains { $0.text.contains("collapsed on Monday morning") })
        #expect(story.days[1].repeats > 0 && story.days[2].repeats > 0)
        // Day 2: the toll is an update of day 1's three, corrosion is new.
        let toll = try #require(story.days[1].entries.first { $0.text.contains("now died") })
        #expect(toll.novelty.status == .updated)
        #expect(toll.novelty.previousValue == "Three" && toll.novelty.previousDate == Story.day1)
        #expect(story.days[1].entries.contains { $0.text.contains("corrosion") && $0.novelty.status == .new })
        // Day 3 settles day 2's question.
        let settled = try #require(story.days[2].entries.first { $0.kind == .resolved })
        #expect(settled.text.contains("inspected") && settled.novelty.previousDate == Story.day2)
        #expect(settled.sources == ["Dunmore toll rises"])  // the source of the day that listed it
        // Agenda items give their day.
        #expect(story.days[1].entries.contains { $0.kind == .agenda && $0.text.hasPrefix("Friday 4 April 2025: ") })
        // Every entry is sourced, by headline.
        #expect(story.entries.allSatisfy { !$0.sources.isEmpty })
        #expect(story.days[0].entries.first?.sources.contains("Dunmore bridge collapses") == true)
        // The football final never mentions the bridge.
        #expect(!story.days.contains { $0.title.contains("Harriers") })
    }

    @Test func anActorsStoryHoldsTheirWordsAndMentions() throws {
        let story = StoryTimeline(briefs: try Self.archive(), query: .init(words: "", actor: "Park"))
        let quotes = story.entries.filter { $0.kind == .quote }
        #expect(quotes.count == 1)  // quoted on days 1 and 2, listed once
        #expect(quotes.first?.speaker?.contains("Park") == true)
        #expect(story.days.first?.date == Story.day1)
        // Nothing about the actor on day 3.
        #expect(!story.days.contains { $0.date == Story.day3 })
        #expect(story.entries.allSatisfy { $0.text.contains("Park") || $0.speaker?.contains("Park") == true })
    }

    @Test func daysAndWordsNarrowTheStory() throws {
        let briefs = try Self.archive()
        let later = StoryTimeline(briefs: briefs, query: .init(words: "bridge", since: Story.day2))
        #expect(later.days.first?.date == Story.day2)
        // From day 2 on, day 2's retelling of the collapse is its first report.
        #expect(later.days[0].entries.contains { $0.text.contains("collapsed on Monday morning") })
        let corrosion = StoryTimeline(briefs: briefs, query: .init(words: "corrosion cable"))
        #expect(corrosion.days.map(\.date) == [Story.day2])
        #expect(StoryTimeline(briefs: briefs, query: .init(words: "volcano")).days.isEmpty)
        #expect(StoryTimeline.Query(words: "the of", actor: " ").isEmpty)
    }
}

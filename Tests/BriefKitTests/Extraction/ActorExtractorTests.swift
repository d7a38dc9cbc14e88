import Testing

@testable import BriefKit

@Suite struct ActorExtractorTests {
    private func actors(_ articles: [(String, String)], date: String = "2025-03-05") throws -> [Actor] {
        try BriefBuilder().build(documents: TestSupport.documents(articles), date: BriefDate(date)!).actors
    }

    @Test func rolesFromTitlesAndAppositionTakeTheMostSpecificForm() throws {
        let found = try actors([
            ("a", "US Secretary of Defense Pete Hegseth met the press. Later, Secretary Hegseth left."),
            ("b", "John Healey, the UK Defence Secretary, is in Washington. Defence Secretary John Healey spoke first."),
            ("c", "Treasury Secretary Scott Bessent refuted the claims. Mr Bessent declined to say more."),
        ])
        let byName = Dictionary(uniqueKeysWithValues: found.map { ($0.name, $0) })
        #expect(byName["Pete Hegseth"]?.role == "US Secretary of Defense")
        #expect(byName["John Healey"]?.role == "UK Defence Secretary")
        #expect(byName["Scott Bessent"]?.role == "Treasury Secretary")
        #expect(byName["Scott Bessent"]?.aliases == ["Mr Bessent"])
        #expect(found.allSatisfy { $0.kind == .person })
    }

    @Test func aliasesMergeIntoOnePerson() throws {
        let found = try actors([
            ("a", "Defence Secretary John Healey flew in. Healey said talks went well. The Defence Secretary then left."),
            ("b", "Mr Healey met Prime Minister Sir Keir Starmer. Sir Keir thanked him, and the Prime Minister spoke."),
        ])
        let healey = try #require(found.first { $0.name == "John Healey" })
        #expect(Set(healey.aliases) == ["Healey", "the Defence Secretary", "Mr Healey"])
        #expect(healey.mentions == 4)
        #expect(healey.sources == ["a", "b"])
        let starmer = try #require(found.first { $0.name == "Sir Keir Starmer" })
        #expect(Set(starmer.aliases) == ["Sir Keir", "the Prime Minister"])
        #expect(starmer.role == "Prime Minister")
        #expect(found.filter { $0.kind == .person }.count == 2)
    }

    @Test func organisationsMergeAcrossCaseAndCountryNames() throws {
        let found = try actors([
            ("a", "NATO allies met in Brussels. The United States has pledged more troops."),
            ("b", "Nato said the plan was agreed. The US will send two brigades."),
        ])
        let nato = try #require(found.first { $0.name == "NATO" })
        #expect(nato.kind == .organization && nato.aliases == ["Nato"])
        let us = try #require(found.first { $0.name == "United States" })
        #expect(us.kind == .place && us.aliases == ["US"] && us.mentions == 2)
    }

    @Test func usStyleHonorificsAndMiddleInitialsJoinOnePerson() throws {
        let found = try actors([
            ("a", "Secretary of State John F. Kelly arrived on Monday. Mr. Kelly met Sen. Ann Roe (D-Mo.). Kelly said little."),
            ("b", "John Kelly, the secretary of state, left. Finally, the talks ended. Recently Kelly flew home."),
        ])
        let people = found.filter { $0.kind == .person }
        #expect(people.filter { $0.name.contains("Kelly") }.count == 1, "\(people.map(\.name))")
        let kelly = try #require(people.first { $0.name.hasSuffix("Kelly") })
        #expect(kelly.name == "John F. Kelly" && kelly.mentions == 5, "\(kelly)")
        #expect(people.first { $0.name == "Ann Roe" } != nil)
        #expect(!found.contains { ["Finally", "Recently", "Recently Kelly"].contains($0.name) })
    }

    @Test func countriesAndPlacesAreApartFromOrganisationsWithEveryMentionCounted() throws {
        let found = try actors([
            ("a", "Ukraine asked for help. Aid to Ukraine was paused, and Ukraine’s army waited in Kyiv. The EU met in Brussels."),
            ("b", "Talks on Ukraine went on in Kyiv. Officials in Ukraine said little. The EU said it would help."),
        ])
        let ukraine = try #require(found.first { $0.name == "Ukraine" })
        // Every mention, whatever its place in the sentence: not only where the country acts.
        #expect(ukraine.kind == .place && ukraine.mentions == 5)
        #expect(found.first { $0.name == "Kyiv" }.map { [$0.kind.rawValue, "\($0.mentions)"] } == ["place", "2"])
        #expect(found.first { $0.name == "European Union" }?.kind == .organization)
        let brief = try BriefBuilder().build(
            documents: TestSupport.documents([
                ("a", "Headline\n\nUkraine asked for help. Aid to Ukraine was paused."),
                ("b", "Headline\n\nTalks on Ukraine went on. Officials in Ukraine said little."),
            ]), date: BriefDate("2025-03-05")!)
        let text = PlainTextRenderer().render(brief)
        #expect(text.contains("PLACES\n\n- Ukraine (4 mentions) [1][2]"))
        #expect(!(text.components(separatedBy: "PLACES").first ?? "").contains("Ukraine (place"))
    }

    @Test func sentenceOpenersDaysPlacesAndHeadlinesAreNotActors() throws {
        let found = try actors([
            ("a", "Talks Resume In Geneva Today\nAmid the talks, Mr Smith arrived in Geneva on Monday. Ahead of the vote, Mr Smith said little."),
            ("b", "Despite the rain, Mr Smith walked to Parliament Square in London on Tuesday. Geneva was quiet."),
        ])
        let names = Set(found.filter { $0.kind != .place }.map(\.name))
        #expect(names.contains("Smith"))
        for word in ["Amid", "Ahead", "Despite", "Monday", "Tuesday", "Geneva", "London", "Talks Resume", "Today"] {
            #expect(!names.contains { $0.contains(word) }, "\(word) is not a person or an organisation")
        }
        // Places are listed as places.
        #expect(found.first { $0.name == "Geneva" }?.kind == .place)
    }

    @Test func seedCorpusListsEveryPersonOnceWithARole() throws {
        let brief = try BriefBuilder().build(documents: try TestSupport.seedDocuments(), date: BriefDate("2025-03-05")!)
        let people = brief.actors.filter { $0.kind == .person }
        #expect(
            Set(people.map(\.name)) == [
                "John Healey", "Pete Hegseth", "Donald Trump", "Volodymyr Zelensky", "Sir Keir Starmer", "Emmanuel Macron",
                "Mike Waltz", "JD Vance", "Scott Bessent",
            ])
        #expect(people.allSatisfy { $0.role != nil })
        #expect(brief.actors.first?.name == "John Healey")
    }

    @Test func strikeCorpusActors() throws {
        let brief = try StrikeCorpus.brief()
        let byName = Dictionary(uniqueKeysWithValues: brief.actors.map { ($0.name, $0) })
        #expect(byName["Tom Okafor"]?.role == "general secretary of the Water Workers Union")
        #expect(byName["Elena Ruiz"]?.role == "Mayor of Portbridge")
        #expect(byName["Elena Ruiz"]?.aliases.contains("Mrs Ruiz") == true)
        #expect(byName["Water Workers Union"]?.kind == .organization)
        // Named once only: organisations need two mentions or two sources.
        #expect(byName["Portbridge City Council"] == nil)
        #expect(byName["Portbridge"] == nil)
    }
}

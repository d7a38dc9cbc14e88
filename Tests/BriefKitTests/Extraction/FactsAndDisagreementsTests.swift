import BriefBenchmarkKit
import Testing

@testable import BriefKit

/// The rules that make a brief's items facts an analyst can trust: figures read with what they
/// count, disagreements with their sides, items that stand alone, one agenda item per event.
@Suite struct QuantityTests {
    private func quantities(_ text: String) -> [(String, Double, Double, String)] {
        Quantity.all(in: text).map { ($0.text, $0.low, $0.high, $0.unit) }
    }

    @Test func countsOfPeopleHarmedTakeTheClausesWord() {
        let found = quantities("Typhoon Lan killed three people and injured nearly 100, with 12 seriously injured as of Oct. 23.")
        #expect(found.map(\.0) == ["three", "nearly 100", "12"])
        #expect(found.map(\.3) == ["dead", "injured", "injured (seriously)"])
        #expect(found[1].1 == 90 && found[1].2 == 100)
        #expect(quantities("The death toll rose to 4 on Tuesday.").map(\.3) == ["dead"])
        #expect(quantities("Four people died in the floods.").map(\.3) == ["dead"])
    }

    @Test func aDateAYearOrATimeIsNoCount() {
        #expect(quantities("As of Oct. 23, the storm had passed; on 23 October 2024 at 10:30 a.m. it was gone.").isEmpty)
        #expect(quantities("Since 2019 the plan has grown.").isEmpty)
    }

    @Test func rangesAndQualifiersAgreeWhenTheyOverlap() {
        let more = Quantity.all(in: "more than 600 homes")[0], range = Quantity.all(in: "600-700 homes")[0]
        #expect(more.agrees(with: range) && range.agrees(with: more))
        let about = Quantity.all(in: "about 600 homes")[0], exact = Quantity.all(in: "612 homes")[0]
        #expect(about.agrees(with: exact))
        let three = Quantity.all(in: "three dead")[0], four = Quantity.all(in: "4 dead")[0]
        #expect(!three.agrees(with: four))
        #expect(Quantity.all(in: "between 600 and 700 homes")[0].high == 700)
    }

    @Test func aRateIsNotAnAmountAndANameNarrowsWhatIsCounted() {
        let rate = Quantity.all(in: "Rain fell at 80 mm an hour.")[0], total = Quantity.all(in: "Rain reached 800 mm in 48 hours.")[0]
        #expect(rate.unit != total.unit)
        let part = Quantity.all(in: "All Nippon Airways cancelled over 100 flights.")[0]
        let whole = Quantity.all(in: "Airlines cancelled 350 flights.")[0]
        #expect(part.unit == whole.unit && part.names != whole.names)
        #expect(!part.countsSameThing(as: whole))
    }

    /// The byte scan for a number word, its words packed in numbers, finds one exactly when a
    /// run of ASCII letters, lower-cased, is a number word: on seeded texts of number words,
    /// their neighbours in spelling, longer words that hold them, other case and other letters.
    @Test func theNumberWordScanAgreesWithTheWords() {
        func reference(_ text: String) -> Bool {
            var word = ""
            for byte in text.utf8 {
                if (65...90).contains(byte) || (97...122).contains(byte) {
                    word.append(Character(Unicode.Scalar(byte | 0x20)))
                } else {
                    if Quantity.numberWords[word] != nil { return true }
                    word = ""
                }
            }
            return Quantity.numberWords[word] != nil
        }
        let pieces = [
            "two", "Three", "TWENTY", "dozen", "seventeen", "seventeens", "tw", "twoo", "nineteenth", "ten", "tenth", "one",
            "eleven", "fortyish", "fourty", "é", "ñ", " ", "-", ",", "5", "storm", "the", "\u{2019}", "SIX", "sixty", "zzzzzzzzzzzzzzz",
        ]
        var random = SplitMix64(seed: 11)
        var found = 0
        for _ in 0..<20_000 {
            let text = random.text(of: pieces, count: 1...5)
            var bytes = text
            #expect(bytes.withUTF8(Quantity.mayHoldNumberWord(bytes:)) == reference(text), "\(text.debugDescription)")
            if reference(text) { found += 1 }
        }
        // Both answers are common, so the comparison means something.
        #expect(found > 2_000 && found < 18_000)
        for piece in pieces + ["½", "٣", "²", "5th", "", "x5"] {
            #expect(Quantity.numberWordValue(piece.lowercased()) == Quantity.numberWords[piece.lowercased()], "\(piece)")
            #expect(Quantity.startsWithNumber(piece) == (piece.first?.isNumber == true), "\(piece)")
        }
    }
}

@Suite struct DisagreementTests {
    private func brief(_ articles: [(String, String)]) throws -> Brief {
        try BriefBuilder().build(documents: TestSupport.documents(articles), date: BriefDate("2025-10-24")!)
    }

    /// Ten outlets on one typhoon, as real coverage reads: different death tolls, figures that
    /// agree in other words, a part of a count, a rate beside a total, a date beside a count.
    static let typhoon: [(String, String)] = [
        ("a", "Typhoon Lan killed 3 people in Japan on Monday, officials said. More than 600 homes were damaged by the storm."),
        ("b", "Typhoon Lan killed four people in Japan on Monday, officials said. Between 600 and 700 homes were damaged."),
        ("c", "The death toll from Typhoon Lan in Japan rose to 4, officials said on Monday. Airlines cancelled 350 flights."),
        ("d", "Typhoon Lan killed seven people in Japan, officials said. All Nippon Airways cancelled over 100 flights."),
        ("e", "Typhoon Lan killed 3 people in Japan on Monday, officials said. Rain fell at 80 mm an hour in Tokyo."),
        ("f", "Rain reached 800 mm in 48 hours as Typhoon Lan crossed Japan. Nearly 100 people were injured in the storm."),
        ("g", "Twelve people were seriously injured, as of Oct. 23, as Typhoon Lan crossed Japan."),
    ]

    @Test func typhoonCountsAreOneDisagreementWithTheirSides() throws {
        let issues = try brief(Self.typhoon).openIssues.filter { $0.kind == .disagreement }
        let figures = issues.filter { $0.text.hasPrefix("Sources disagree on the figures") }
        #expect(figures.count == 1, "\(figures.map(\.text))")
        let dead = try #require(figures.first)
        #expect(dead.text == "Sources disagree on the figures for the dead")
        #expect(dead.sides.map(\.value) == ["3", "four, 4", "seven"])
        #expect(dead.sides.map(\.sources) == [["a", "e"], ["b", "c"], ["d"]])
        // Homes agree (more than 600 / 600-700), flights count a part, mm are a rate and a
        // total, the injured are all and the seriously injured: no other disagreement.
        #expect(!issues.contains { $0.text.contains("homes") || $0.text.contains("flights") || $0.text.contains("mm") })
    }

    @Test func figuresOfDifferentThingsAreNoDisagreement() throws {
        // Spans of time are ages and terms; figures a factor of ten apart count different things;
        // a source's figure is the one it gives most often, not one it recalls.
        let issues = try brief([
            ("a", "The cardinal spent 15 years in prison after the war, historians said. The regime killed 62 priests, historians said."),
            ("b", "The cardinal spent 20 years in prison after the war, historians said. The regime killed over 10,000 people, historians said."),
            ("c", "The crash killed all 229 people aboard the plane. All 229 people aboard died. The 1996 crash killed 230 people aboard."),
            ("d", "The crash killed all 229 people aboard the plane, investigators said on Monday."),
        ]).openIssues
        #expect(!issues.contains { $0.kind == .disagreement }, "\(issues.map(\.text))")
    }

    @Test func aKeyPointIsCreditedToNoSourceThatGivesAnotherFigure() throws {
        let points = try brief(Self.typhoon).keyPoints
        for point in points where point.text.contains("killed 3 people") {
            #expect(point.sources.allSatisfy { ["a", "e"].contains($0) }, "\(point.sources)")
        }
        #expect(points.contains { $0.text.contains("killed 3 people") || $0.text.contains("killed four") })
    }

    @Test func aReportAndItsDenialAreOneDisagreement() throws {
        let issues = try brief([
            (
                "a",
                "Reports on Monday suggested that the ministry would cut the rail budget by a third. However, the minister later denied these reports, saying no cut was planned."
            ),
            ("b", "The minister denied wrongdoing in a separate case on Monday, and the opposition called for an inquiry."),
        ]).openIssues
        let denied = try #require(issues.first { $0.text.hasPrefix("Reported, then denied") })
        #expect(denied.text == "Reported, then denied: the ministry would cut the rail budget by a third")
        #expect(denied.sides.map(\.label) == ["reported", "denied"])
        #expect(denied.sides.map(\.sources) == [["a"], ["a"]])
        // A denial that points back at nothing reported is no disagreement.
        #expect(issues.filter { $0.kind == .disagreement }.count == 1)
    }

    @Test func anEventComingInOneSourceAndPastInAnotherIsADisagreement() throws {
        let issues = try brief([
            ("a", "President Anna Berg will address Parliament on Thursday about the budget and the strike."),
            ("b", "In a speech to Parliament on Tuesday, President Anna Berg defended the budget and criticised the strike."),
        ]).openIssues
        let tense = try #require(issues.first { $0.text.hasPrefix("Sources disagree on whether it has happened") })
        #expect(tense.sides.map(\.label) == ["coming", "past"])
        #expect(tense.sides.map(\.sources) == [["a"], ["b"]])
    }

    @Test func commentaryAndRhetoricalQuestionsAreNoOpenIssues() throws {
        let issues = try brief([
            (
                "a",
                """
                The coming days could prove pivotal for the future of the talks between the two governments.
                “Who can believe that the talks will succeed this time?” he asked the crowd in the square.
                It is unclear whether the council can afford the new tram line before the election.
                Officials said the vote on the tram line could be delayed until the spring.
                """
            )
        ]).openIssues
        #expect(!issues.contains { $0.text.contains("pivotal") || $0.text.contains("Who can believe") })
        #expect(issues.contains { $0.text.hasPrefix("It is unclear whether") })
        #expect(issues.contains { $0.text.hasPrefix("Officials said the vote") })
    }

    @Test func openIssuesAreWholeSentences() throws {
        let long =
            "It is unclear whether the council, which met for six hours on Monday and heard from more than forty residents, unions, "
            + "business owners and transport experts, can afford the new tram line before the election next spring, officials said."
        let issues = try brief([("a", long)]).openIssues
        #expect(issues.map(\.text) == [long])
    }
}

@Suite struct StandAloneItemTests {
    @Test func dependentOpeningsAreKnown() {
        #expect(KeyPointEligibility.opening(of: "However, the plan failed to win support.") == .dependent("However"))
        #expect(KeyPointEligibility.opening(of: "The move drew criticism from the opposition.") == .dependent("The move"))
        #expect(KeyPointEligibility.opening(of: "He said the plan would fail.") == .personalPronoun("He"))
        #expect(KeyPointEligibility.opening(of: "The council met on Monday.") == .independent)
        #expect(KeyPointEligibility.opening(of: "It is unclear whether the vote will pass.") == .independent)
        #expect(KeyPointEligibility.opening(of: "It drew criticism from the unions.") == .dependent("It"))
        #expect(KeyPointEligibility.opening(of: "The bilateral meeting, set for Thursday, will focus on the war.") == .dependent("The bilateral meeting"))
        #expect(KeyPointEligibility.opening(of: "The annual budget of the city rose by a tenth.") == .independent)
        #expect(!KeyPointSelector.canStandAlone("However, the plan failed to win support among the members."))
        #expect(KeyPointSelector.canStandAlone("He said the plan would fail to win support among members."))
        #expect(!KeyPointSelector.canStandAlone("“We will win this fight and we will win it soon,” Ms Berg said."))
    }

    @Test func pageFurnitureIsNoKeyPoint() {
        #expect(KeyPointEligibility.isFurniture("Here are the latest updates on the storm as it moves north."))
        #expect(KeyPointEligibility.isFurniture("— Jane Doe (@jdoe) March 4, 2025, on the storm damage"))
        #expect(KeyPointEligibility.isFurniture("Photos of the damage: pic.twitter.com/abc123 from our reporter"))
        #expect(KeyPointEligibility.isFurniture("&UR; Eds: UPDATES with four more deaths &UR; AP Photo &UR; By ALISON MUTLER"))
        #expect(!KeyPointEligibility.isFurniture("The storm damaged more than 600 homes on the coast."))
    }

    @Test func aPronounOpeningNamesItsPerson() throws {
        let text = """
            Mayor Ruth Okafor opened the new harbour bridge on Monday morning. She also announced a tram line for the east of the city.
            """
        let brief = try BriefBuilder().build(
            documents: TestSupport.documents([("a", text), ("b", text), ("c", text)]), date: BriefDate("2025-03-05")!)
        let point = try #require(brief.keyPoints.first { $0.text.contains("tram line") })
        #expect(point.text == "She [Ruth Okafor] also announced a tram line for the east of the city.")
        #expect(point.resolutions == [Resolution(word: "She", referent: "Ruth Okafor")])
        #expect(Resolution.sourceText(of: point.text, point.resolutions) == "She also announced a tram line for the east of the city.")
    }
}

@Suite struct ConnectiveTests {
    @Test func aConnectiveIsLeftOutAndKeptInTheModel() throws {
        let (text, resolution) = try #require(
            KeyPointEligibility.droppingConnective("Meanwhile, President Trump is set to address Congress on Thursday."))
        #expect(text == "President Trump is set to address Congress on Thursday.")
        #expect(resolution == Resolution(word: "Meanwhile, President", replacement: "President"))
        #expect(Resolution.sourceText(of: text, [resolution]) == "Meanwhile, President Trump is set to address Congress on Thursday.")
        #expect(KeyPointEligibility.droppingConnective("But the vote will be held on Friday next week.")?.text == "The vote will be held on Friday next week.")
    }

    @Test func wordsThatOpenOtherPhrasesStay() {
        for text in [
            "So far, twenty people have died in the floods this week.", "Still more rain is expected on the coast on Friday.",
            "Yet another storm is due to reach the coast on Friday.", "Instead of flying, the minister will drive to the summit.",
            "The vote will be held on Friday next week.", "But why?",
        ] {
            #expect(KeyPointEligibility.droppingConnective(text) == nil, "\(text)")
        }
    }

    @Test func anAgendaItemOpeningWithAConnectiveStandsAlone() throws {
        let brief = try BriefBuilder().build(
            documents: TestSupport.documents([
                ("a", "The minister met the union leaders in Leeds on Monday. But she will travel to Paris on Friday for talks with her French counterpart.")
            ]), date: BriefDate("2025-03-05")!)
        let item = try #require(brief.agenda.first { $0.text.contains("Paris") })
        #expect(item.text.hasPrefix("She"), "\(item.text)")
        #expect(Resolution.sourceText(of: item.text, item.resolutions).hasPrefix("But she will travel to Paris"), "\(item.resolutions)")
    }
}

@Suite struct AgendaEventTests {
    private func agenda(_ articles: [(String, String)]) throws -> [AgendaItem] {
        try BriefBuilder().build(documents: TestSupport.documents(articles), date: BriefDate("2025-03-05")!).agenda
    }

    @Test func aJudgementOfWhatSomethingWillBeIsNoEvent() throws {
        let items = try agenda([
            ("a", "Her visit to Rome will be a crucial test of the alliance between the two governments."),
            ("b", "The two foreign ministers will sign the treaty in Rome on Friday."),
        ])
        #expect(items.map(\.sources) == [["b"]])
    }

    @Test func oneEventInAVagueAndAnExactWordingIsOneItem() throws {
        let items = try agenda([
            ("a", "Foreign Minister Anna Berg will travel to Rome this week for talks with her Italian counterpart."),
            ("b", "Anna Berg will hold talks in Rome on Thursday with the Italian foreign minister."),
        ])
        #expect(items.count == 1)
        #expect(items.first?.date?.description == "2025-03-06")
        #expect(items.first?.sources == ["a", "b"])
    }
}

/// The words a figure's or an event's sentence is searched for names in: runs of letters,
/// the same whether read in the bytes or by Characters.
@Suite struct LetterRunsTests {
    @Test func byteReadWordsAreTheLetterRunsCharactersGive() {
        for text in [
            "Officials in Mirfen said 4,000 people had left; O'Brien and al-Amin disagreed.",
            "", "123 456", "Tail", "@Reuters: [BBC] cites 12 dead\r\nin Lora",
            "Réunion's officials said 40 people were évacués.",
        ] {
            var words: [Substring] = []
            LetterRuns.forEach(in: text) { words.append($0) }
            #expect(words == text.split(whereSeparator: { !$0.isLetter }), "\(text)")
        }
    }

    /// On seeded texts of letters, curly quotes, dashes and the characters around them that
    /// must send the text to the Characters (accents, combining marks, joiners, other scripts).
    @Test func seededTextsGiveTheCharactersRuns() {
        let pieces = [
            "Salo", "said", "“", "”", "‘", "’", "—", "–", "…", "\u{2028}", "\u{205E}", "\u{205F}", "\u{2060}", "\u{200D}", "e\u{301}",
            "é", "日本", " ", ",", "5", "\r\n", "-", "x", "\u{2010}", "\u{2030}",
        ]
        var random = SplitMix64(seed: 17)
        var byteRead = 0
        for _ in 0..<10_000 {
            let text = random.text(of: pieces, count: 1...6)
            var words: [Substring] = []
            LetterRuns.forEach(in: text) { words.append($0) }
            #expect(words == text.split(whereSeparator: { !$0.isLetter }), "\(text.debugDescription)")
            #expect(LetterRuns.set(of: text) == Set(words.map(String.init)))
            if LetterRuns.isByteReadable(text) { byteRead += 1 }
        }
        // Both ways are taken often, so both are compared.
        #expect(byteRead > 2_000 && byteRead < 8_000)
    }
}

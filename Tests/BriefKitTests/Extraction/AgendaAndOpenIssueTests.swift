import BriefBenchmarkKit
import Testing

@testable import BriefKit

@Suite struct TimeExpressionTests {
    @Test func weekdaysResolveToTheNextSuchDayAcrossAWeekBoundary() {
        let friday = BriefDate("2025-03-07")!
        func date(_ text: String) -> String? { TimeExpression.find(in: text, relativeTo: friday).first?.date?.description }
        #expect(date("They meet on Tuesday.") == "2025-03-11")
        #expect(date("They meet on Friday.") == "2025-03-07")
        #expect(date("They meet on Sunday afternoon.") == "2025-03-09")
        #expect(date("They met last Friday.") == "2025-02-28")
        #expect(TimeExpression.find(in: "They met last Friday.", relativeTo: friday).first?.isPast == true)
        #expect(date("The vote is on 12 March.") == "2025-03-12")
        #expect(date("The vote is on March 12, 2026.") == "2026-03-12")
        #expect(date("It starts tomorrow.") == "2025-03-08")
    }

    @Test func phrasesAreKeptAsWritten() {
        let found = TimeExpression.find(
            in: "Trump will speak in the early hours of Thursday (UK time), then later this week.",
            relativeTo: BriefDate("2025-03-05")!)
        #expect(found.map(\.phrase) == ["in the early hours of Thursday (UK time)", "later this week"])
        #expect(found.first?.date?.description == "2025-03-06")
    }
}

@Suite struct AgendaExtractorTests {
    @Test func upcomingEventsWithDatesPlacesAndActorsSortedByDate() throws {
        let agenda = try StrikeCorpus.brief().agenda
        let dated = agenda.filter { $0.date != nil }
        #expect(dated.map { $0.date!.description } == dated.map { $0.date!.description }.sorted())
        let vote = try #require(agenda.first { $0.text.contains("will vote on the revised offer") })
        #expect(vote.date?.description == "2025-06-12")
        #expect(vote.when == "on Thursday")
        #expect(!vote.participants.contains("Portbridge"))
        let second = try #require(agenda.first { $0.text.contains("second strike") })
        #expect(second.date?.description == "2025-06-16")
        #expect(second.sources.contains("coast-daily"))
        #expect(!agenda.contains { $0.text.contains("last Friday") })
    }

    @Test func relativeDaysCountFromTheSourcesOwnDate() throws {
        // The brief is dated Wednesday 5 March 2025, as a cron line passing today's date does.
        func document(_ id: String, _ text: String, published: String?) -> Document {
            Document(
                id: id, path: id + ".txt", headline: nil, blocks: [.paragraph(text)],
                metadata: SourceMetadata(outlet: id, published: published.flatMap(BriefDate.init)))
        }
        let documents = [
            // Published Monday: its "Tuesday" was yesterday, not next week.
            document("monday", "The ministers will meet in Brussels on Tuesday to sign the accord.", published: "2025-03-03"),
            document("wednesday", "The council will vote on the harbour budget on Friday.", published: "2025-03-05"),
            document("undated", "The dockers' union will hold a rally on Saturday.", published: nil),
        ]
        let agenda = try BriefBuilder().build(documents: documents, date: BriefDate("2025-03-05")!).agenda
        #expect(!agenda.contains { $0.text.contains("sign the accord") }, "\(agenda.map { ($0.date, $0.text) })")
        #expect(agenda.first { $0.text.contains("vote") }?.date == BriefDate("2025-03-07"))
        #expect(agenda.first { $0.text.contains("rally") }?.date == BriefDate("2025-03-08"))
    }

    @Test func seedAgenda() throws {
        let agenda = try BriefBuilder().build(documents: try TestSupport.seedDocuments(), date: BriefDate("2025-03-05")!).agenda
        let meeting = try #require(agenda.first { $0.text.contains("meet his US counterpart") })
        #expect(meeting.date?.description == "2025-03-06" && meeting.location == "Washington")
        #expect(meeting.participants.starts(with: ["John Healey", "Pete Hegseth"]))
        let reception = try #require(agenda.first { $0.text.contains("reception") })
        #expect(reception.date?.description == "2025-03-05")
        #expect(reception.location == "the British ambassador’s official residence")
        #expect(agenda.contains { $0.when == "in the early hours of Thursday (UK time)" })
        // Past events (the minerals deal collapse, Starmer's Sunday remarks) stay out.
        #expect(!agenda.contains { $0.text.contains("last week") || $0.text.contains("on Sunday") })
    }
}

@Suite struct OpenIssueExtractorTests {
    @Test func disagreementsBetweenSourcesNameBothSides() throws {
        let issues = try StrikeCorpus.brief().openIssues
        let disagreement = try #require(issues.first { $0.text.hasPrefix("Sources disagree on the figures") })
        #expect(disagreement.sides.map(\.value).sorted() == ["About 1,200", "About 900"])
        #expect(disagreement.sources == ["harbour-herald", "coast-daily"])
    }

    @Test func uncertaintiesAreOpenIssues() throws {
        let issues = try StrikeCorpus.brief().openIssues
        #expect(issues.contains { $0.text.hasPrefix("It is unclear whether the council can afford") })
        #expect(issues.count <= 12)
    }

    @Test func differentEventsOnDifferentDaysAreNotADisagreement() throws {
        let issues = try BriefBuilder().build(
            documents: TestSupport.documents([
                ("a", "The minister will travel to Rome on Monday to open the embassy."),
                ("b", "The minister will meet the Italian prime minister in Rome on Wednesday."),
            ]), date: BriefDate("2025-03-05")!
        ).openIssues
        #expect(!issues.contains { $0.text.hasPrefix("Sources disagree") })
    }

    @Test func seedOpenIssues() throws {
        let issues = try BriefBuilder().build(documents: try TestSupport.seedDocuments(), date: BriefDate("2025-03-05")!).openIssues
        // The minerals deal: reported, then denied, one disagreement with its two sides.
        let deal = try #require(issues.first { $0.text.hasPrefix("Reported, then denied") })
        #expect(deal.kind == .disagreement)
        #expect(deal.text.contains("minerals deal between Kyiv and Washington could be back on the table"))
        #expect(deal.sides.map(\.label) == ["reported", "denied"])
        #expect(deal.sides[1].value.contains("refuted these claims") && deal.sides[1].value.contains("“no signing” planned"))
        #expect(issues.filter { $0.sides.contains { $0.value.contains("minerals deal") } || $0.text.contains("refuted") }.count == 1)
        // Trump's address to Congress: coming in one outlet, past in another.
        let address = try #require(issues.first { $0.text.hasPrefix("Sources disagree on whether it has happened") })
        #expect(address.sides.map(\.label) == ["coming", "past"])
        #expect(address.sides[0].value.contains("set to address Congress") && address.sides[1].value.contains("speech to Congress"))
        #expect(!issues.contains { $0.text.contains("defence spending to 2.5% of GDP") })
        // Commentary and rhetoric are no open questions.
        #expect(!issues.contains { $0.text.contains("could prove pivotal") || $0.text.contains("signals Britain’s intent") })
        #expect(!issues.contains { $0.text.contains("Who can believe") })
    }
}

/// The early look of the open-question cue: it never turns away a sentence the words would
/// weigh.
@Suite struct QuestionCueLookTests {
    @Test func theEarlyLookAgreesWithReadingEveryWord() {
        // Seeded sentences of cue words in any case, inside and outside quotation marks, with
        // and without a question mark or a word of attribution; a failure can be replayed.
        var generator = SplitMix64(seed: 5)
        let cueWords = (OpenIssueExtractor.strongCues + OpenIssueExtractor.weakCues).map(\.0)
        let words = cueWords + ["said", "the", "council", "UNCLEAR", "Whether", "Pending", "vote", "“it", "may”", "?", "\"no", "yet\"", "Ré", "könnte"]
        var weighed = 0
        for _ in 0..<3_000 {
            let text =
                (0..<Int(3 + generator.next() % 10)).map { _ in words[Int(generator.next() % UInt64(words.count))] }
                .joined(separator: generator.next() % 4 == 0 ? ", " : " ") + "."
            #expect(OpenIssueExtractor.questionWeight(of: text) == OpenIssueExtractor.cueWeight(of: text), "\(text)")
            if OpenIssueExtractor.cueWeight(of: text) > 0 { weighed += 1 }
        }
        #expect(weighed > 500)
        #expect(OpenIssueExtractor.questionWeight(of: "The council met on Tuesday to set the budget.") == 0)
    }
}

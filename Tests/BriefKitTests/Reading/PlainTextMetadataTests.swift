import BriefKit
import Foundation
import Testing

/// Outlet, day, address and headline of plain-text articles: from a YAML front matter, else a
/// wire dateline; days without a year dated against the brief.
@Suite struct PlainTextMetadataTests {
    private func read(_ text: String) throws -> ArticleReading {
        try PlainTextReader().read(Array(text.utf8), path: "a.txt", id: "a")
    }

    @Test func frontMatterGivesTitleOutletDayAndAddressAndIsNotText() throws {
        let reading = try read(
            """
            ---
            title: Ferry fares frozen for island residents
            outlet: The Harbour Courier
            published: 2025-03-04T09:30:00+01:00
            url: https://courier.example/ferry
            ---
            The ferry company will keep fares at this year's level, the council said on Monday.
            """)
        let article = try #require(reading.articles.first)
        #expect(reading.notes.isEmpty)
        #expect(article.headline == "Ferry fares frozen for island residents")
        #expect(
            article.metadata
                == SourceMetadata(outlet: "The Harbour Courier", url: "https://courier.example/ferry", published: BriefDate("2025-03-04")))
        #expect(article.text == "The ferry company will keep fares at this year's level, the council said on Monday.")
    }

    @Test func badFrontMatterIsReportedByLineAndTheArticleIsStillRead() throws {
        let broken = try read("---\ntitle: [unclosed\noutlet: X\n---\nThe council met on Monday to agree the budget.\n")
        #expect(broken.notes.count == 1)
        #expect(broken.notes.first?.hasPrefix("front matter is not valid YAML (line ") == true, "\(broken.notes)")
        #expect(broken.articles.first?.text == "The council met on Monday to agree the budget.\n")
        #expect(broken.articles.first?.metadata.outlet == nil)

        let odd = try read("---\npublished: last Tuesday\nauthor: Jane\nurl:\n  - a\n  - b\n---\nThe council met on Monday.\n")
        #expect(
            odd.notes == [
                "line 2: front matter 'published' is not a date ('last Tuesday'; write 2025-03-04); ignored",
                "line 3: unknown front matter key 'author' ignored (known: outlet, published, title, url)",
                "line 4: front matter 'url' needs a single value; ignored",
            ])
        #expect(odd.articles.first?.text == "The council met on Monday.\n")

        // A text that merely starts with a rule is not front matter.
        let rule = try read("---\nThe council met on Monday.\n")
        #expect(rule.articles.first?.text.hasPrefix("---") == true)
    }

    /// A dateline, the outlet, the day without a year and the full day it gives.
    static let datelines: [(String, String?, MonthDay?, String?)] = [
        ("WASHINGTON, March 4 (Reuters) - The talks resumed.", "Reuters", MonthDay(month: 3, day: 4), nil),
        ("LONDON (AP) — The talks resumed.", "AP", nil, nil),
        ("KYIV, Ukraine, 4 March 2025 (AFP) – The talks resumed.", "AFP", nil, "2025-03-04"),
        ("BRUSSELS, Mar. 4 - The talks resumed.", nil, MonthDay(month: 3, day: 4), nil),
    ]

    @Test(arguments: datelines)
    func wireDatelinesGiveOutletAndDayAndLeaveTheText(line: String, outlet: String?, day: MonthDay?, dated: String?) throws {
        let article = try #require(try read("Talks resume\n\n" + line).articles.first)
        #expect(article.metadata.outlet == outlet)
        #expect(article.metadata.dayWithoutYear == day)
        #expect(article.metadata.published == dated.flatMap(BriefDate.init))
        #expect(article.text == "Talks resume\n\nThe talks resumed.")
    }

    @Test func sentencesThatOnlyLookLikeDatelinesAreLeftAlone() throws {
        for text in [
            "US - China talks resumed on Monday.", "The UN (United Nations) - a body of 193 states - met.",
            "NATO, the alliance, said - in a statement - that it would meet.", "WASHINGTON - The talks resumed.",
        ] {
            let article = try #require(try read(text).articles.first)
            #expect(article.text == text)
            #expect(article.metadata.isEmpty, "\(text)")
        }
    }

    @Test func aDayWithoutYearIsDatedJustBeforeTheBrief() {
        let march5 = BriefDate("2025-03-05")!
        #expect(BriefDate.resolvingYear(month: 3, day: 4, near: march5) == BriefDate("2025-03-04"))
        #expect(BriefDate.resolvingYear(month: 3, day: 9, near: march5) == BriefDate("2025-03-09"))  // within a week after
        #expect(BriefDate.resolvingYear(month: 12, day: 30, near: march5) == BriefDate("2024-12-30"))
        #expect(BriefDate.resolvingYear(month: 2, day: 29, near: march5) == BriefDate("2024-02-29"))  // a leap day
        #expect(BriefDate.resolvingYear(month: 2, day: 30, near: march5) == nil)
    }

    @Test func theBriefDatesDatelineSourcesAndTheirRelativeDays() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try
            "Port strike ends\n\nWASHINGTON, March 4 (Reuters) - Dockers ended their strike on Tuesday. The union will hold a meeting on Friday to vote on the deal.\n"
            .write(toFile: folder + "/wire.txt", atomically: true, encoding: .utf8)
        let brief = try BriefPipeline().brief(of: [folder], date: BriefDate("2025-03-05"))
        #expect(brief.sources.first?.outlet == "Reuters")
        #expect(brief.sources.first?.published == BriefDate("2025-03-04"))
        #expect(brief.agenda.first?.date == BriefDate("2025-03-07"))
    }
}

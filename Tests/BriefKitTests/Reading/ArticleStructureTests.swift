import Testing

@testable import BriefKit

@Suite struct ArticleStructureTests {
    private func parse(_ text: String) -> Document {
        TestSupport.documents([("a", text)])[0]
    }

    @Test func firstLineWithoutTerminalPunctuationIsTheHeadline() {
        let document = parse("Council votes on the budget\nThe council met on Monday. It voted twice.\n")
        #expect(document.headline == "Council votes on the budget")
        #expect(document.paragraphs == ["The council met on Monday. It voted twice."])
    }

    @Test func firstLineThatIsASentenceIsNotAHeadline() {
        let document = parse("\nThe council met on Monday.\nIt voted twice.\n")
        #expect(document.headline == nil)
        #expect(document.paragraphs == ["The council met on Monday.", "It voted twice."])
    }

    @Test func aLoneLineIsBodyNotHeadline() {
        #expect(parse("no punctuation at all in this file").paragraphs == ["no punctuation at all in this file"])
    }

    @Test func shortUnpunctuatedBodyLinesAreSubheadings() {
        let document = parse(
            """
            Headline here
            The mayor spoke first. She was brief.
            What happens next
            The vote is due in May.
            Mr Healey added:
            “We will be ready.”
            """)
        #expect(document.subheadings == ["What happens next"])
        #expect(document.paragraphs.contains("Mr Healey added:"))  // a lead-in to a quote is text
        #expect(document.blocks[1] == .subheading("What happens next"))
    }

    @Test func linesMostArticlesRepeatAreBoilerplateUnlessTheyReadAsReporting() {
        let footer = "Follow the Harbour Courier for local news"
        let quote = "“We will not back down,” the union said"
        let wire = "The council approved the budget on Monday after a long and heated debate."
        let some = "Weather outlook for the weekend"
        func article(_ own: String, _ shared: [String]) -> [String] { [own, ""] + shared }
        let articles = [
            article("Story one", [footer, quote, wire, some]),
            article("Story two", [footer, quote, wire, some]),
            article("Story three", [footer, quote, wire]),
            article("Story four", [footer, footer, quote, wire]),
            article("Story five", [quote]),
        ]
        // The footer is in four of five articles (counted once where an article repeats it);
        // the quote and the wire sentence are reporting; "some" is in only two of five.
        #expect(Boilerplate.repeatedLines(in: articles) == [footer])
        #expect(Boilerplate.repeatedLines(in: Array(articles.prefix(2))).isEmpty)  // fewer than three articles
        let documents = CorpusReader.documents(
            from: articles.enumerated().map { index, lines in
                Article(id: "a\(index)", path: "a\(index).txt", text: lines.joined(separator: "\n\n"))
            })
        #expect(documents.allSatisfy { !$0.blocks.map(\.text).contains(footer) })
        #expect(documents[0].blocks.map(\.text) == [quote, wire, some])
    }

    @Test func dropsKnownBoilerplate() {
        let document = parse(
            """
            Headline

            Listen To Story Above

            The mayor spoke first.

            Advertisement

            Share this article

            Read more: Ten things about the mayor

            The vote is due in May.
            """)
        #expect(document.paragraphs == ["The mayor spoke first.", "The vote is due in May."])
    }

    @Test func dropsLinesMostArticlesRepeatButKeepsSharedQuotesAndSentences() {
        let footer = "Sign in to comment on Daily Example"
        let quote = "“We will advance that work in Washington over the coming days.”"
        let wire = "The ministers will meet in Brussels on Thursday to discuss the new sanctions package."
        let articles = (1...4).map { n in
            ("a\(n)", "Headline \(n)\nArticle \(n) starts here.\n\(quote)\n\(wire)\n\(footer)\n")
        }
        for document in TestSupport.documents(articles) {
            #expect(!document.paragraphs.contains(footer))
            #expect(!document.subheadings.contains(footer))
            #expect(document.paragraphs.contains(quote))
            #expect(document.paragraphs.contains(wire))
        }
    }

    @Test func blankLinesSeparateHardWrappedParagraphs() {
        let document = parse(
            """
            Title of the story

            The council met on Monday to discuss the budget for
            next year, which the mayor said would be tight but
            fair to every district of the city.

            Opposition members said they would vote against the
            plan unless the library cuts were reversed by the
            finance committee before the final vote.
            """)
        #expect(document.paragraphs.count == 2)
        #expect(document.paragraphs[0].hasPrefix("The council met on Monday to discuss the budget for next year,"))
        #expect(document.paragraphs[0].hasSuffix("fair to every district of the city."))
    }

    @Test func withoutBlankLinesEachLineIsAParagraph() {
        let document = parse("Headline\nFirst paragraph is here.\nSecond paragraph is here.\n")
        #expect(document.paragraphs == ["First paragraph is here.", "Second paragraph is here."])
    }

    @Test func seedArticleStructure() throws {
        let documents = try TestSupport.seedDocuments()
        let first = try #require(documents.first)
        #expect(first.headline == "UK defence secretary aims to strengthen transatlantic ties amid Ukraine conflict")
        #expect(
            first.subheadings == [
                "Bridging the transatlantic divide on Ukraine",
                "Strengthening UK-US defence cooperation",
                "Marking a historic US military anniversary",
            ])
        let second = documents[1]
        #expect(second.headline == "British and American defense chiefs discuss Ukraine peace")
        #expect(!second.paragraphs.contains { $0.contains("Listen To Story") })
    }
}

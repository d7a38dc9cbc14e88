import BriefKit
import BriefXML
import Foundation
import Testing

@Suite struct HTMLArticleReaderTests {
    static let fixtures = TestSupport.packageRoot + "/Tests/BriefKitTests/Fixtures/mixed"

    private func read(_ name: String) throws -> Article {
        let path = Self.fixtures + "/" + name
        let bytes = try #require(FileManager.default.contents(atPath: path))
        let reading = try HTMLArticleReader().read([UInt8](bytes), path: path, id: "page")
        return try #require(reading.articles.first)
    }

    private func paragraphs(_ article: Article) -> [String] {
        article.text.components(separatedBy: "\n\n")
    }

    @Test func articlePageGivesHeadlineOutletURLDateAndBodyWithoutFurniture() throws {
        let article = try read("02-courier.html")
        #expect(article.headline == "Water tariff vote postponed after protest")
        #expect(
            article.metadata
                == SourceMetadata(
                    outlet: "The Harbour Courier",
                    url: "https://www.harbourcourier.example/news/water-tariff-vote",
                    published: BriefDate("2026-11-17")))
        let body = paragraphs(article)
        #expect(body.count == 5)
        #expect(body.first?.hasPrefix("Harbour City's council postponed") == true)
        #expect(body.contains { $0.hasPrefix("“We will not vote") })  // entities decoded
        for furniture in [
            "By Jonas Berg", "Residents filled the gallery", "Share", "injected", "tracking", "Related",
            "Bus fares", "Subscribe", "rights reserved", "Sport", "font-family",
        ] {
            #expect(!article.text.contains(furniture), "\(furniture) should have been dropped")
        }
    }

    @Test func brokenMarkupWithJSONLDAndAnUnclosedMenu() throws {
        let article = try read("03-broken-markup.htm")
        #expect(article.headline == "Residents fight water price rise")
        #expect(article.metadata.outlet == "Coastal Daily")
        #expect(article.metadata.url == "https://coastaldaily.example/2026/11/17/water-price")
        #expect(article.metadata.published == BriefDate("2026-11-17"))
        let body = paragraphs(article)
        #expect(body.contains { $0.hasPrefix("Opposition groups said the utility board had not explained") })
        #expect(body.contains("It is unclear whether the revised proposal will include the audit."))
        #expect(!article.text.contains("Weather"))
    }

    @Test func aPageThatIsMostlyNavigationKeepsOnlyItsText() throws {
        let article = try read("04-portal-nav.html")
        #expect(
            paragraphs(article) == [
                "The utility board will publish a full breakdown of water costs before the council meets on Thursday, November 26."
            ])
        #expect(article.metadata.outlet == "City Portal")
        #expect(article.metadata.published == nil)
    }

    @Test func withoutArticleOrParagraphsTheBodyTextIsStillRead() throws {
        let html = "<html><body><div>Ministers met on Monday to agree the budget.</div><div>Talks resume next week.</div></body></html>"
        let reading = try HTMLArticleReader().read(Array(html.utf8), path: "x.html", id: "x")
        #expect(reading.articles.first?.text == "Ministers met on Monday to agree the budget.\n\nTalks resume next week.")
    }

    @Test func undeclaredEncodingIsUTF8WhenValidElseWindows1252() throws {
        let utf8 = "<p>Zoë Müller said the café reopens on Friday.</p>"
        #expect(
            try HTMLArticleReader().read(Array(utf8.utf8), path: "a.html", id: "a").articles.first?.text
                == "Zoë Müller said the café reopens on Friday.")
        let latin: [UInt8] = Array("<p>Zo".utf8) + [0xEB] + Array(" said the caf".utf8) + [0xE9] + Array(" reopens.</p>".utf8)
        #expect(try HTMLArticleReader().read(latin, path: "b.html", id: "b").articles.first?.text == "Zoë said the café reopens.")
    }

    @Test func pagesWithoutTextAndBinaryFilesAreSkippedWithAReason() {
        #expect(throws: ArticleReadingSkip("no article text in the page (no paragraph outside menus, links and page furniture)")) {
            try HTMLArticleReader().read(Array("<html><nav><a href=/>Home</a></nav></html>".utf8), path: "n.html", id: "n")
        }
        #expect(throws: ArticleReadingSkip("binary data (NUL bytes), not HTML")) {
            try HTMLArticleReader().read([0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0x0D], path: "p.html", id: "p")
        }
    }

    @Test func deeplyNestedMarkupDoesNotOverflowTheStack() throws {
        let depth = 100_000
        let html =
            String(repeating: "<div>", count: depth) + "<p>Deep text survives the nesting.</p>"
            + String(repeating: "</div>", count: depth)
        // libxml2 may stop descending at its own depth limit; either way the reader returns.
        _ = try? HTMLArticleReader().read(Array(html.utf8), path: "deep.html", id: "deep")
    }

    @Test func publicationDatesInISOAndRFC822Forms() throws {
        let page = { (meta: String) in
            "<html><head>\(meta)</head><body><p>The minister resigned on Friday after the vote.</p></body></html>"
        }
        let cases: [(String, String?)] = [
            (#"<meta property="article:published_time" content="2026-11-17T18:40:00+00:00">"#, "2026-11-17"),
            (#"<meta name="date" content="2026-02-03">"#, "2026-02-03"),
            (#"<meta name="date" content="Tue, 03 Feb 2026 10:00:00 GMT">"#, "2026-02-03"),
            (#"<meta name="date" content="2026-02-30">"#, nil),
            (#"<meta name="date" content="yesterday">"#, nil),
        ]
        for (meta, expected) in cases {
            let article = try #require(try HTMLArticleReader().read(Array(page(meta).utf8), path: "d.html", id: "d").articles.first)
            #expect(article.metadata.published == expected.flatMap(BriefDate.init), "\(meta)")
        }
    }

    /// The article read from a page with `head` and `body`.
    private func page(head: String, body: String = "<p>The minister resigned on Friday after the vote in parliament.</p>") throws -> Article {
        let html = "<html><head>\(head)</head><body>\(body)</body></html>"
        return try #require(try HTMLArticleReader().read(Array(html.utf8), path: "m.html", id: "m").articles.first)
    }

    @Test func theHeadlineIsTheH1ThatTheTitleRepeatsNotTheSocialTitle() throws {
        let article = try page(
            head: """
                <title>Minister resigns after vote - Politics | The Courier</title>
                <meta property="og:title" content="You won't believe who just quit">
                <meta property="og:site_name" content="The Courier">
                """,
            body: "<h1>The Courier</h1><h1>Minister resigns after vote</h1><p>The minister resigned on Friday after the vote in parliament.</p>")
        #expect(article.headline == "Minister resigns after vote")
        // Without an <h1> the title repeats, og:title is the best there is.
        let social = try page(head: #"<title>Home</title><meta property="og:title" content="You won't believe who just quit">"#)
        #expect(social.headline == "You won't believe who just quit")
    }

    @Test func theSiteNameAndASectionAreCutFromATitle() throws {
        let cases: [(String, String)] = [
            ("Strike ends - Nation | The Star Online", "Strike ends"),
            ("Strike ends | The Star Online", "Strike ends"),
            ("Strike ends – thestar.example", "Strike ends"),
            ("Strike ends - what the deal means for the port", "Strike ends - what the deal means for the port"),
        ]
        for (title, headline) in cases {
            let article = try page(
                head:
                    #"<title>\#(title)</title><meta property="og:site_name" content="The Star Online"><meta property="og:url" content="https://thestar.example/a">"#
            )
            #expect(article.headline == headline, "\(title)")
        }
    }

    @Test func theOutletIsTheSiteNotASection() throws {
        let section = try page(
            head: #"<meta property="og:site_name" content="U.S."><meta property="og:url" content="https://www.wire.example/article/x">"#
                + #"<script type="application/ld+json">{"@type": "NewsArticle", "publisher": {"name": "Wire Service"}}</script>"#)
        #expect(section.metadata.outlet == "Wire Service")
        let hostOnly = try page(head: #"<meta property="og:site_name" content="Politics"><link rel="canonical" href="https://www.wire.example/a">"#)
        #expect(hostOnly.metadata.outlet == "wire.example")
        for (name, host) in [("WSJ", "wsj.example"), ("The Wall Street Journal", "wsj.example"), ("CBSSports.com", "cbssports.example")] {
            let named = try page(head: #"<meta property="og:site_name" content="\#(name)"><meta property="og:url" content="https://\#(host)/a">"#)
            #expect(named.metadata.outlet == name)
        }
        let tagLine = try page(
            head: #"<meta property="og:site_name" content="LinkNews | Nigeria's news platform"><meta property="og:url" content="https://linknews.example/a">"#)
        #expect(tagLine.metadata.outlet == "LinkNews")
        // A name in another script cannot be compared with the host and is kept.
        let japanese = try page(head: #"<meta property="og:site_name" content="特許事務所"><meta property="og:url" content="https://lh.example/a">"#)
        #expect(japanese.metadata.outlet == "特許事務所")
        // A publisher in a JSON-LD block that is not valid JSON is still found.
        let broken = try page(
            head:
                #"<link rel="canonical" href="https://www.wire.example/a"><script type="application/ld+json">{"@type": "NewsArticle", "author": {"name": x}, "publisher": {"@type": "Organization", "name": "Wire Service"}}</script>"#
        )
        #expect(broken.metadata.outlet == "Wire Service")
    }

    @Test func addressesAreMadeAbsoluteOrDropped() throws {
        let based = try page(head: #"<base href="https://courier.example/news/"><link rel="canonical" href="../2026/strike">"#)
        #expect(based.metadata.url == "https://courier.example/2026/strike")
        let fromOpenGraph = try page(head: #"<link rel="canonical" href="/a/b"><meta property="og:url" content="https://courier.example/x">"#)
        #expect(fromOpenGraph.metadata.url == "https://courier.example/x")
        let relativeOnly = try page(head: #"<link rel="canonical" href="/a/b">"#)
        #expect(relativeOnly.metadata.url == nil)
    }

    @Test func aDateInTheAddressIsTheLastResort() throws {
        let cases: [(String, String?)] = [
            ("https://courier.example/2019/11/18/strike-ends", "2019-11-18"),
            ("https://courier.example/news/2019-11-18-strike", "2019-11-18"),
            ("https://courier.example/strike-ends-20191115/", "2019-11-15"),
            ("https://courier.example/2019/13/40/strike", nil),
            ("https://courier.example/story/12345678", nil),
        ]
        for (address, day) in cases {
            let article = try page(head: #"<meta property="og:url" content="\#(address)">"#)
            #expect(article.metadata.published == day.flatMap(BriefDate.init), "\(address)")
        }
        let both = try page(head: #"<meta property="og:url" content="https://c.example/2019/11/18/a"><meta name="date" content="2019-11-20">"#)
        #expect(both.metadata.published == BriefDate("2019-11-20"))
        let itemprop = try page(head: "", body: #"<p>The minister resigned on Friday after the vote.</p><span itemprop="datePublished">2019-11-21</span>"#)
        #expect(itemprop.metadata.published == BriefDate("2019-11-21"))
    }
}

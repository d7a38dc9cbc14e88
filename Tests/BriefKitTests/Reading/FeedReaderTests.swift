import BriefKit
import BriefXML
import Foundation
import Testing

@Suite struct FeedReaderTests {
    private func read(_ name: String) throws -> ArticleReading {
        let path = HTMLArticleReaderTests.fixtures + "/" + name
        let bytes = try #require(FileManager.default.contents(atPath: path))
        return try FeedReader().read([UInt8](bytes), path: path, id: "feed")
    }

    @Test func rssItemsBecomeArticlesWithTitleLinkDateAndHTMLBody() throws {
        let articles = try read("05-feed.rss").articles
        #expect(articles.map(\.id) == ["feed-1", "feed-2"])
        #expect(articles.map(\.headline) == ["Council postpones water tariff vote", "Audit demand grows"])
        #expect(
            articles[0].metadata
                == SourceMetadata(
                    outlet: "Bay Radio News", url: "https://bayradio.example/news/water-tariff",
                    published: BriefDate("2026-11-18")))
        // content:encoded (CDATA) wins over description; an escaped description is HTML too.
        #expect(articles[0].text.components(separatedBy: "\n\n").count == 3)
        #expect(
            articles[1].text
                == "Two opposition groups repeated their call for an independent audit of the utility board's costs on Wednesday.\n\nThe board has not said whether it will agree to one."
        )
    }

    @Test func atomEntriesWithXHTMLContent() throws {
        let articles = try read("06-feed.atom").articles
        #expect(articles.count == 1)
        #expect(articles[0].headline == "Utility board defends tariff")
        #expect(
            articles[0].metadata
                == SourceMetadata(
                    outlet: "Harbour Business Wire", url: "https://hbw.example/utility-tariff",
                    published: BriefDate("2026-11-18")))
        #expect(articles[0].text.hasPrefix("The utility board defended the proposed 12 percent rise"))
    }

    @Test func atomHTMLAndTextContent() throws {
        let feed = """
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title>
            <entry><title>One</title><link href="https://w.example/1"/><updated>2026-01-02T00:00:00Z</updated>
            <content type="html">&lt;p&gt;The port reopened on Monday.&lt;/p&gt;&lt;script&gt;alert(1)&lt;/script&gt;</content></entry>
            <entry><title>Two</title><summary>Talks resume on Tuesday.

            Unions want a pay rise.</summary></entry>
            </feed>
            """
        let articles = try FeedReader().read(Array(feed.utf8), path: "w.atom", id: "w").articles
        #expect(articles.map(\.text) == ["The port reopened on Monday.", "Talks resume on Tuesday.\n\nUnions want a pay rise."])
        #expect(articles[0].metadata.published == BriefDate("2026-01-02"))
    }

    @Test func xmlThatIsNotAFeedAndBrokenXMLAreSkippedWithAReason() {
        #expect(throws: ArticleReadingSkip("XML but neither an RSS nor an Atom feed (root element <article>)")) {
            try FeedReader().read(Array("<article><para>Hi.</para></article>".utf8), path: "a.xml", id: "a")
        }
        #expect(throws: ArticleReadingSkip("not well-formed XML, so not a feed")) {
            try FeedReader().read(Array("<rss><channel><item>".utf8), path: "b.xml", id: "b")
        }
    }

    @Test func externalEntitiesAreNeverRead() throws {
        let feed = """
            <?xml version="1.0"?>
            <!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
            <rss version="2.0"><channel><title>T</title><item><title>Leak &secret;</title>
            <description>The council met on Monday. &secret;</description></item></channel></rss>
            """
        let reading = try FeedReader().read(Array(feed.utf8), path: "x.rss", id: "x")
        for article in reading.articles {
            #expect(!article.text.contains("root:"))
            #expect(article.headline?.contains("root:") != true)
        }
    }

    @Test func anEntityBombIsNotExpanded() {
        var feed = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n<!ENTITY lol0 \"lol\">\n"
        for level in 1...9 {
            feed += "<!ENTITY lol\(level) \"" + String(repeating: "&lol\(level - 1);", count: 10) + "\">\n"
        }
        feed += "]>\n<rss><channel><item><title>t</title><description>&lol9;</description></item></channel></rss>"
        let reading = try? FeedReader().read(Array(feed.utf8), path: "bomb.rss", id: "bomb")
        #expect((reading?.articles.map(\.text.utf8.count).reduce(0, +) ?? 0) < 10_000)
    }

    @Test func aMixedFolderBriefsWithOutletsAndDates() throws {
        let loaded = try CorpusLoader(readers: ArticleReaders.all).load(paths: [HTMLArticleReaderTests.fixtures])
        #expect(
            loaded.articles.map(\.id) == [
                "01-wire", "02-courier", "03-broken-markup", "04-portal-nav",
                "05-feed-1", "05-feed-2", "06-feed-1",
            ])
        #expect(loaded.diagnostics.isEmpty)
        let documents = CorpusReader.documents(from: loaded.articles)
        #expect(BriefDate.newestPublication(of: documents) == BriefDate("2026-11-18"))
        let brief = try BriefBuilder().build(documents: documents, date: BriefDate("2026-11-18")!)
        #expect(
            brief.sources.map(\.outlet) == [
                nil, "The Harbour Courier", "Coastal Daily", "City Portal",
                "Bay Radio News", "Bay Radio News", "Harbour Business Wire",
            ])
        #expect(brief.sources.compactMap(\.published).count == 5)
        let text = PlainTextRenderer().render(brief)
        #expect(text.contains("The Harbour Courier · 2026-11-17"))
        // The same quote from the page, the wire and both feeds is one quote.
        let quote = try #require(brief.quotes.first { $0.text.hasPrefix("Every month we wait") })
        #expect(quote.speaker == "Paul Lindqvist")
        #expect(quote.sources.count >= 3)
    }
}

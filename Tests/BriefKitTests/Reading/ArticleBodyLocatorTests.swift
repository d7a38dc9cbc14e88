import BriefKit
import Foundation
import Testing

/// Hand-made pages, one per way a real page misled the reader: a furniture word in a layout
/// class, a paywall wrapper, comment threads and related-story lists larger than the story, a
/// story set as text and line breaks, a story split into sections, navigation headings, hidden
/// metadata, a page wrapped in a form, a ticker of teasers above the story.
@Suite struct ArticleBodyLocatorTests {
    /// The story every page carries: six paragraphs, each a sentence of its own.
    static let story = [
        "The harbour authority approved a plan on Tuesday to dredge the eastern channel before the spring shipping season opens.",
        "Officials said the work would cost about 40 million euros and take eleven weeks, with most of it done at night.",
        "Fishing crews had asked for the channel to be deepened after two trawlers ran aground there in January and February.",
        "The environment agency will monitor silt levels at four points along the shore while the dredgers are at work.",
        "Opposition councillors welcomed the plan but asked why the contract had been awarded without a public tender.",
        "A first report on the works is due in March, when the council will decide whether to extend them to the western basin.",
    ]

    static func paragraphs(_ items: ArraySlice<String>) -> String {
        items.map { "<p>\($0)</p>" }.joined(separator: "\n")
    }

    /// The paragraphs the reader gives for `body`, the page's `<body>` content.
    static func read(_ body: String, title: String = "Harbour channel to be dredged") throws -> [String] {
        let html = "<!DOCTYPE html><html><head><title>\(title)</title></head><body>\(body)</body></html>"
        let reading = try HTMLArticleReader().read(Array(html.utf8), path: "page.html", id: "page")
        return try #require(reading.articles.first).text.components(separatedBy: "\n\n")
    }

    static func expectWholeStory(_ paragraphs: [String], sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(paragraphs.filter { story.contains($0) } == story, sourceLocation: sourceLocation)
    }

    @Test func aFurnitureWordInALayoutClassDoesNotHideTheStory() throws {
        let page = """
            <div class="page one-sidebar"><article class="node">
            <div class="content-with-sidebar-wrp"><div class="content-wrp"><div class="field-body">
            \(Self.paragraphs(Self.story[...]))
            </div></div>
            <div class="sidebar-right"><h3>Most read</h3><ul><li><a href="/a">Port strike ends after a week</a></li>
            <li><a href="/b">New ferry timetable published</a></li></ul></div>
            </div></article></div>
            """
        let paragraphs = try Self.read(page)
        Self.expectWholeStory(paragraphs)
        #expect(!paragraphs.contains { $0.contains("Port strike") || $0 == "Most read" })
    }

    @Test func aPaywallWrapperAroundTheRestOfTheStoryIsRead() throws {
        let page = """
            <article><div class="article-body">
            \(Self.paragraphs(Self.story.prefix(2)))
            <div class="paywall">\(Self.paragraphs(Self.story.dropFirst(2)))</div>
            <div class="share-tools"><a href="/share">Share this article on social media</a></div>
            </div></article>
            """
        Self.expectWholeStory(try Self.read(page))
    }

    @Test func aShortPostAboveALongCommentThreadIsThePost() throws {
        // The comments hold far more text than the post; each is an item of a repeated list
        // (author, time, text, reply button), so none of them is taken for the article.
        let comment = """
            <li class="comment"><article class="comment-body"><footer><b>Reader</b> <time>9:14</time></footer>
            <div class="comment-content"><p>I have sailed through that channel for twenty years and the silt has never been this bad before now.</p>
            <p>The authority should have acted two winters ago, when the first boat scraped the bottom near the old lighthouse.</p>
            <p>Still, better late than never, and the night work will spare the ferries. I only hope they keep to the eleven weeks.</p></div>
            <div class="reply"><a href="#reply">Reply</a></div></article></li>
            """
        let page = """
            <main><article class="post"><h1>Harbour channel to be dredged</h1><div class="entry">
            \(Self.paragraphs(Self.story.prefix(2)))</div></article>
            <div class="discussion"><h2>Comments</h2><ol class="thread">\(String(repeating: comment, count: 6))</ol></div></main>
            """
        let paragraphs = try Self.read(page)
        #expect(paragraphs == Array(Self.story.prefix(2)))
    }

    @Test func teasersOfOtherStoriesDoNotWinOverTheStory() throws {
        let teaser = """
            <article class="teaser"><h2><a href="/other">Ferry operator orders two electric boats for the island route</a></h2>
            <img src="boat.jpg" alt=""><p>The company said the boats would enter service next year and cut the crossing time by ten minutes, \
            while fares would stay the same for residents of the island and for daily commuters.</p></article>
            """
        let page = """
            <div id="primary"><article class="entry">\(Self.paragraphs(Self.story.prefix(3)))</article>
            <article class="more"><h3>You may also like</h3>\(String(repeating: teaser, count: 5))</article></div>
            """
        let paragraphs = try Self.read(page)
        #expect(paragraphs == Array(Self.story.prefix(3)))
    }

    @Test func aStorySetAsTextAndLineBreaksIsReadAsParagraphs() throws {
        // No <p> at all; forum comments below, in a container whose id is written in camel case.
        let text = Self.story.joined(separator: "<br><br>\n")
        let comments = (1...4).map { number in
            """
            <div class="comment"><div class="author">user\(number)</div><div class="content">I agree with the councillors. \
            The tender question matters more than the dredging itself, and nobody has answered it yet at all.<br>\
            Maybe the next meeting will clear it up for everyone who lives near the harbour.</div></div>
            """
        }
        let page = """
            <div id="content"><div class="article"><h1>Harbour channel to be dredged</h1><div class="content">\(text)</div></div>
            <div id="commentsContainer">\(comments.joined())</div></div>
            """
        let paragraphs = try Self.read(page)
        #expect(paragraphs == Self.story)
    }

    @Test func aPageWideArticleWithAVideoRailGivesOnlyTheStory() throws {
        // The <article> holds the whole page: a rail of video teasers (a picture, a duration, a
        // linked headline, a label) beside the story's own container.
        let video = """
            <li class="video"><img src="v.jpg" alt=""><span class="duration">01:45</span>
            <h3><a href="/videos/1">Mayor questions the cost of the harbour works</a></h3><span>MUST WATCH</span></li>
            """
        let page = """
            <article class="page"><div class="rail"><h2>JUST WATCHED</h2><ul class="playlist">\(String(repeating: video, count: 8))</ul></div>
            <div class="body-text">\(Self.paragraphs(Self.story[...]))</div></article>
            """
        let paragraphs = try Self.read(page)
        #expect(paragraphs == Self.story)
    }

    @Test func aStorySplitIntoSectionsIsReadWhole() throws {
        // Each section of the story in its own container, an advertisement and a picture between.
        let page = """
            <div class="story">
            <div class="story-section"><div class="text">\(Self.paragraphs(Self.story.prefix(4)))</div></div>
            <div class="ad-slot"><a href="/ad">Advertisement</a></div>
            <figure><img src="dredger.jpg"><figcaption>A dredger at work in the port last year.</figcaption></figure>
            <div class="story-section"><div class="text">\(Self.paragraphs(Self.story.dropFirst(4)))</div></div>
            </div>
            <footer><p>Copyright The Harbour Courier, all rights reserved, no reuse without permission.</p></footer>
            """
        let paragraphs = try Self.read(page)
        #expect(paragraphs == Self.story)
    }

    @Test func headingsThatAreLinksAreNavigationNotSubheadings() throws {
        let page = """
            <article>
            \(Self.paragraphs(Self.story.prefix(3)))
            <h2>What happens next</h2>
            \(Self.paragraphs(Self.story.dropFirst(3)))
            <h3><a href="/videos">Most Popular Videos</a></h3>
            <h3><a href="/podcasts">Podcasts</a></h3>
            </article>
            """
        let paragraphs = try Self.read(page)
        #expect(paragraphs == Array(Self.story.prefix(3)) + ["What happens next"] + Array(Self.story.dropFirst(3)))
    }

    @Test func hiddenMetadataIsNotReadAsASecondCopy() throws {
        let page = """
            <div class="article"><div class="body">\(Self.paragraphs(Self.story[...]))</div>
            <div style="display: none" itemscope><div itemprop="articleBody">\(Self.paragraphs(Self.story[...]))
            <p>Updated with the agency's statement.</p>\(Self.paragraphs(Self.story.prefix(2)))</div>
            <div itemprop="datePublished">2026-11-17T10:00:00Z</div></div></div>
            """
        let paragraphs = try Self.read(page)
        #expect(paragraphs == Self.story)
    }

    @Test func aPageWrappedInAFormIsStillRead() throws {
        let page = """
            <form id="page-form" action="/post"><input type="hidden" name="state" value="x">
            <div class="layout"><article>\(Self.paragraphs(Self.story[...]))</article></div></form>
            """
        Self.expectWholeStory(try Self.read(page))
    }

    @Test func aTickerOfTeasersAboveTheStoryIsLeftOut() throws {
        let item = """
            <li><a href="/x">Council approves the budget for the next two years of works</a> \
            <span>The vote came after a long debate about the cost of repairs to the quay and the...</span></li>
            """
        let page = """
            <div class="main"><div class="ticker"><b>Latest</b><ul>\(String(repeating: item, count: 6))</ul></div>
            <div class="article-content">\(Self.paragraphs(Self.story[...]))</div></div>
            """
        let paragraphs = try Self.read(page)
        #expect(paragraphs == Self.story)
    }

    @Test func aLeadSetApartBeforeTheBodyIsKept() throws {
        let page = """
            <section class="body"><div class="container">
            <div class="lead-media"><p class="para">\(Self.story[0])</p></div>
            <div class="share"><a href="/s">Share</a></div>
            <div class="read-all">\(Self.story.dropFirst().map { "<div class=\"para\">\($0)</div>" }.joined())</div>
            </div></section>
            """
        let paragraphs = try Self.read(page)
        #expect(paragraphs == Self.story)
    }

    @Test func aPageWithNothingButFurnitureSaysWhy() {
        let page = """
            <nav><a href="/">Home</a> <a href="/news">News</a></nav>
            <div class="comments"><p>First! This is the best harbour in the whole country, honestly.</p></div>
            """
        #expect(throws: ArticleReadingSkip("no article text in the page (its 53 bytes of paragraphs are all page furniture)")) {
            try Self.read(page)
        }
        #expect(throws: ArticleReadingSkip("no article text in the page (no paragraph outside menus, links and page furniture)")) {
            try Self.read("<nav><a href=\"/\">Home</a></nav><div class=\"menu\"><a href=\"/a\">A</a></div>")
        }
    }
}

import BriefKit
import Testing

@Suite struct SourceMetadataTests {
    @Test(arguments: [
        ("https://news.example/a?b=1&c=2#top", true),
        ("HTTP://NEWS.EXAMPLE/", true),
        ("javascript:alert(1)", false),
        (" javascript:alert(1)", false),
        ("data:text/html,<script>alert(1)</script>", false),
        ("https://news.example/\"><script>", false),
        ("https://news.example/a b", false),
        ("https://", false),
        ("/relative/path", false),
    ])
    func onlyWellFormedHTTPAddressesAreLinked(url: String, linked: Bool) {
        #expect((SourceMetadata(url: url).linkableURL != nil) == linked)
    }

    @Test func bylineJoinsOutletAndDay() {
        let dated = Source(
            id: "a", title: "T", path: "a.html",
            metadata: SourceMetadata(outlet: "The Courier", published: BriefDate("2026-11-17")))
        #expect(dated.byline == "The Courier · 2026-11-17")
        #expect(Source(id: "b", title: "T", path: "b.txt").byline == nil)
    }
}

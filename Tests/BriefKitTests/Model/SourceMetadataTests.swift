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

    @Test func aFileDayDatesOnlyASourceWithoutItsOwnDateAndNeverOneAfterTheBrief() throws {
        let brief = try #require(BriefDate("2025-03-05"))
        let before = SourceMetadata(fileModified: BriefDate("2025-03-04")).resolvingDates(for: brief)
        #expect(before.published == BriefDate("2025-03-04") && before.publishedBasis == .fileModified)
        #expect(before.fileModified == nil)
        // A checkout or a copy made after the brief's day says nothing about publication.
        let after = SourceMetadata(fileModified: BriefDate("2026-12-01")).resolvingDates(for: brief)
        #expect(after.published == nil && after.publishedBasis == nil && after.fileModified == nil)
        // The source's own date, full or without its year, wins over the file's.
        let stated = SourceMetadata(published: BriefDate("2025-03-01"), fileModified: BriefDate("2025-03-04"))
        #expect(stated.resolvingDates(for: brief) == SourceMetadata(published: BriefDate("2025-03-01")))
        let wire = SourceMetadata(dayWithoutYear: MonthDay(month: 3, day: 2), fileModified: BriefDate("2025-03-04"))
        #expect(wire.resolvingDates(for: brief) == SourceMetadata(published: BriefDate("2025-03-02")))
    }

    @Test func aFileModifiedBeforeTheWindowIsLeftOutAndOneModifiedAfterItIsKeptUndated() throws {
        let window = try SourceWindow(days: 2, endingOn: #require(BriefDate("2025-03-05")))
        func document(_ id: String, fileDay: String) -> Document {
            Document(id: id, path: id + ".txt", headline: nil, blocks: [], metadata: SourceMetadata(fileModified: BriefDate(fileDay)))
        }
        let (kept, leftOut) = window.partition([
            document("old", fileDay: "2025-03-01"), document("fresh", fileDay: "2025-03-04"), document("copied", fileDay: "2026-12-01"),
        ])
        #expect(leftOut.map(\.id) == ["old"])
        #expect(kept.map(\.id) == ["fresh", "copied"])
        #expect(kept.map(\.metadata.published) == [BriefDate("2025-03-04"), nil])
    }

    @Test func aFileDayIsMarkedInTheByline() {
        let source = Source(
            id: "a", title: "T", path: "a.txt",
            metadata: SourceMetadata(published: BriefDate("2025-03-04"), publishedBasis: .fileModified))
        #expect(source.byline == "file date 2025-03-04")
    }
}

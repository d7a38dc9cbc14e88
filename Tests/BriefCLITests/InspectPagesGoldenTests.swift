import Foundation
import Testing

/// `brief inspect sentences` on hand-made saved pages (Fixtures/pages): what a person sees of a
/// page's article, and why a page gave nothing, pinned by golden files beside the help ones.
@Suite struct InspectPagesGoldenTests {
    static let pages = ["layout-sidebar-paywall.html", "text-and-line-breaks.html", "title-and-headline.html", "furniture-only.html"]

    @Test(arguments: pages)
    func inspectSentencesOfAPageIsPinned(_ page: String) throws {
        let path = "Tests/BriefCLITests/Fixtures/pages/" + page
        let run = try CLITests.brief(["inspect", "sentences", path])
        let actual = "$ brief inspect sentences \(path)\n\(run.stdout)--- stderr\n\(run.stderr)--- exit \(run.status)\n"
        let golden = HelpAndDocumentationTests.goldenFolder + "/inspect-" + page.replacingOccurrences(of: ".html", with: ".txt")
        let record = ProcessInfo.processInfo.environment["BRIEF_RECORD_GOLDEN"] == "1"
        guard !record, let expected = FileManager.default.contents(atPath: golden) else {
            try actual.write(toFile: golden, atomically: true, encoding: .utf8)
            Issue.record("recorded \(golden); review it and run the tests again")
            return
        }
        #expect(actual == String(decoding: expected, as: UTF8.self), "inspect of \(page) changed (re-record with BRIEF_RECORD_GOLDEN=1)")
    }
}

import BriefBenchmarkKit
import Testing

@testable import BriefKit

/// Where a front matter ends and the body starts, found in the bytes, against the plain
/// statement of it: split into lines at each "\n" Character, the first line after the opening
/// one that reads "---" or "..." closes it.
@Suite struct FrontMatterSplitTests {
    private static func reference(_ text: String) -> (frontMatter: FrontMatter, body: String)? {
        guard text.hasPrefix("---\n") || text.hasPrefix("---\r\n") else { return nil }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard
            let close = lines.indices.dropFirst().first(where: { index in
                var line = lines[index]
                while let last = line.last, last.isWhitespace { line.removeLast() }
                return line == "---" || line == "..."
            })
        else { return nil }
        let yaml = lines[1..<close].joined(separator: "\n")
        let body = lines[(close + 1)...].joined(separator: "\n")
        return (FrontMatter.parse(yaml, firstLine: 2), body)
    }

    @Test func agreesWithSplittingIntoLines() {
        // Seeded texts of front matter lines, closing lines with and without trailing spaces,
        // CRLF and LF line ends, empty lines and body text; a failure can be replayed.
        var generator = SplitMix64(seed: 11)
        let pieces = ["---", "...", "---  ", "--- x", "title: Ferry fares", "outlet: The Courier", "", "Body text.", "é\u{301}", "\r"]
        let ends = ["\n", "\r\n", "\n\n"]
        for _ in 0..<2_000 {
            var text = ["---\n", "---\r\n", "--\n"][Int(generator.next() % 3)]
            for _ in 0..<Int(generator.next() % 8) {
                text += pieces[Int(generator.next() % UInt64(pieces.count))] + ends[Int(generator.next() % UInt64(ends.count))]
            }
            if generator.next() % 2 == 0 { text += pieces[Int(generator.next() % UInt64(pieces.count))] }
            let split = FrontMatter.split(text)
            let expected = Self.reference(text)
            #expect(split?.frontMatter == expected?.frontMatter, "\(text.debugDescription)")
            #expect(split?.body == expected?.body, "\(text.debugDescription)")
        }
    }
}

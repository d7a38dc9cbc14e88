import BriefKit
import BriefXML
import Foundation
import Testing

@Suite struct DocBookRendererTests {
    static let schema = RelaxNGValidator.locateDocBookSchema()
    static let stylesheet = TestSupport.firstExisting([
        "/usr/share/xml/docbook/stylesheet/docbook-xsl-ns/html/docbook.xsl",
        "/usr/share/sgml/docbook/xsl-ns-stylesheets/html/docbook.xsl",
    ])

    private func write(_ brief: Brief, to folder: String, name: String) throws -> String {
        let path = folder + "/\(name).xml"
        try DocBookRenderer().render(brief).write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func wellFormedForHostileText() throws {
        let xml = DocBookRenderer().render(TestSupport.hostileBrief)
        #expect(XMLWellFormedness.firstError(in: xml) == nil)
        #expect(xml.contains("&lt;script&gt;") && !xml.contains("<script>"))
        #expect(!xml.contains("\u{0}") && !xml.contains("\u{1}") && !xml.contains("\u{FFFE}"))
    }

    @Test func structure() throws {
        let xml = DocBookRenderer().render(try TestSupport.seedBrief())
        #expect(xml.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<article xmlns=\"http://docbook.org/ns/docbook\" version=\"5.0\""))
        for part in [
            "<info>", "<abstract>", "<orderedlist>", "<blockquote>", "<attribution>", "<personname>", "<orgname>",
            "xml:id=\"src-1\"", "<link linkend=\"src-1\">[1]</link>", "<date>2025-03-05</date>",
        ] {
            #expect(xml.contains(part), "missing \(part)")
        }
    }

    @Test func seedGolden() throws {
        try TestSupport.assertGolden(DocBookRenderer().render(try TestSupport.seedBrief()), named: "seeds.xml")
    }

    @Test(.enabled(if: schema != nil))
    func validAgainstTheDocBookSchema() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for (name, brief) in [
            ("seeds", try TestSupport.seedBrief()), ("hostile", TestSupport.hostileBrief),
            ("empty", Brief(title: "", date: BriefDate("2025-03-05")!, sources: [], keyPoints: [])),
            ("compared", try ThreeDayStoryTests.secondDay()), ("nothing new", try ThreeDayStoryTests.dayOneAgain(onlyNew: true)),
            ("several stories", try SeveralStoriesBriefTests.brief()),
        ] {
            let path = try write(brief, to: folder, name: name)
            #expect(try RelaxNGValidator.errors(documentAt: path, schemaAt: Self.schema!) == [], "\(name)")
        }
    }

    @Test(.enabled(if: schema != nil))
    func invalidDocumentsAreReported() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/bad.xml"
        try "<article xmlns=\"http://docbook.org/ns/docbook\" version=\"5.0\"><bogus/></article>".write(toFile: path, atomically: true, encoding: .utf8)
        #expect(try !RelaxNGValidator.errors(documentAt: path, schemaAt: Self.schema!).isEmpty)
        try "<article><unclosed></article>".write(toFile: path, atomically: true, encoding: .utf8)
        let error = #expect(throws: XMLValidationError.self) { try RelaxNGValidator.errors(documentAt: path, schemaAt: Self.schema!) }
        #expect(error?.path == path)
        #expect(error?.reason.hasPrefix("cannot parse") == true)
    }

    @Test(.enabled(if: stylesheet != nil && FileManager.default.fileExists(atPath: "/usr/bin/xsltproc")))
    func rendersWithTheDocBookXSLStylesheets() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for (name, brief) in [("seeds", try TestSupport.seedBrief()), ("hostile", TestSupport.hostileBrief)] {
            let path = try write(brief, to: folder, name: name)
            let result = try TestSupport.run("/usr/bin/xsltproc", ["--nonet", "--output", folder + "/\(name).html", Self.stylesheet!, path])
            #expect(result.status == 0 && result.stderr.isEmpty, "xsltproc on \(name): \(result.stderr)")
        }
    }
}

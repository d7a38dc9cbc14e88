import BriefKit
import BriefXML
import Foundation
import Testing

/// Every kind of broken or hostile input file a corpus may hold: each one is either briefed or
/// skipped with a one-line reason naming the file, and the rest of the corpus is still briefed.
/// Each brief made here also goes through every renderer, and its HTML and XML are checked.
@Suite struct BadInputMatrixTests {
    static let good = Array(
        """
        Council approves flood budget

        The council approved the flood budget on Monday night after a long debate.

        "We have waited too long for this," said Mayor Ana Ruiz.
        """.utf8)

    struct Outcome {
        var loaded: CorpusLoader.Result?
        var loadError: BriefError?
        var brief: Brief?
        var buildError: BriefError?

        func diagnostic(for name: String) -> String? {
            loaded?.diagnostics.first { $0.file.hasSuffix("/" + name) }?.message
        }
    }

    /// Writes `files` into a fresh folder, loads it with every reader and briefs it.
    static func brief(
        _ files: [String: [UInt8]], loader configure: (inout CorpusLoader) -> Void = { _ in },
        recursive: Bool = false
    ) throws -> Outcome {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try TestSupport.write(files, into: folder)
        return try brief(folder: folder, loader: configure, recursive: recursive)
    }

    static func brief(folder: String, loader configure: (inout CorpusLoader) -> Void = { _ in }, recursive: Bool = false) throws -> Outcome {
        var loader = CorpusLoader(recursive: recursive, readers: ArticleReaders.all)
        configure(&loader)
        var outcome = Outcome()
        do {
            outcome.loaded = try loader.loadAll(paths: [folder])
        } catch {
            outcome.loadError = error
            return outcome
        }
        guard !outcome.loaded!.articles.isEmpty else {
            outcome.loadError = .emptyCorpus([folder])
            return outcome
        }
        do {
            let documents = CorpusReader.documents(from: outcome.loaded!.articles)
            outcome.brief = try BriefBuilder().build(documents: documents, date: BriefDate("2026-03-02")!)
        } catch {
            outcome.buildError = error
        }
        if let brief = outcome.brief { try checkRenderings(brief) }
        return outcome
    }

    /// Every renderer's output of `brief` is well-formed, and the HTML holds no element from the input.
    static func checkRenderings(_ brief: Brief) throws {
        for format in OutputFormat.allCases {
            let output = try RendererRegistry().renderer(for: format).render(brief)
            switch format {
            case .docbook:
                #expect(XMLWellFormedness.firstError(in: output) == nil)
            case .html:
                let elements = try #require(HTMLInspection.elements(in: output))
                #expect(!elements.contains { $0.name == "script" || $0.name == "iframe" || $0.name == "img" })
            case .json:
                #expect((try? JSONSerialization.jsonObject(with: Data(output.utf8))) != nil)
            case .text:
                #expect(!output.isEmpty)
            }
        }
    }

    @Test(arguments: [
        ("empty.txt", [UInt8]()),
        ("blank.txt", Array(" \n\t\n   \r\n\n".utf8)),
        ("word.txt", Array("Budget".utf8)),
    ])
    func nearlyEmptyFilesAloneHaveNoSentenceAndBesideOthersChangeNothing(name: String, bytes: [UInt8]) throws {
        let alone = try Self.brief([name: bytes])
        #expect(alone.buildError == .noSentences || alone.brief != nil)
        let mixed = try Self.brief([name: bytes, "good.txt": Self.good])
        let brief = try #require(mixed.brief)
        #expect(brief.keyPoints.contains { $0.text.hasPrefix("The council approved the flood budget") })
    }

    @Test func textWithoutSentenceEndsIsStillBriefed() throws {
        let words = (0..<3_000).map { ["council", "budget", "flood", "Monday", "vote", "mayor"][$0 % 6] }.joined(separator: " ")
        let outcome = try Self.brief(["run-on.txt": Array(words.utf8), "good.txt": Self.good])
        #expect(outcome.brief != nil)
    }

    @Test func aLongSingleLineIsCutForRankingNotQuadratic() throws {
        // 5 MB here; the 50 MB case runs with BRIEF_SLOW_TESTS=1 (see the next test).
        let line = String(repeating: "the council met again and the budget vote was delayed ", count: 5_000_000 / 55)
        let documents = CorpusReader.documents(from: [Article(id: "line", path: "line.txt", text: line)])
        let corpus = SegmentedCorpus(documents: documents, maxSentenceLength: 2_000)
        #expect(corpus.cutSentences == 1)
        #expect(corpus.sentences.allSatisfy { $0.text.count <= 2_000 })
        #expect(corpus.sentences.map(\.text).joined(separator: " ") == line.trimmingCharacters(in: .whitespaces))
    }

    @Test(.enabled(if: ProcessInfo.processInfo.environment["BRIEF_SLOW_TESTS"] != nil))
    func aFiftyMegabyteSingleLineIsBriefed() throws {
        let line = String(repeating: "the council met again and the budget vote was delayed ", count: 50_000_000 / 55)
        let outcome = try Self.brief(["line.txt": Array(line.utf8), "good.txt": Self.good])
        #expect(outcome.brief != nil)
    }

    @Test func aFileOverTheSizeLimitIsSkippedWithoutBeingRead() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Data(Self.good).write(to: URL(fileURLWithPath: folder + "/good.txt"))
        // A sparse 200 MB file: reading it whole would show in memory and time.
        let huge = folder + "/huge.txt"
        #expect(FileManager.default.createFile(atPath: huge, contents: nil))
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: huge))
        try handle.truncate(atOffset: 200 * 1024 * 1024)
        try handle.close()
        let outcome = try Self.brief(folder: folder)
        #expect(outcome.diagnostic(for: "huge.txt") == "larger than the limit of 64 MiB (--max-file-size); skipped")
        #expect(outcome.brief?.sources.map(\.id) == ["good"])
        let raised = try Self.brief(folder: folder) { $0.maxFileBytes = 1 }
        // Every file skipped: the reasons are still there to print before the error.
        #expect(raised.loadError == .emptyCorpus([folder]))
        #expect(raised.diagnostic(for: "good.txt") == "larger than the limit of 0 MiB (--max-file-size); skipped")
    }

    @Test(arguments: [
        ("nul.txt", Array("Council met.".utf8) + [0, 0, 1, 0xFF, 0, 7]),
        ("image.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]),
    ])
    func binaryFilesAreSkipped(name: String, bytes: [UInt8]) throws {
        let outcome = try Self.brief([name: bytes, "good.txt": Self.good])
        #expect(outcome.diagnostic(for: name) == "binary data (NUL bytes), not text; skipped")
        #expect(outcome.brief?.sources.count == 1)
    }

    @Test func encodings() throws {
        let text = "Zoë Ruiz said the café budget passed on Monday. The council agreed."
        let cases: [(String, [UInt8], String?)] = [
            (
                "latin.txt",
                Array("Zo".utf8) + [0xEB] + Array(" Ruiz said the caf".utf8) + [0xE9] + Array(" budget passed on Monday. The council agreed.".utf8),
                "not valid UTF-8; read as Windows-1252"
            ),
            ("bom8.txt", [0xEF, 0xBB, 0xBF] + Array(text.utf8), nil),
            ("le.txt", [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }, nil),
            ("be.txt", [0xFE, 0xFF] + text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }, nil),
            ("le-nobom.txt", text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }, nil),
            ("be-nobom.txt", text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }, nil),
        ]
        for (name, bytes, note) in cases {
            let outcome = try Self.brief([name: bytes])
            #expect(outcome.diagnostic(for: name) == note, "\(name)")
            #expect(outcome.loaded?.articles.first?.text == text, "\(name)")
        }
    }

    @Test func mixedLineEndingsMakeTheSameParagraphs() throws {
        let mixed = try Self.brief([
            "mixed.txt": Array("Budget passes\r\n\r\nThe council approved the budget.\r\rThe mayor welcomed it.\n\nTalks resume on Friday.".utf8)
        ])
        let plain = try Self.brief([
            "mixed.txt": Array("Budget passes\n\nThe council approved the budget.\n\nThe mayor welcomed it.\n\nTalks resume on Friday.".utf8)
        ])
        #expect(mixed.loaded?.articles.first?.text == plain.loaded?.articles.first?.text)
    }

    @Test func unreadableFilesAreSkippedWithTheSystemsReason() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Data(Self.good).write(to: URL(fileURLWithPath: folder + "/good.txt"))
        try FileManager.default.createSymbolicLink(atPath: folder + "/dangling.txt", withDestinationPath: folder + "/nowhere.txt")
        var expected = ["dangling.txt"]
        if geteuid() != 0 {  // root reads whatever the permissions say
            try Data(Self.good).write(to: URL(fileURLWithPath: folder + "/secret.txt"))
            chmod(folder + "/secret.txt", 0)
            expected.append("secret.txt")
        }
        let outcome = try Self.brief(folder: folder)
        for name in expected {
            #expect(outcome.diagnostic(for: name)?.hasPrefix("cannot read: ") == true, "\(name)")
        }
        #expect(outcome.brief?.sources.map(\.id) == ["good"])
    }

    @Test func aSymbolicLinkLoopIsReadOnce() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder + "/a", withIntermediateDirectories: true)
        try Data(Self.good).write(to: URL(fileURLWithPath: folder + "/a/good.txt"))
        try FileManager.default.createSymbolicLink(atPath: folder + "/a/loop", withDestinationPath: folder)
        let outcome = try Self.brief(folder: folder, recursive: true)
        #expect(outcome.loaded?.articles.count == 1)
        #expect(outcome.loaded?.diagnostics.contains { $0.message.contains("symbolic link loop") } == true)
    }

    @Test func twentyThousandTinyFilesAndTheDocumentLimit() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for index in 0..<20_000 {
            let text = "The council met on Monday about item \(index % 50). The mayor said the budget would pass.\n"
            #expect(FileManager.default.createFile(atPath: folder + "/\(100_000 + index).txt", contents: Data(text.utf8)))
        }
        let all = try Self.brief(folder: folder)
        #expect(all.loaded?.articles.count == 20_000)
        #expect(all.brief?.keyPoints.isEmpty == false)
        let limited = try Self.brief(folder: folder) { $0.maxFiles = 500 }
        #expect(limited.loaded?.articles.count == 500)
        #expect(limited.loaded?.diagnostics.first?.message == "19500 of 20000 files left out: more than the limit of 500 (--max-documents)")
    }

    @Test func nonEnglishTextIsRankedAndInventsNoActors() throws {
        let german = """
            Regierung plant neue Wasserpreise

            Die Stadtverwaltung hat am Dienstag die Abstimmung über den neuen Wassertarif verschoben.

            Der Tarif würde die Wasserrechnungen der Haushalte ab Januar um zwölf Prozent erhöhen, teilte der Versorger mit.

            Die Opposition fordert eine unabhängige Prüfung der Kosten.
            """
        let outcome = try Self.brief([
            "a.txt": Array(german.utf8),
            "b.txt": Array(german.replacingOccurrences(of: "Dienstag", with: "Mittwoch").utf8),
        ])
        let brief = try #require(outcome.brief)
        #expect(!brief.keyPoints.isEmpty)
        #expect(brief.actors.isEmpty, "\(brief.actors.map(\.name))")
    }

    @Test func emojiRightToLeftAndZeroWidthTextSurvives() throws {
        let text = """
            Talks 🤝 resume

            The mayor 🏛️ said the budget passed on Monday after a vote of 9 to 2.

            Protesters carried signs reading \u{202E}drowssap\u{202C} and שלום and مرحبا outside the hall.

            The council\u{200B}lor Ana\u{200D}Ruiz said: "We will keep going 💪 until the work is done."
            """
        let outcome = try Self.brief(["a.txt": Array(text.utf8), "good.txt": Self.good])
        let brief = try #require(outcome.brief)
        let normalized = TextNormalizer.normalize(text)
        for quote in brief.quotes where quote.sources.contains("a") {
            #expect(normalized.contains(quote.text))
        }
    }

    @Test func brokenQuotationMarksNeverHangOrInventText() throws {
        let manyMarks = (0..<10_000).map { $0 % 3 == 0 ? "\"" : "word\($0)" }.joined(separator: " ")
        let cases = [
            "Unbalanced: \"The budget passed,\" he said, \"and the \"vote\" was \"close.\n\nThe mayor said \"yes.",
            "Nested: “The mayor said ‘we will “never” give up’ on Monday,” Ruiz said. ‘Unclosed single.",
            "It never closes: \"The council will meet on Friday and then " + String(repeating: "talk more ", count: 2_000),
            "Ten thousand marks. " + manyMarks,
        ]
        for (index, text) in cases.enumerated() {
            let outcome = try Self.brief(["q\(index).txt": Array(text.utf8), "good.txt": Self.good])
            let brief = try #require(outcome.brief, "case \(index)")
            let normalized = TextNormalizer.normalize(text) + TextNormalizer.normalize(String(decoding: Self.good, as: UTF8.self))
            for quote in brief.quotes {
                #expect(normalized.contains(quote.text), "case \(index): \(quote.text.prefix(60))")
            }
        }
    }
}

import BriefBenchmarkKit
import BriefKit
import Foundation
import Testing

/// Paths and helpers shared by the tests.
enum TestSupport {
    /// The package's root folder.
    static let packageRoot: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }  // Support, BriefKitTests, Tests, root
        return url.path
    }()

    static let seeds = packageRoot + "/seeds"
    static let goldenFolder = packageRoot + "/Tests/BriefKitTests/Golden"
    static let sharedFolder = packageRoot + "/../shared"

    /// Documents read from in-memory articles `(id, text)`.
    static func documents(_ articles: [(String, String)]) -> [Document] {
        CorpusReader.documents(from: articles.map { Article(id: $0.0, path: $0.0 + ".txt", text: TextNormalizer.normalize($0.1)) })
    }

    /// The seed brief as pinned by the first golden stage.
    static func seedBrief() throws -> Brief {
        let data = try #require(FileManager.default.contents(atPath: goldenFolder + "/seeds.json"))
        return try JSONBriefDecoder.decode(data)
    }

    /// A brief whose every text field is hostile: markup, entities, CDATA ends, control
    /// characters, quotes in attribute positions and a `javascript:` URL as a source path.
    static let hostileBrief: Brief = {
        let nasty = "<script>alert('x')</script> & </p> AT&T; \"q\" 'a' ]]> <![CDATA[ \u{0}\u{1}\u{8}\u{B}\u{1F}\u{7F}\u{85}\u{FFFE} <!-- --> é 💥 \u{202E}"
        let source = Source(
            id: "evil\"><script>alert(1)</script>", title: nasty, path: "javascript:alert(document.cookie)",
            metadata: SourceMetadata(outlet: nasty, url: "javascript:alert(document.cookie)", published: BriefDate("2025-03-04")))
        let linked = Source(
            id: "linked", title: nasty, path: "linked.html",
            metadata: SourceMetadata(outlet: nasty, url: "https://example.com/a?b=\"><script>alert(1)</script>&c='d'"))
        let ids = [source.id, linked.id]
        return Brief(
            title: nasty, date: BriefDate("2025-03-05")!, sources: [source, linked],
            keyPoints: [KeyPoint(text: nasty, sources: ids, score: 1)],
            agenda: [AgendaItem(date: BriefDate("2025-03-06"), when: nasty, text: nasty, sources: ids, location: nasty, participants: [nasty])],
            actors: [
                Actor(name: nasty, kind: .person, role: nasty, aliases: [nasty], mentions: 1, sources: ids),
                Actor(name: nasty, kind: .organization, role: nil, aliases: [], mentions: 1, sources: ids),
            ],
            quotes: [Quote(text: nasty, speaker: nasty, sources: ids), Quote(text: nasty, speaker: nil, sources: ids)],
            openIssues: [OpenIssue(text: nasty, sources: ids)],
            window: SourceWindow(days: 2, endingOn: BriefDate("2025-03-05")!),
            leftOut: [Source(id: nasty, title: nasty, path: nasty, metadata: SourceMetadata(outlet: nasty, published: BriefDate("2025-01-01")))]
        )
    }()

    /// What `python3 arguments...` prints on stdout, or nil when python3 is missing or fails.
    static func python(_ arguments: [String]) -> Data? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return nil }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return process.terminationStatus == 0 ? data : nil
    }

    /// Runs one of `Tests/Scripts/*.py` with `arguments` and decodes the JSON it prints; nil
    /// when python3 or the script's module is missing (the script then exits non-zero).
    static func pythonCheck(_ script: String, _ arguments: [String]) -> [String: Any]? {
        guard let data = python([packageRoot + "/Tests/Scripts/" + script] + arguments) else { return nil }
        return (try? JSONSerialization.jsonObject(with: data)) as? [String: Any]
    }

    /// Writes `files` (relative path to bytes) into `folder`, creating subfolders.
    static func write(_ files: [String: [UInt8]], into folder: String) throws {
        for (name, bytes) in files {
            let path = folder + "/" + name
            try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            #expect(FileManager.default.createFile(atPath: path, contents: Data(bytes)))
        }
    }

    /// True when python3 can import `module`.
    static func pythonHas(_ module: String) -> Bool {
        (try? run("/usr/bin/env", ["python3", "-c", "import \(module)"]).status) == 0
    }

    /// Runs `executable` with `arguments`; returns its exit status and standard error.
    static func run(_ executable: String, _ arguments: [String]) throws -> (status: Int32, stderr: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let data = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// The first of `paths` that exists.
    static func firstExisting(_ paths: [String]) -> String? {
        paths.first { FileManager.default.fileExists(atPath: $0) }
    }

    /// The seed corpus's documents.
    static func seedDocuments() throws -> [Document] {
        CorpusReader.documents(from: try CorpusLoader().load(paths: [seeds]).articles)
    }

    /// A fresh temporary folder, removed by the caller.
    static func temporaryFolder() throws -> String {
        let path = NSTemporaryDirectory() + "brief-tests-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// Compares `actual` with the golden file `name`. With `BRIEF_RECORD_GOLDEN=1` in the
    /// environment, or when the file does not exist, it records `actual` and fails, so a new
    /// recording is always read and committed on purpose.
    static func assertGolden(_ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let path = goldenFolder + "/" + name
        let record = ProcessInfo.processInfo.environment["BRIEF_RECORD_GOLDEN"] == "1"
        guard !record, let expected = FileManager.default.contents(atPath: path) else {
            try actual.write(toFile: path, atomically: true, encoding: .utf8)
            Issue.record("recorded golden file \(name); review it and run the tests again", sourceLocation: sourceLocation)
            return
        }
        let expectedText = String(decoding: expected, as: UTF8.self)
        if expectedText != actual {
            let expectedLines = expectedText.split(separator: "\n", omittingEmptySubsequences: false)
            let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
            let line =
                zip(expectedLines, actualLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset
                ?? min(expectedLines.count, actualLines.count)
            let want = line < expectedLines.count ? String(expectedLines[line]) : "<end>"
            let got = line < actualLines.count ? String(actualLines[line]) : "<end>"
            Issue.record(
                "\(name) differs at line \(line + 1):\n  golden: \(want)\n  actual: \(got)\n(re-record with BRIEF_RECORD_GOLDEN=1)",
                sourceLocation: sourceLocation)
        }
    }
}

extension SplitMix64 {
    /// A text of `count` pieces (a number drawn in that range), each drawn from `pieces`:
    /// seeded texts for tests that hold a fast reading to a reference one.
    mutating func text(of pieces: [String], count: ClosedRange<Int>) -> String {
        (0..<int(in: count)).map { _ in pick(pieces) }.joined()
    }
}

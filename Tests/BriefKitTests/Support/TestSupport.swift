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
            let line = zip(expectedLines, actualLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset
                ?? min(expectedLines.count, actualLines.count)
            let want = line < expectedLines.count ? String(expectedLines[line]) : "<end>"
            let got = line < actualLines.count ? String(actualLines[line]) : "<end>"
            Issue.record("\(name) differs at line \(line + 1):\n  golden: \(want)\n  actual: \(got)\n(re-record with BRIEF_RECORD_GOLDEN=1)", sourceLocation: sourceLocation)
        }
    }
}

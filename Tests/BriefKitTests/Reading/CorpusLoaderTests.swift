import Foundation
import Testing

@testable import BriefKit

@Suite struct CorpusLoaderTests {
    private func withFolder(_ files: [String: [UInt8]], body: (String) throws -> Void) throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try TestSupport.write(files, into: folder)
        try body(folder)
    }

    @Test func readsTxtFilesSortedByNameWithIDsFromFileNames() throws {
        try withFolder([
            "b.txt": Array("Second.".utf8), "a.txt": Array("First.".utf8), "c.md": Array("Ignored.".utf8),
            ".hidden.txt": Array("Hidden.".utf8), "sub/d.txt": Array("Nested.".utf8),
        ]) { folder in
            let flat = try CorpusLoader().load(paths: [folder])
            #expect(flat.articles.map(\.id) == ["a", "b"])
            let deep = try CorpusLoader(recursive: true).load(paths: [folder])
            #expect(deep.articles.map(\.id) == ["a", "b", "d"])
        }
    }

    @Test func explicitFilesAreReadWhateverTheirExtension() throws {
        try withFolder(["notes.md": Array("A note.".utf8)]) { folder in
            let loaded = try CorpusLoader().load(paths: [folder + "/notes.md"])
            #expect(loaded.articles.map(\.id) == ["notes"])
        }
    }

    @Test func warnsOnWindows1252AndSkipsBinary() throws {
        try withFolder([
            "latin.txt": [0x43, 0x61, 0x66, 0xE9, 0x2E],
            "image.txt": [0x89, 0x50, 0x4E, 0x47, 0x00, 0x01],
            "ok.txt": Array("Fine.".utf8),
        ]) { folder in
            let loaded = try CorpusLoader().load(paths: [folder])
            #expect(loaded.articles.map(\.id) == ["latin", "ok"])
            #expect(loaded.articles[0].text == "Café.")
            #expect(
                loaded.diagnostics.map(\.description) == [
                    "warning: \(folder)/image.txt: binary data (NUL bytes), not text; skipped",
                    "warning: \(folder)/latin.txt: not valid UTF-8; read as Windows-1252",
                ])
        }
    }

    @Test func missingPathAndEmptyCorpusAreErrors() throws {
        #expect(throws: BriefError.missingPath("/no/such/folder")) { try CorpusLoader().load(paths: ["/no/such/folder"]) }
        try withFolder(["readme.md": Array("x".utf8)]) { folder in
            #expect(throws: BriefError.emptyCorpus([folder])) { try CorpusLoader().load(paths: [folder]) }
        }
    }

    @Test func repeatedFileNamesGetDistinctIDs() throws {
        try withFolder(["x/a.txt": Array("One.".utf8), "y/a.txt": Array("Two.".utf8)]) { folder in
            let loaded = try CorpusLoader().load(paths: [folder + "/x/a.txt", folder + "/y/a.txt"])
            #expect(loaded.articles.map(\.id) == ["a", "a-2"])
        }
    }

    @Test func fileExtensionsAreReadAsNSStringReadsThem() {
        for name in ["a.txt", "B.TXT", "page.Html", "archive.tar.gz", "noext", "a.", "a..b", "x.y.z", "é.TXT", "feed.xml"] {
            let path = "/corpus/" + name
            #expect(CorpusLoader.lowercasedExtension(of: path) == (name as NSString).pathExtension.lowercased(), "\(name)")
        }
    }
}

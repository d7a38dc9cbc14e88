import Foundation
import Testing

/// Runs killed at random moments of their write phase never leave a truncated brief, a broken
/// index page or feed, or a damaged search index: each file is the old one or the new one.
@Suite struct KillLoopTests {
    static let sqlite = ["/usr/bin/sqlite3", "/usr/local/bin/sqlite3"].first { FileManager.default.fileExists(atPath: $0) }

    @Test(.enabled(if: sqlite != nil && ProcessInfo.processInfo.environment["BRIEF_SLOW_TESTS"] != nil))
    func killedRunsLeaveTheOldBriefOrTheNewOne() throws {
        let folder = try CLITests.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let day = "2026-11-18"
        var base = ["generate", ArchiveCLITests.fixtures, "--date", day, "--force", "--quiet"]
        // Every brief the loop can write, rendered once by a run that is not killed.
        var versions: [String: Set<Data>] = [:]
        for points in 3...6 {
            let run = try CLITests.brief(base + ["--points", "\(points)"], in: folder)
            #expect(run.status == 0, "\(run.stderr)")
            for ext in ["txt", "html", "xml", "json"] {
                let data = try Data(contentsOf: URL(fileURLWithPath: "\(folder)/output/\(day)/brief.\(ext)"))
                versions[ext, default: []].insert(data)
            }
        }
        base += ["--email", "--to", "desk@example.org", "--from", "brief@example.org"]

        var generator = SystemRandomNumberGenerator()
        var killed = 0
        for round in 0..<60 {
            let process = Process()
            process.executableURL = CLITests.executable
            process.arguments = base + ["--points", "\(3 + round % 4)"]
            process.currentDirectoryURL = URL(fileURLWithPath: folder)
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            usleep(UInt32.random(in: 0...250_000, using: &generator))
            if process.isRunning {
                kill(process.processIdentifier, SIGKILL)
                killed += 1
            }
            process.waitUntilExit()

            for ext in ["txt", "html", "xml", "json"] {
                let data = try Data(contentsOf: URL(fileURLWithPath: "\(folder)/output/\(day)/brief.\(ext)"))
                #expect(versions[ext]?.contains(data) == true, "round \(round): brief.\(ext) is neither an old nor a new brief")
            }
            let index = try String(contentsOfFile: folder + "/output/index.html", encoding: .utf8)
            #expect(index.hasSuffix("</html>\n"), "round \(round): index.html truncated")
            let feed = try String(contentsOfFile: folder + "/output/feed.atom", encoding: .utf8)
            #expect(feed.hasSuffix("</feed>\n"), "round \(round): feed.atom truncated")
            let check = try Self.run(Self.sqlite!, [folder + "/output/archive.sqlite", "PRAGMA integrity_check; SELECT count(*) FROM briefs;"])
            #expect(check == "ok\n1\n", "round \(round): \(check)")
        }
        #expect(killed > 10, "the loop should kill most runs mid-way (killed \(killed))")

        // The next run cleans up what the killed ones left, and the archive still searches.
        let final = try CLITests.brief(base + ["--points", "3"], in: folder)
        #expect(final.status == 0, "\(final.stderr)")
        let leftovers = try FileManager.default.subpathsOfDirectory(atPath: folder + "/output").filter { $0.contains(".tmp-") }
        #expect(leftovers.isEmpty, "\(leftovers)")
        #expect(try CLITests.brief(["archive", "search", "audit"], in: folder).status == 0)
    }

    private static func run(_ executable: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}

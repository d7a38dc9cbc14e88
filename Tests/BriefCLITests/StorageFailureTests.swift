import Foundation
import Testing

/// A full disk and a read-only archive: the run fails with a clear message and exit 10, and
/// the archive keeps its previous brief, index, feed and search index, with no leftovers.
/// These need root and `mount` (a small tmpfs, a read-only bind mount); they are skipped
/// where mounting is not allowed.
@Suite(.serialized) struct StorageFailureTests {
    static func shell(_ command: String) -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return -1 }
        process.waitUntilExit()
        return process.terminationStatus
    }

    static let canMount: Bool = {
        guard geteuid() == 0, let folder = try? CLITests.temporaryFolder() else { return false }
        defer { try? FileManager.default.removeItem(atPath: folder) }
        guard shell("mount -t tmpfs -o size=64k tmpfs '\(folder)'") == 0 else { return false }
        return shell("umount '\(folder)'") == 0
    }()

    /// The archive's files and their bytes, temporaries excluded.
    static func snapshot(_ output: String) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for path in try FileManager.default.subpathsOfDirectory(atPath: output) where !path.hasSuffix(".lock") {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: output + "/" + path, isDirectory: &isFolder), !isFolder.boolValue else { continue }
            files[path] = try Data(contentsOf: URL(fileURLWithPath: output + "/" + path))
        }
        return files
    }

    @Test(.enabled(if: canMount))
    func aFullDiskKeepsThePreviousBrief() throws {
        let folder = try CLITests.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let output = folder + "/output"
        try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        #expect(Self.shell("mount -t tmpfs -o size=1m tmpfs '\(output)'") == 0)
        defer { _ = Self.shell("umount '\(output)'") }
        let base = ["generate", ArchiveCLITests.fixtures, "--date", "2026-11-18", "--quiet"]
        #expect(try CLITests.brief(base + ["--points", "3"], in: folder).status == 0)
        let before = try Self.snapshot(output)
        // Fill the disk, leaving a few kilobytes: less than the next brief needs.
        _ = Self.shell(
            "dd if=/dev/zero of='\(output)/filler' bs=4k 2>/dev/null; rm -f '\(output)/filler.small'; "
                + "truncate -s -12k '\(output)/filler'")
        let filler = try Data(contentsOf: URL(fileURLWithPath: output + "/filler"))
        let run = try CLITests.brief(base + ["--points", "6", "--force"], in: folder)
        #expect(run.status == 10, "\(run.stderr)")
        #expect(run.stderr.hasPrefix("brief: error: cannot write output/"), "\(run.stderr)")
        #expect(run.stderr.hasSuffix(": No space left on device\n"), "\(run.stderr)")
        var after = try Self.snapshot(output)
        #expect(after.removeValue(forKey: "filler")?.count == filler.count)
        // Nothing is replaced unless every file of the day could be written: the archive is
        // exactly as it was, with no temporaries left.
        #expect(after == before)
        let json = try #require(after["2026-11-18/brief.json"])
        #expect((try? JSONSerialization.jsonObject(with: json)) != nil)
    }

    @Test(.enabled(if: canMount))
    func aReadOnlyArchiveFailsClearlyAndStaysAsItWas() throws {
        let folder = try CLITests.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(try CLITests.brief(["generate", ArchiveCLITests.fixtures, "--date", "2026-11-18", "--quiet"], in: folder).status == 0)
        let output = folder + "/output"
        let before = try Self.snapshot(output)
        #expect(Self.shell("mount --bind '\(output)' '\(output)' && mount -o remount,bind,ro '\(output)'") == 0)
        defer { _ = Self.shell("umount '\(output)'") }
        let run = try CLITests.brief(["generate", ArchiveCLITests.fixtures, "--date", "2026-11-19"], in: folder)
        #expect(run.status == 10)
        #expect(run.stderr == "brief: error: cannot write output/.lock: Read-only file system\n")
        #expect(try Self.snapshot(output) == before)
    }
}

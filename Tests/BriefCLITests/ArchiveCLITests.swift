import Foundation
import Testing

/// The daily routine end to end: runs on three dates, replacement rules, the archive commands,
/// the lock, the e-mail package and the run summary.
@Suite struct ArchiveCLITests {
    static let fixtures = CLITests.packageRoot + "/Tests/BriefKitTests/Fixtures/mixed"

    private func brief(_ arguments: [String], in folder: String) throws -> CLITests.Run {
        try CLITests.brief(arguments, in: folder)
    }

    @Test func threeDaysMakeAnArchiveThatListsShowsAndSearches() throws {
        let folder = try CLITests.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for (day, points) in [("2026-11-17", "4"), ("2026-11-18", "5"), ("2026-11-19", "6")] {
            // The same corpus each day is no story: compared, every point would be old news.
            let run = try brief(["generate", Self.fixtures, "--date", day, "--points", points, "--compare-days", "0"], in: folder)
            #expect(run.status == 0, "\(run.stderr)")
            #expect(run.stderr.contains("7 articles from 6 files;"))
            #expect(run.stderr.contains("wrote output/\(day)/"))
        }
        for file in ["index.html", "feed.atom", "archive.sqlite"] {
            #expect(FileManager.default.fileExists(atPath: folder + "/output/" + file))
        }

        let list = try brief(["archive", "list", "--json"], in: folder)
        #expect(list.status == 0, "\(list.stderr)")
        let days = try #require(try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]])
        #expect(days.compactMap { $0["date"] as? String } == ["2026-11-19", "2026-11-18", "2026-11-17"])
        #expect(days.compactMap { $0["keyPoints"] as? Int } == [6, 5, 4])

        let shown = try brief(["archive", "show", "2026-11-18", "--format", "json"], in: folder)
        #expect(shown.stdout == (try String(contentsOfFile: folder + "/output/2026-11-18/brief.json", encoding: .utf8)))

        let search = try brief(["archive", "search", "audit", "--speaker", "Okafor", "--json"], in: folder)
        #expect(search.status == 0, "\(search.stderr)")
        let hits = try #require(try JSONSerialization.jsonObject(with: Data(search.stdout.utf8)) as? [[String: Any]])
        #expect(hits.isEmpty)  // Okafor's quote does not mention an audit: words and filters are ANDed
        let quotes = try brief(["archive", "search", "--speaker", "Okafor"], in: folder)
        #expect(quotes.stdout.hasPrefix("2026-11-17  quote: “We will not vote"))
        #expect(
            quotes.stdout.contains("sources: Harbour City council delays vote on water tariff; Water tariff vote postponed after protest (The Harbour Courier)")
        )

        // The same corpus three days running: the story comes up on the first day, then repeats.
        let story = try brief(["archive", "story", "--actor", "Okafor"], in: folder)
        #expect(story.status == 0, "\(story.stderr)")
        #expect(story.stdout.hasPrefix("3 days, Tuesday 17 November 2026 to Thursday 19 November 2026: "), "\(story.stdout)")
        #expect(story.stdout.contains("new quote: “We will not vote"))
        #expect(story.stdout.components(separatedBy: "“We will not vote").count == 2)  // listed once
        #expect(story.stdout.contains("already reported on an earlier day"))
        let storyJSON = try brief(["archive", "story", "--actor", "Okafor", "--json"], in: folder)
        let storyDays = try #require(try JSONSerialization.jsonObject(with: Data(storyJSON.stdout.utf8)) as? [[String: Any]])
        #expect(storyDays.compactMap { $0["date"] as? String } == ["2026-11-17", "2026-11-18", "2026-11-19"])
        #expect((storyDays.last?["entries"] as? [Any])?.isEmpty == true)
        let nothing = try brief(["archive", "story", "the"], in: folder)
        #expect(nothing.status != 0 && nothing.stderr.contains("a story needs a word to follow"))
        let absent = try brief(["archive", "story", "volcano"], in: folder)
        #expect(absent.status == 0 && absent.stdout.isEmpty && absent.stderr == "brief: no archived brief mentions it\n")

        let missing = try brief(["archive", "show", "1999-01-01"], in: folder)
        #expect(missing.status == 15)
        #expect(missing.stderr == "brief: error: no brief for 1999-01-01 in output\n")

        let searched = try brief(["archive", "search", "audit"], in: folder).stdout
        #expect(searched.contains("key point:") && searched.contains("audit"))
        try FileManager.default.removeItem(atPath: folder + "/output/archive.sqlite")
        let unindexed = try brief(["archive", "search", "audit"], in: folder)
        #expect(unindexed.status == 15 && unindexed.stderr.contains("run 'brief archive reindex'"))
        let reindex = try brief(["archive", "reindex"], in: folder)
        #expect(reindex.status == 0, "\(reindex.stderr)")
        #expect(reindex.stdout.hasPrefix("Indexed 3 briefs"))
        #expect(try brief(["archive", "search", "audit"], in: folder).stdout == searched)
    }

    @Test func theNextDayIsComparedWithTheArchiveAndStdoutWritesNothing() throws {
        let folder = try CLITests.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let first = try brief(["generate", Self.fixtures, "--date", "2026-11-17", "--quiet"], in: folder)
        #expect(first.status == 0, "\(first.stderr)")
        // The same articles a day later: nothing is new, and --only-new says so.
        let next = try brief(
            ["generate", Self.fixtures, "--date", "2026-11-18", "--stdout", "--only-new", "--format", "json"], in: folder)
        #expect(next.status == 0, "\(next.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(next.stdout.utf8)) as? [String: Any])
        let comparison = try #require(json["comparison"] as? [String: Any])
        #expect(comparison["comparedDays"] as? [String] == ["2026-11-17"])
        #expect((comparison["reportedPointsLeftOut"] as? Int ?? 0) > 0)
        let text = try brief(["generate", Self.fixtures, "--date", "2026-11-18", "--stdout"], in: folder)
        #expect(text.stdout.contains("Compared with the brief of Tuesday 17 November 2026"))
        #expect(text.stdout.contains("Also still in the news:"))
        // --stdout compared with the archive, and wrote nothing into it.
        #expect(!FileManager.default.fileExists(atPath: folder + "/output/2026-11-18"))
    }

    @Test func aCronRerunWithALateArticleWritesRevisionTwoAndKeepsRevisionOne() throws {
        let folder = try CLITests.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let news = folder + "/news"
        try FileManager.default.copyItem(atPath: Self.fixtures, toPath: news)
        try FileManager.default.removeItem(atPath: news + "/06-feed.atom")  // arrives late
        let base = ["generate", news, "--date", "2026-11-18", "--email", "--to", "desk@example.org", "--from", "brief@example.org"]
        let first = try brief(base, in: folder)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.hasPrefix("Wrote output/2026-11-18/brief.txt\n"))
        let again = try brief(base, in: folder)
        #expect(again.status == 0 && again.stdout.hasPrefix("Unchanged output/2026-11-18/brief.txt"))
        let before = try String(contentsOfFile: folder + "/output/2026-11-18/brief.json", encoding: .utf8)
        let mailBefore = try String(contentsOfFile: folder + "/output/2026-11-18/brief.eml", encoding: .utf8)

        try FileManager.default.copyItem(atPath: Self.fixtures + "/06-feed.atom", toPath: news + "/06-feed.atom")
        let rerun = try brief(base, in: folder)
        #expect(rerun.status == 0, "\(rerun.stderr)")
        #expect(rerun.stdout.hasPrefix("Wrote output/2026-11-18/brief.txt (revision 2)\n"), "\(rerun.stdout)")
        let after = try String(contentsOfFile: folder + "/output/2026-11-18/brief.json", encoding: .utf8)
        #expect(after != before && after.contains("06-feed"))
        #expect(try String(contentsOfFile: folder + "/output/2026-11-18/revisions/1/brief.json", encoding: .utf8) == before)
        #expect(try String(contentsOfFile: folder + "/output/2026-11-18/revisions/1/brief.eml", encoding: .utf8) == mailBefore)
        #expect(FileManager.default.fileExists(atPath: folder + "/output/2026-11-18/brief.eml"))

        let shown = try brief(["archive", "show", "2026-11-18", "--format", "json", "--revision", "1"], in: folder)
        #expect(shown.status == 0 && shown.stdout == before)
        #expect(try brief(["archive", "show", "2026-11-18", "--format", "json", "--revision", "2"], in: folder).stdout == after)
        let missing = try brief(["archive", "show", "2026-11-18", "--revision", "3"], in: folder)
        #expect(missing.status == 15 && missing.stderr == "brief: error: 2026-11-18 has revisions 1 to 2; there is no revision 3\n")
        // The archive lists the day once, with its current brief.
        let list = try brief(["archive", "list"], in: folder)
        #expect(list.stdout.components(separatedBy: "2026-11-18").count == 2, "\(list.stdout)")
        // --force is still accepted, and changes nothing now.
        #expect(try brief(base + ["--force"], in: folder).stdout.hasPrefix("Unchanged"))
    }

    @Test func sendmailSendsTheWrittenMessageAndAFailureKeepsIt() throws {
        let folder = try CLITests.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let good = folder + "/good-sendmail"
        try "#!/bin/sh\necho \"$@\" > \"$(dirname \"$0\")/args\"\ncat > \"$(dirname \"$0\")/sent.eml\"\n"
            .write(toFile: good, atomically: true, encoding: .utf8)
        let bad = folder + "/bad-sendmail"
        try "#!/bin/sh\ncat > /dev/null\necho 'mail queue full' >&2\nexit 75\n".write(toFile: bad, atomically: true, encoding: .utf8)
        chmod(good, 0o755)
        chmod(bad, 0o755)
        let base = [
            "generate", Self.fixtures, "--date", "2026-11-18", "--quiet", "--email", "--to", "desk@example.org", "--from",
            "brief@example.org", "--sendmail",
        ]
        let sent = try brief(base + ["--sendmail-command", good + " -t -oi"], in: folder)
        #expect(sent.status == 0, "\(sent.stderr)")
        let eml = try String(contentsOfFile: folder + "/output/2026-11-18/brief.eml", encoding: .utf8)
        #expect(try String(contentsOfFile: folder + "/sent.eml", encoding: .utf8) == eml)
        #expect(try String(contentsOfFile: folder + "/args", encoding: .utf8) == "-t -oi\n")

        let failed = try brief(base + ["--sendmail-command", bad], in: folder)
        #expect(failed.status == 17)
        #expect(
            failed.stderr
                == "brief: error: could not send output/2026-11-18/brief.eml: \(bad) exited with 75: mail queue full; the message is kept\n")
        #expect(FileManager.default.fileExists(atPath: folder + "/output/2026-11-18/brief.eml"))
        let missing = try brief(base + ["--sendmail-command", "/nonexistent/sendmail"], in: folder)
        #expect(missing.status == 17 && missing.stderr.contains("/nonexistent/sendmail not found"))
        let injected = try brief(base + ["--subject", "Daily\r\nBcc: x@example.org"], in: folder)
        #expect(injected.status == 64 && injected.stderr.contains("--subject must be one line"))
        let stray = try brief(["generate", Self.fixtures, "--sendmail"], in: folder)
        #expect(stray.status == 64 && stray.stderr.contains("need --email"))
    }

    static let hasFOP =
        FileManager.default.isExecutableFile(atPath: "/usr/bin/fop")
        && FileManager.default.isExecutableFile(atPath: "/usr/bin/pdfinfo")

    /// `pdfinfo`'s "Page size" line of a PDF.
    static func pageSize(_ path: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/pdfinfo")
        process.arguments = [path]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let info = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return info.split(separator: "\n").first { $0.hasPrefix("Page size:") }.map(String.init) ?? ""
    }

    @Test(.enabled(if: hasFOP, "needs Debian's fop and poppler-utils (.ci/run installs them)"))
    func aPDFIsMadeOnA4OrLetterTheSameBytesEachTimeAndAttached() throws {
        let folder = try CLITests.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let base = [
            "generate", Self.fixtures, "--date", "2026-11-18", "--format", "pdf", "--format", "text", "--email", "--to",
            "desk@example.org", "--from", "brief@example.org", "--attach", "pdf,docbook",
        ]
        let run = try brief(base, in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        let pdf = folder + "/output/2026-11-18/brief.pdf"
        #expect(try Self.pageSize(pdf).hasSuffix("(A4)"))
        #expect(FileManager.default.fileExists(atPath: folder + "/output/2026-11-18/brief.xml"))  // the PDF's source
        let first = try Data(contentsOf: URL(fileURLWithPath: pdf))
        let again = try brief(base, in: folder)
        #expect(again.stdout.contains("Unchanged output/2026-11-18/brief.pdf"), "\(again.stdout)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: pdf)) == first)
        let eml = try String(contentsOfFile: folder + "/output/2026-11-18/brief.eml", encoding: .utf8)
        #expect(eml.contains("Content-Type: application/pdf;\r\n name=\"brief-2026-11-18.pdf\""))
        #expect(eml.contains("Content-Type: application/docbook+xml"))

        let letter = try brief(base + ["--paper", "letter"], in: folder)
        #expect(letter.status == 0 && letter.stdout.contains("brief.pdf (revision 2)"), "\(letter.stdout)")
        #expect(try Self.pageSize(pdf).hasSuffix("(letter)"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: folder + "/output/2026-11-18/revisions/1/brief.pdf")) == first)
    }

    @Test func aMissingPDFToolchainSaysHowToInstallIt() throws {
        let folder = try CLITests.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let run = try CLITests.brief(
            ["generate", Self.fixtures, "--date", "2026-11-18", "--format", "pdf"], in: folder, environment: ["PATH": "/nonexistent"])
        #expect(run.status == 18)
        #expect(run.stderr.contains("is not installed; install them with 'apt-get install fop docbook-xsl-ns xsltproc'"), "\(run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder + "/output/2026-11-18"))  // nothing half-written
        let stdout = try CLITests.brief(["generate", Self.fixtures, "--format", "pdf", "--stdout"], in: folder)
        #expect(stdout.status == 8 && stdout.stderr.contains("a PDF goes into the archive"))
        let paper = try CLITests.brief(["generate", Self.fixtures, "--format", "pdf", "--paper", "a3"], in: folder)
        #expect(paper.status == 8 && paper.stderr.contains("unknown --paper 'a3': choose from a4, letter"))
    }

    @Test func aSecondRunWaitsForTheLockThenFailsClearly() throws {
        let folder = try CLITests.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder + "/output", withIntermediateDirectories: true)
        let holder = Process()
        holder.executableURL = URL(fileURLWithPath: "/usr/bin/flock")
        holder.arguments = [folder + "/output/.lock", "sleep", "5"]
        try holder.run()
        defer { holder.terminate() }
        usleep(300_000)
        let run = try brief(["generate", Self.fixtures, "--date", "2026-11-18", "--lock-timeout", "0.5"], in: folder)
        #expect(run.status == 14)
        #expect(run.stderr.hasSuffix("brief: error: another brief run is writing this archive (lock output/.lock still held after 0.5 s); try again later\n"))
        #expect(!FileManager.default.fileExists(atPath: folder + "/output/2026-11-18"))
    }

    @Test func emailWritesAMessageBesideTheBrief() throws {
        let folder = try CLITests.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let run = try brief(
            [
                "generate", Self.fixtures, "--email", "--to", "Desk <desk@example.org>", "--from", "brief@example.org",
                "--subject", "Morning brief",
            ], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Wrote output/2026-11-18/brief.eml"))  // the newest source's day
        let message = try String(contentsOfFile: folder + "/output/2026-11-18/brief.eml", encoding: .utf8)
        #expect(message.contains("\r\nSubject: Morning brief\r\n"))

        let noRecipient = try brief(["generate", Self.fixtures, "--email", "--from", "brief@example.org"], in: folder)
        #expect(noRecipient.status == 64 && noRecipient.stderr.contains("--email needs at least one --to address"))
        let injected = try brief(
            [
                "generate", Self.fixtures, "--email", "--from", "brief@example.org",
                "--to", "a@example.org\r\nBcc: x@evil.example",
            ], in: folder)
        #expect(injected.status == 64 && injected.stderr.contains("is not an e-mail address"))
    }

    /// The crontab line in the README, run as cron runs it: `/bin/sh -c` with a bare
    /// environment (HOME and a minimal PATH), `\%` turned into `%`, and a stand-in sendmail
    /// that keeps the message it is given.
    @Test func theREADMECrontabLineRuns() throws {
        let readme = try String(contentsOfFile: CLITests.packageRoot + "/README.md", encoding: .utf8)
        let block = try #require(readme.components(separatedBy: "```crontab\n").dropFirst().first?.components(separatedBy: "```").first)
        let entry = try #require(block.split(separator: "\n").first { $0.first?.isNumber == true })
        let command = entry.split(separator: " ", maxSplits: 5, omittingEmptySubsequences: true)[5]
            .replacingOccurrences(of: "\\%", with: "%")
        #expect(command.contains("/usr/sbin/sendmail -t"))

        let home = try CLITests.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: home) }
        try FileManager.default.createDirectory(atPath: home + "/brief/.build/release", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: home + "/brief/.build/release/brief", withDestinationPath: CLITests.executable.path)
        try FileManager.default.copyItem(atPath: Self.fixtures, toPath: home + "/news")
        let sendmail = home + "/sendmail"
        try "#!/bin/sh\n[ \"$1\" = -t ] || exit 2\ncat > \"$HOME/sent.eml\"\n".write(toFile: sendmail, atomically: true, encoding: .utf8)
        chmod(sendmail, 0o755)

        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command.replacingOccurrences(of: "/usr/sbin/sendmail", with: sendmail)]
        process.environment = ["HOME": home, "PATH": "/usr/bin:/bin", "SHELL": "/bin/sh", "LOGNAME": "cron"]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let printed = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(printed)")
        #expect(printed.isEmpty, "a good run under --quiet prints nothing, so cron mails nothing")

        let formatter = DateFormatter()
        formatter.dateFormat = "yyyy-MM-dd"
        let today = formatter.string(from: Date())
        let sent = try String(contentsOfFile: home + "/sent.eml", encoding: .utf8)
        #expect(sent == (try String(contentsOfFile: home + "/brief/output/\(today)/brief.eml", encoding: .utf8)))
        #expect(sent.contains("\r\nTo: \"Policy desk\" <desk@example.org>\r\n"))
        #expect(FileManager.default.fileExists(atPath: home + "/brief/output/index.html"))
    }
}

/// Limits and all-skipped corpora on the command line.
@Suite struct LimitsCLITests {
    @Test func whenEveryFileIsSkippedTheReasonsComeBeforeTheError() throws {
        let folder = try CLITests.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Data([0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0]).write(to: URL(fileURLWithPath: folder + "/photo.txt"))
        let run = try CLITests.brief(["generate", folder, "--stdout"])
        #expect(run.status == 4)
        #expect(
            run.stderr == "brief: warning: \(folder)/photo.txt: binary data (NUL bytes), not text; skipped\n"
                + "brief: error: no readable articles found in \(folder)\n")
    }

    @Test func limitsAreFlagsAndAHitLimitIsReported() throws {
        let folder = try CLITests.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let long = "The council " + String(repeating: "met again and again ", count: 200) + "on Monday."
        try long.write(toFile: folder + "/a.txt", atomically: true, encoding: .utf8)
        try "The mayor said the budget passed. The vote was close.".write(toFile: folder + "/b.txt", atomically: true, encoding: .utf8)
        let run = try CLITests.brief(["generate", folder, "--stdout", "--max-sentence-length", "500", "--max-documents", "1"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("1 of 2 files left out: more than the limit of 1 (--max-documents)"))
        #expect(run.stderr.contains("1 sentences longer than 500 characters were cut into pieces for ranking (--max-sentence-length)"))
        for bad in [["--max-documents", "0"], ["--max-file-size", "0"], ["--max-sentence-length", "5"]] {
            #expect(try CLITests.brief(["generate", folder, "--stdout"] + bad).status == 64)
        }
    }
}

import Foundation
import Testing

/// The `brief` executable end to end: output, files, and each user error's message and exit code.
@Suite struct CLITests {
    static let packageRoot: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    /// The built `brief`, beside the test bundle.
    static let executable: URL = {
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        if folder.lastPathComponent.hasSuffix(".xctest") || folder.path.contains(".xctest/") {
            while !folder.lastPathComponent.hasSuffix(".xctest") { folder.deleteLastPathComponent() }
            folder.deleteLastPathComponent()
        }
        return folder.appendingPathComponent("brief")
    }()

    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs brief (or another `executable`) with `arguments` in `folder` (default: the package
    /// root), feeding `input`, with `environment` added to this process's.
    static func brief(
        _ arguments: [String], in folder: String = packageRoot, input: String? = nil,
        environment: [String: String] = [:], executable: URL = executable
    ) throws -> Run {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, added in added }
        }
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        let out = Pipe(), err = Pipe(), stdin = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = stdin
        try process.run()
        if let input { stdin.fileHandleForWriting.write(Data(input.utf8)) }
        try stdin.fileHandleForWriting.close()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }

    static func temporaryFolder() throws -> String {
        let path = NSTemporaryDirectory() + "brief-cli-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    @Test func stdoutJSONForADate() throws {
        let run = try Self.brief(["generate", "seeds", "--date", "2025-03-05", "--format", "json", "--stdout"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.isEmpty)
        let json = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
        #expect(json?["schema"] as? String == "brief/2")
        #expect(json?["date"] as? String == "2025-03-05")
        #expect((json?["keyPoints"] as? [Any])?.count == 10)
        #expect((json?["sources"] as? [Any])?.count == 5)
    }

    @Test func noSubcommandBriefsTheSeedsIntoOutput() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.copyItem(atPath: Self.packageRoot + "/seeds", toPath: folder + "/seeds")
        let run = try Self.brief([], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        let lines = run.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 4)
        for (line, ext) in zip(lines, ["txt", "html", "xml", "json"]) {
            #expect(line.hasPrefix("Wrote output/") && line.hasSuffix("/brief.\(ext)"))
            let path = folder + "/" + line.dropFirst("Wrote ".count)
            #expect(FileManager.default.fileExists(atPath: path))
        }
        let leftovers = try FileManager.default.subpathsOfDirectory(atPath: folder + "/output").filter { $0.contains(".tmp-") }
        #expect(leftovers.isEmpty)
    }

    @Test func timingsReportEveryStageOnStderrAndLeaveTheBriefAlone() throws {
        let plain = try Self.brief(["generate", "seeds", "--date", "2025-03-05", "--stdout"])
        let timed = try Self.brief(["generate", "seeds", "--date", "2025-03-05", "--stdout", "--timings"])
        #expect(timed.status == 0)
        #expect(timed.stdout == plain.stdout)
        let stages = timed.stderr.split(separator: "\n").filter { $0.hasPrefix("brief: timing: stage=") }
            .map { $0.split(separator: " ")[2].dropFirst("stage=".count) }
        #expect(stages == ["read", "segment", "index", "rank", "extract", "render"])
    }

    @Test func sameCorpusAndDateGiveTheSameBytes() throws {
        let first = try Self.brief(["generate", "seeds", "--date", "2025-03-05", "--stdout"])
        let second = try Self.brief(["generate", "seeds", "--date", "2025-03-05", "--stdout"])
        #expect(first.status == 0)
        #expect(first.stdout == second.stdout)
        #expect(first.stdout.contains("KEY POINTS"))
    }

    @Test(arguments: [
        (["generate", "no-such-folder"], Int32(3), "brief: error: no such file or folder: no-such-folder"),
        (["generate", "Sources/CLibXML2"], Int32(4), "brief: error: no readable articles found in Sources/CLibXML2"),
        (
            ["generate", "seeds", "--date", "2025-02-30"], Int32(6),
            "brief: error: invalid date '2025-02-30': expected a real day as YYYY-MM-DD, e.g. 2025-03-05"
        ),
        (["generate", "seeds", "--format", "rtf"], Int32(7), "brief: error: unknown format 'rtf': choose from text, html, docbook, json, pdf, all"),
        (
            ["generate", "seeds", "--stdout", "--format", "text", "--format", "json"], Int32(8),
            "brief: error: --stdout writes one format; got 2 (text, json)"
        ),
        (["generate", "seeds", "--points", "0"], Int32(8), "brief: error: --points must be at least 1 (got 0)"),
        (["generate", "seeds", "--words", "0"], Int32(8), "brief: error: --words must be at least 1 (got 0)"),
    ])
    func userErrorsGiveOneLineAndTheirExitCode(arguments: [String], status: Int32, message: String) throws {
        let run = try Self.brief(arguments)
        #expect(run.status == status)
        #expect(run.stderr == message + "\n")
        #expect(run.stdout.isEmpty)
    }

    @Test func formatsAllAndStyles() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let run = try Self.brief([
            "generate", "seeds", "--date", "2025-03-05", "--format", "all", "--style", "compact",
            "--output-dir", folder,
        ])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.split(separator: "\n").count == 4)
        let html = try String(contentsOfFile: folder + "/2025-03-05/brief.html", encoding: .utf8)
        #expect(html.contains("name: Compact"))
        let unknown = try Self.brief(["generate", "seeds", "--style", "fancy", "--stdout"])
        #expect(unknown.status == 11)
        #expect(unknown.stderr == "brief: error: unknown style 'fancy': choose from compact, default, or give a path to a .css file\n")
    }

    @Test func validateChecksDocBookFiles() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let generated = try Self.brief(["generate", "seeds", "--date", "2025-03-05", "--format", "docbook", "--output-dir", folder])
        #expect(generated.status == 0)
        let good = try Self.brief(["validate", folder + "/2025-03-05/brief.xml", "--schema", "/usr/share/xml/docbook/schema/rng/5.0/docbook.rng"])
        let schemaInstalled = FileManager.default.fileExists(atPath: "/usr/share/xml/docbook/schema/rng/5.0/docbook.rng")
        if schemaInstalled {
            #expect(good.status == 0, "\(good.stderr)")
            #expect(good.stdout.hasSuffix("valid DocBook 5.0 (/usr/share/xml/docbook/schema/rng/5.0/docbook.rng)\n"))
            try "<article xmlns=\"http://docbook.org/ns/docbook\" version=\"5.0\"><bogus/></article>"
                .write(toFile: folder + "/bad.xml", atomically: true, encoding: .utf8)
            let bad = try Self.brief(["validate", folder + "/bad.xml"])
            #expect(bad.status == 12)
            #expect(bad.stderr.contains("brief: error: \(folder)/bad.xml: not valid DocBook 5.0: line 1:"))
        }
        let noSchema = try Self.brief(["validate", folder + "/2025-03-05/brief.xml", "--schema", folder + "/missing.rng"])
        #expect(noSchema.status == 3)
        #expect(noSchema.stderr == "brief: error: no such file or folder: \(folder)/missing.rng\n")
    }

    @Test func corpusWithNoReadableSentence() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(FileManager.default.createFile(atPath: folder + "/empty.txt", contents: Data("\n   \n".utf8)))
        #expect(FileManager.default.createFile(atPath: folder + "/ad.txt", contents: Data("Advertisement\n".utf8)))
        let run = try Self.brief(["generate", folder, "--output-dir", folder + "/out"])
        #expect(run.status == 5)
        #expect(run.stderr == "brief: error: the articles contain no readable sentence to brief\n")
        #expect(!FileManager.default.fileExists(atPath: folder + "/out"))
    }

    @Test func warningsGoToStderrAndTheRestIsBriefed() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(FileManager.default.createFile(atPath: folder + "/a.txt", contents: Data("The council approved the flood budget on Monday night.".utf8)))
        #expect(FileManager.default.createFile(atPath: folder + "/b.txt", contents: Data([0x89, 0x50, 0x00, 0x01])))
        let run = try Self.brief(["generate", folder, "--stdout", "--date", "2025-03-05"])
        #expect(run.status == 0)
        #expect(run.stderr == "brief: warning: \(folder)/b.txt: binary data (NUL bytes), not text; skipped\n")
        #expect(run.stdout.contains("The council approved the flood budget on Monday night. [1]"))
    }

    @Test func libxml2MessagesDoNotReachStandardError() throws {
        // A page whose declared charset does not fit its bytes: libxml2 prints "encoding
        // error" lines itself unless brief silences it; brief's own report is all that shows.
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let page =
            Data(
                "<html><head><meta charset=\"iso-2022-jp\"><title>Budget</title></head><body><article><p>The council will vote on the budget on Monday. \u{1B}$B"
                    .utf8)
            + Data([0xFF, 0xFE]) + Data(" The mayor said it was fine.</p></article></body></html>".utf8)
        #expect(FileManager.default.createFile(atPath: folder + "/a.html", contents: page))
        #expect(FileManager.default.createFile(atPath: folder + "/b.txt", contents: Data("The council approved the flood budget on Monday night.".utf8)))
        let run = try Self.brief(["generate", folder, "--stdout", "--date", "2025-03-05"])
        #expect(run.status == 0)
        #expect(!run.stderr.contains("error :"), "\(run.stderr)")
        #expect(run.stdout.contains("[2] The council approved the flood budget on Monday night\n"))
    }

    @Test func aFolderOfTwoStoriesBriefsTheMainOneAndListsTheOther() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let harbour = [
            "Mayor Ilse Varga said the Dunmore harbour council would approve the ferry budget.",
            "The Dunmore ferry service carries four thousand passengers a day across the estuary.",
            "Varga told the council that the harbour dredging must start before the winter storms.",
            "Ferry operators in Dunmore warned that fares would rise if the budget was cut.",
            "The harbour council meets again to vote on the Dunmore ferry contract.",
        ]
        let flood = [
            "Storm Kestrel flooded hundreds of homes in the Carrow valley overnight.",
            "Rescue teams in the Carrow valley pulled twelve people from the river Lune.",
            "The Lune burst its banks at Ashby as Kestrel brought a month of rain in a day.",
            "Farmers near Ashby said the Kestrel floods had drowned their winter crops.",
            "Engineers inspected the Carrow dam after the Lune rose four metres.",
        ]
        func write(_ name: String, _ story: [String], from start: Int) throws {
            let text = (0..<4).map { story[(start + $0) % story.count] }.joined(separator: "\n\n") + "\n"
            try text.write(toFile: folder + "/" + name, atomically: true, encoding: .utf8)
        }
        for k in 0..<4 { try write("harbour\(k).txt", harbour, from: k) }
        for k in 0..<2 { try write("flood\(k).txt", flood, from: k) }

        let run = try Self.brief(["generate", folder, "--date", "2025-03-05", "--output-dir", folder + "/out"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("6 articles from 6 files; 1 other story (2 articles) left out, see the brief's end;"), "\(run.stderr)")
        let text = try String(contentsOfFile: folder + "/out/2025-03-05/brief.txt", encoding: .utf8)
        #expect(text.contains("· 4 sources, none dated\n"))
        #expect(text.contains("OTHER STORIES\n\n1 other story in the folder (2 articles) was left out of this brief:\n"), "\(text)")
        #expect(!text.contains("Kestrel flooded hundreds of homes in the Carrow valley overnight. ["))  // not a key point

        let all = try Self.brief(["generate", folder, "--date", "2025-03-05", "--stdout", "--all-stories"])
        #expect(all.status == 0 && all.stdout.contains("· 6 sources, none dated\n") && !all.stdout.contains("OTHER STORIES"))
    }

    @Test func oldSourcesAreLeftOutCountedAndListedAndTheWindowCanWiden() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let files = [
            "old.txt": "---\npublished: 2024-01-01\noutlet: The Gazette\n---\nThe council approved last year's harbour budget after a long debate.\n",
            "new.txt": "---\npublished: 2025-03-04\noutlet: The Courier\n---\nThe council will vote on the ferry fares on Friday, the mayor said.\n",
            "undated.txt": "The dockers said the strike would go on until the talks resume next week.\n",
        ]
        for (name, text) in files { try text.write(toFile: folder + "/" + name, atomically: true, encoding: .utf8) }

        let run = try Self.brief(["generate", folder, "--date", "2025-03-05", "--output-dir", folder + "/out"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("3 articles from 3 files; 1 published outside 2025-03-03 – 2025-03-05 left out;"), "\(run.stderr)")
        let text = try String(contentsOfFile: folder + "/out/2025-03-05/brief.txt", encoding: .utf8)
        #expect(text.contains("Wednesday 5 March 2025 · 2 sources, 1 undated\n"))
        #expect(text.contains("LEFT OUT\n\n1 source published before Monday 3 March 2025 was left out:\n"))
        #expect(text.contains("(The Gazette · 2024-01-01)"))
        #expect(!text.contains("last year's harbour budget after a long debate. ["))  // not a key point

        let widened = try Self.brief(["generate", folder, "--date", "2025-03-05", "--since", "2024-01-01", "--stdout"])
        #expect(widened.status == 0 && widened.stdout.contains("· 3 sources, 1 undated") && !widened.stdout.contains("LEFT OUT"))
        let wider = try Self.brief(["generate", folder, "--date", "2025-03-05", "--window", "500", "--stdout"])
        #expect(wider.stdout == widened.stdout)

        try FileManager.default.removeItem(atPath: folder + "/undated.txt")
        let none = try Self.brief(["generate", folder, "--date", "2026-06-01", "--stdout"])
        #expect(none.status == 16)
        #expect(none.stderr == "brief: error: all 2 sources were published outside 2026-05-30 – 2026-06-01; widen the window with --window or --since\n")
        let negative = try Self.brief(["generate", folder, "--window=-1", "--stdout"])
        #expect(negative.status == 64 && negative.stderr.contains("--window must be 0 or more days"))
    }

    @Test func filesWithoutDatesAreDatedByTheirModificationDayMarkedAsSuch() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let files = [
            ("old.txt", "The harbour board approved last winter's dredging budget after a long debate.\n", 1),
            ("tuesday.txt", "The council will vote on the ferry fares on Thursday, the mayor said.\n", 4),
            ("wednesday.txt", "The dockers said the strike at the ferry terminal would go on until the vote.\n", 5),
        ]
        for (name, text, day) in files {
            try text.write(toFile: folder + "/" + name, atomically: true, encoding: .utf8)
            // Noon local time on that day of March 2025.
            let noon = try #require(Calendar.current.date(from: DateComponents(year: 2025, month: 3, day: day, hour: 12)))
            try FileManager.default.setAttributes([.modificationDate: noon], ofItemAtPath: folder + "/" + name)
        }

        // No --date: the newest file's day; the window counts back from it.
        let run = try Self.brief(["generate", folder, "--format", "text", "--output-dir", folder + "/out"])
        #expect(run.status == 0, "\(run.stderr)")
        let text = try String(contentsOfFile: folder + "/out/2025-03-05/brief.txt", encoding: .utf8)
        #expect(text.contains("Wednesday 5 March 2025 · 2 sources, all dated by their files\n"), "\(text)")
        #expect(text.contains("file date 2025-03-04"))
        #expect(text.contains("1 source published before Monday 3 March 2025 was left out:"))
        // "On Thursday" counts from the file's Tuesday.
        #expect(text.contains("Thursday 6 March 2025"), "\(text)")

        let undated = try Self.brief(["generate", folder, "--no-file-dates", "--date", "2025-03-05", "--stdout"])
        #expect(undated.status == 0, "\(undated.stderr)")
        #expect(undated.stdout.contains("Wednesday 5 March 2025 · 3 sources, none dated\n"))
        #expect(!undated.stdout.contains("file date"))

        // The configuration file turns it off too; the command line wins over it.
        try "file-dates: false\n".write(toFile: folder + "/brief.yaml", atomically: true, encoding: .utf8)
        let configured = try Self.brief(["generate", ".", "--date", "2025-03-05", "--stdout"], in: folder)
        #expect(configured.stdout == undated.stdout, "\(configured.stderr)")
        let overridden = try Self.brief(["generate", ".", "--file-dates", "--date", "2025-03-05", "--stdout"], in: folder)
        #expect(overridden.stdout.contains("· 2 sources, all dated by their files\n"), "\(overridden.stderr)")
        try FileManager.default.removeItem(atPath: folder + "/brief.yaml")

        // A brief for a day before the files were written: their times say nothing.
        let earlier = try Self.brief(["generate", folder, "--date", "2025-02-01", "--stdout"])
        #expect(earlier.status == 0 && earlier.stdout.contains("Saturday 1 February 2025 · 3 sources, none dated\n"), "\(earlier)")
    }

    @Test func fromAnotherFolderTheStylesAndSeedsAreFound() throws {
        let elsewhere = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: elsewhere) }
        // The built executable finds the checkout it was built in.
        let built = try Self.brief(["--stdout", "--style", "compact", "--format", "html", "--date", "2025-03-05"], in: elsewhere)
        #expect(built.status == 0, "\(built.stderr)")
        #expect(built.stdout.contains("Defence secretary John Healey"))
        // An installed copy finds <prefix>/share/brief.
        let prefix = elsewhere + "/prefix"
        let install = try Self.brief(
            [Self.packageRoot + "/scripts/install.sh", prefix], environment: ["BRIEF_EXECUTABLE": Self.executable.path],
            executable: URL(fileURLWithPath: "/bin/bash"))
        #expect(install.status == 0, "\(install.stderr)")
        for file in ["bin/brief", "share/brief/styles/compact.css", "share/brief/seeds", "share/man/man1/brief.1", "share/bash-completion/completions/brief"] {
            #expect(FileManager.default.fileExists(atPath: prefix + "/" + file), "\(file)")
        }
        let installed = try Self.brief(
            ["--stdout", "--style", "compact", "--format", "html", "--date", "2025-03-05"], in: elsewhere,
            executable: URL(fileURLWithPath: prefix + "/bin/brief"))
        #expect(installed.status == 0)
        #expect(installed.stdout == built.stdout)
    }

    @Test func aConfigurationFileMakesTheCronLineJustBrief() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder + "/news", withIntermediateDirectories: true)
        try "---\npublished: 2025-03-04\noutlet: The Courier\n---\nThe council will vote on the ferry fares on Friday, the mayor said.\n"
            .write(toFile: folder + "/news/a.txt", atomically: true, encoding: .utf8)
        let config = [
            "# The desk's daily defaults.", "paths: [news]", "output-dir: briefs", "format: [text, json]", "window: 3",
            "quiet: true", "colour: blue", "email:", "  to: [\"Desk <desk@example.org>\"]", "  from: brief@example.org",
        ]
        try config.joined(separator: "\n").write(toFile: folder + "/brief.yaml", atomically: true, encoding: .utf8)
        let run = try Self.brief(["--date", "2025-03-05"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr == "brief: warning: brief.yaml line 7: unknown key 'colour' ignored\n")
        for file in ["brief.txt", "brief.json", "brief.eml"] {
            #expect(FileManager.default.fileExists(atPath: folder + "/briefs/2025-03-05/" + file), "\(file)")
        }
        #expect(!FileManager.default.fileExists(atPath: folder + "/briefs/2025-03-05/brief.html"))  // format: [text, json]
        // Options on the command line win: a single value, and a list.
        let other = try Self.brief(["generate", "--date", "2025-03-05", "--output-dir", "other", "--format", "html"], in: folder)
        #expect(other.status == 0, "\(other.stderr)")
        #expect(FileManager.default.fileExists(atPath: folder + "/other/2025-03-05/brief.html"))
        #expect(!FileManager.default.fileExists(atPath: folder + "/other/2025-03-05/brief.txt"))
        // --no-config reads none (the sample seeds).
        let plain = try Self.brief(["--no-config", "--stdout", "--date", "2025-03-05"], in: folder)
        #expect(plain.status == 0 && plain.stdout.contains("Defence secretary John Healey") && plain.stderr.isEmpty)
        // A broken file names itself and its line; an explicit one must exist.
        try "window: [\n".write(toFile: folder + "/bad.yaml", atomically: true, encoding: .utf8)
        let bad = try Self.brief(["--config", "bad.yaml"], in: folder)
        #expect(bad.status == 8 && bad.stderr.hasPrefix("brief: error: bad.yaml: not valid YAML (line 2"), "\(bad.stderr)")
        let missing = try Self.brief(["--config", "nope.yaml"], in: folder)
        #expect(missing.status == 8 && missing.stderr == "brief: error: no such configuration file: nope.yaml\n")
        // Other commands read no configuration.
        #expect(try Self.brief(["archive", "list", "--output-dir", "briefs"], in: folder).stderr.isEmpty)
    }

    @Test func theConfigurationFileKnowsEveryOptionOfGenerate() throws {
        // The options as the parser knows them (the same dump the man page is made from).
        let dump = try Self.brief(["generate", "--experimental-dump-help"])
        let help = try #require(try JSONSerialization.jsonObject(with: Data(dump.stdout.utf8)) as? [String: Any])
        let arguments = try #require((help["command"] as? [String: Any])?["arguments"] as? [[String: Any]])
        let names = arguments.flatMap { ($0["names"] as? [[String: Any]] ?? []).compactMap { $0["name"] as? String } }
            .filter { $0.count > 1 }
        // Options that make no sense as a daily default, or are about the file itself; `email`
        // is the `email:` mapping.
        let notConfigured: Set<String> = [
            "date", "stdout", "force", "config", "no-config", "configured-path", "version", "help", "email", "no-file-dates",
        ]
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(names.contains("window") && names.contains("file-dates"))
        for name in names where !notConfigured.contains(name) {
            try "\(name): true\n".write(toFile: folder + "/brief.yaml", atomically: true, encoding: .utf8)
            let run = try Self.brief(["--stdout", "--window", "-1"], in: folder)
            #expect(!run.stderr.contains("unknown key"), "the configuration file does not know --\(name): \(run.stderr)")
        }
    }

    @Test func versionNamesTheReleaseAndLibxml2() throws {
        let run = try Self.brief(["--version"])
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("brief ") && run.stdout.contains(" (libxml2 2."), "\(run.stdout)")
        #expect(run.stdout.split(separator: " ").dropFirst().first?.split(separator: ".").count == 3)
    }

    @Test func inspectSentencesReadsStandardInput() throws {
        let run = try Self.brief(
            ["inspect", "sentences", "-"],
            input: "Talks resume\nMr. Healey met Gen. Smith in the U.S. Capitol. They talked.\n\nIt rained.\n")
        #expect(run.status == 0)
        #expect(run.stdout == "# Talks resume\n\nMr. Healey met Gen. Smith in the U.S. Capitol.\nThey talked.\n\nIt rained.\n")
    }

    @Test func helpDocumentsTheExitCodes() throws {
        let run = try Self.brief(["--help"])
        #expect(run.status == 0)
        for line in ["  3  a path does not exist", "  5  no readable sentence in the articles", "  7  unknown --format"] {
            #expect(run.stdout.contains(line))
        }
        let generate = try Self.brief(["generate", "--help"])
        for option in ["--date <YYYY-MM-DD>", "--format <format>", "--output-dir <dir>", "--stdout", "--points <points>", "--title <title>"] {
            #expect(generate.stdout.contains(option))
        }
    }
}

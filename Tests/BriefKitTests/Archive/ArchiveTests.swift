import BriefArchive
import BriefKit
import BriefXML
import Foundation
import Testing

/// Three days in an archive: the day folders, the index page, the Atom feed and search.
@Suite struct ArchiveTests {
    static let days = ["2026-11-17", "2026-11-18", "2026-11-19"].compactMap(BriefDate.init)

    /// The mixed fixture corpus briefed for `date`, with `points` key points.
    static func brief(for date: BriefDate, points: Int) throws -> Brief {
        try BriefPipeline().brief(of: [HTMLArticleReaderTests.fixtures], date: date, points: points)
    }

    /// An archive folder holding the three days, each written and refreshed as a run does.
    static func threeDayArchive() throws -> String {
        let folder = try TestSupport.temporaryFolder()
        for (index, day) in days.enumerated() {
            let brief = try brief(for: day, points: 4 + index)
            let published = try Archive(folder: folder).publish(brief, formats: OutputFormat.allCases)
            #expect(!published.unchanged)
            #expect(published.briefs == index + 1)
            #expect(published.paths == OutputFormat.allCases.map { BriefOutput(folder: folder).path(for: day, format: $0) })
        }
        return folder
    }

    @Test func indexPageListsTheBriefsNewestFirstWithTheirActors() throws {
        let folder = try Self.threeDayArchive()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let html = try String(contentsOfFile: folder + "/index.html", encoding: .utf8)
        let links = try #require(HTMLInspection.elements(in: html)).filter { $0.name == "a" }.compactMap { $0.attributes["href"] }
        // Each day: its brief, then every file of it; the feed last.
        let files = ["brief.html", "brief.txt", "brief.xml", "brief.json"]
        let days = ["2026-11-19", "2026-11-18", "2026-11-17"]
        #expect(links == days.flatMap { day in ["\(day)/brief.html"] + files.map { "\(day)/\($0)" } } + ["feed.atom"])
        #expect(html.contains("Maria Okafor"))
        #expect(html.contains("3 briefs · 2026-11-17 to 2026-11-19"))
        if let jar = HTMLRendererTests.vnuJar, let java = TestSupport.firstExisting(["/usr/bin/java", "/usr/local/bin/java"]) {
            let result = try TestSupport.run(java, ["-jar", jar, "--errors-only", folder + "/index.html"])
            #expect(result.status == 0, "Nu checker: \(result.stderr)")
        }
    }

    @Test func theIndexLinksADaysEarlierRevisionsAndItsPDFAndEmail() throws {
        let folder = try Self.threeDayArchive()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let day = Self.days[1]
        let output = BriefOutput(folder: folder)
        try "%PDF-1.4 stand-in".write(toFile: output.dayFolder(for: day) + "/brief.pdf", atomically: true, encoding: .utf8)
        try "stand-in message".write(toFile: output.dayFolder(for: day) + "/brief.eml", atomically: true, encoding: .utf8)
        _ = try Archive(folder: folder).publish(try Self.brief(for: day, points: 7), formats: [.json, .text])
        let html = try String(contentsOfFile: folder + "/index.html", encoding: .utf8)
        let links = try #require(HTMLInspection.elements(in: html)).filter { $0.name == "a" }.compactMap { $0.attributes["href"] }
        // The rerun wrote only text and JSON; the first brief's HTML, PDF and e-mail are in revision 1.
        #expect(links.contains("\(day)/brief.txt") && !links.contains("\(day)/brief.pdf"))
        #expect(links.contains("\(day)/revisions/1/brief.html"))
        #expect(html.contains("earlier revisions: "))
        #expect(FileManager.default.fileExists(atPath: output.revisionFolder(for: day, number: 1) + "/brief.pdf"))
        #expect(FileManager.default.fileExists(atPath: output.revisionFolder(for: day, number: 1) + "/brief.eml"))
        let entry = try ArchiveCatalog(folder: folder).entry(for: Self.days[0])
        #expect(entry.fileLinks.map(\.label) == ["HTML", "text", "DocBook", "JSON"])
    }

    @Test(.enabled(if: TestSupport.pythonHas("feedparser")))
    func feedIsValidAtomToARealFeedParser() throws {
        let folder = try Self.threeDayArchive()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let feed = try #require(TestSupport.pythonCheck("check_atom.py", [folder + "/feed.atom"]))
        #expect(feed["bozo"] as? Bool == false, "\(feed["error"] ?? "")")
        #expect(feed["version"] as? String == "atom10")
        let entries = try #require(feed["entries"] as? [[String: Any]])
        #expect(entries.compactMap { $0["link"] as? String }.map { $0.hasSuffix("/brief.html") } == [true, true, true])
        #expect(entries.compactMap { $0["updated"] as? String } == ["2026-11-19T00:00:00Z", "2026-11-18T00:00:00Z", "2026-11-17T00:00:00Z"])
        let ids = entries.compactMap { $0["id"] as? String }
        #expect(Set(ids).count == 3 && ids.allSatisfy { $0.hasPrefix("urn:uuid:") })
    }

    @Test func feedIsWellFormedAndStable() throws {
        let folder = try Self.threeDayArchive()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let first = try String(contentsOfFile: folder + "/feed.atom", encoding: .utf8)
        #expect(XMLWellFormedness.firstError(in: first) == nil)
        _ = try Archive(folder: folder).reindex()
        #expect(try String(contentsOfFile: folder + "/feed.atom", encoding: .utf8) == first)
    }

    @Test func searchFindsItemsAcrossDaysOldestFirstWithFilters() throws {
        let folder = try Self.threeDayArchive()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let index = Archive(folder: folder).searchIndex
        #expect(try index.days() == Self.days)

        let audits = try index.search(SearchQuery(text: "audit"))
        #expect(!audits.isEmpty)
        #expect(audits.map(\.date) == audits.map(\.date).sorted())
        #expect(Set(audits.map(\.date)) == Set(Self.days))
        #expect(audits.allSatisfy { $0.text.lowercased().contains("audit") })
        #expect(audits.allSatisfy { !$0.sources.isEmpty })

        // Stemming: "audits" finds "audit".
        #expect(try index.search(SearchQuery(text: "audits")).count == audits.count)

        let okafor = try index.search(SearchQuery(text: "", speaker: "Okafor"))
        #expect(!okafor.isEmpty && okafor.allSatisfy { $0.kind == .quote && $0.speaker == "Maria Okafor" })
        #expect(okafor.first?.date == Self.days[0])  // "when did we first quote her?"

        let lindqvist = try index.search(SearchQuery(text: "repairs", actor: "Lindqvist", since: Self.days[1], until: Self.days[1]))
        #expect(!lindqvist.isEmpty && lindqvist.allSatisfy { $0.date == Self.days[1] })

        let actors = try index.search(SearchQuery(text: "Okafor", kinds: [.actor]))
        #expect(actors.count == 3 && actors.allSatisfy { $0.kind == .actor })

        // FTS5 syntax in user text is just words.
        for hostile in ["\"", "audit OR", "NEAR(", "*", "col:audit", "a\"b'c", "-audit", "^x"] {
            _ = try index.search(SearchQuery(text: hostile + " water"))
        }
        #expect(throws: BriefError.self) { try index.search(SearchQuery(text: " ?! ")) }
    }

    @Test func reindexRebuildsFromJSONAndAnUnusableIndexIsRebuilt() throws {
        let folder = try Self.threeDayArchive()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let archive = Archive(folder: folder)
        let before = try archive.searchIndex.search(SearchQuery(text: "water"))

        try FileManager.default.removeItem(atPath: archive.searchIndex.path)
        #expect(throws: BriefError.self) { try archive.searchIndex.search(SearchQuery(text: "water")) }
        #expect(try archive.reindex().briefs == 3)
        #expect(try archive.searchIndex.search(SearchQuery(text: "water")) == before)

        // A damaged file is not trusted: the next run rebuilds it from the JSON files.
        try Data("not a database".utf8).write(to: URL(fileURLWithPath: archive.searchIndex.path))
        #expect(!archive.searchIndex.isUsable())
        _ = try archive.refresh(after: try Self.brief(for: Self.days[2], points: 6))
        #expect(try archive.searchIndex.search(SearchQuery(text: "water")) == before)
    }

    /// Adding a day reads that day's brief alone: the other days' JSON files are damaged
    /// first, and the run neither notices nor loses them (their digests and rows are in the
    /// index). The pages are the bytes a full rebuild gives.
    @Test func addingADayReadsThatDayAloneAndGivesThePagesAFullRebuildGives() throws {
        let folder = try Self.threeDayArchive()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let archive = Archive(folder: folder)
        let searched = try archive.searchIndex.search(SearchQuery(text: "water"))
        let saved = try Self.days.map { try Data(contentsOf: URL(fileURLWithPath: BriefOutput(folder: folder).path(for: $0, format: .json))) }
        for day in Self.days {
            try Data("{".utf8).write(to: URL(fileURLWithPath: BriefOutput(folder: folder).path(for: day, format: .json)))
        }
        let fourth = try #require(BriefDate("2026-11-20"))
        let published = try archive.publish(try Self.brief(for: fourth, points: 5), formats: OutputFormat.allCases)
        #expect(published.problems.isEmpty)
        #expect(published.briefs == 4)
        #expect(try archive.searchIndex.days() == Self.days + [fourth])
        #expect(try archive.searchIndex.search(SearchQuery(text: "water")).filter { $0.date < fourth } == searched)
        let page = try String(contentsOfFile: archive.indexPath, encoding: .utf8)
        let feed = try String(contentsOfFile: archive.feedPath, encoding: .utf8)
        for day in Self.days { #expect(page.contains(day.longDescription)) }

        // With the JSON files back, a full rebuild gives the same pages, byte for byte.
        for (day, data) in zip(Self.days, saved) {
            try data.write(to: URL(fileURLWithPath: BriefOutput(folder: folder).path(for: day, format: .json)))
        }
        #expect(try archive.reindex().problems.isEmpty)
        #expect(try String(contentsOfFile: archive.indexPath, encoding: .utf8) == page)
        #expect(try String(contentsOfFile: archive.feedPath, encoding: .utf8) == feed)
    }

    @Test func aDayCopiedInIsIndexedAndADayRemovedIsDropped() throws {
        let folder = try Self.threeDayArchive()
        let other = try TestSupport.temporaryFolder()
        defer {
            try? FileManager.default.removeItem(atPath: folder)
            try? FileManager.default.removeItem(atPath: other)
        }
        let fourth = try #require(BriefDate("2026-11-20"))
        _ = try Archive(folder: other).publish(try Self.brief(for: fourth, points: 5), formats: OutputFormat.allCases)
        try FileManager.default.copyItem(atPath: "\(other)/\(fourth)", toPath: "\(folder)/\(fourth)")
        try FileManager.default.removeItem(atPath: "\(folder)/\(Self.days[0])")

        let archive = Archive(folder: folder)
        let refresh = try archive.refresh(after: nil)
        #expect(refresh.briefs == 3)
        #expect(try archive.searchIndex.days() == [Self.days[1], Self.days[2], fourth])
        let page = try String(contentsOfFile: archive.indexPath, encoding: .utf8)
        #expect(page.contains(fourth.longDescription) && !page.contains(Self.days[0].longDescription))
    }

    @Test func aDamagedDayIsLeftOutWithAMessage() throws {
        let folder = try Self.threeDayArchive()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Data("{".utf8).write(to: URL(fileURLWithPath: folder + "/2026-11-18/brief.json"))
        let refresh = try Archive(folder: folder).reindex()
        #expect(refresh.briefs == 2)
        #expect(refresh.problems.count == 1 && refresh.problems[0].file.hasSuffix("2026-11-18/brief.json"))
    }

    @Test func aSecondWriterWaitsThenFailsClearly() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let held = try ArchiveLock.acquire(folder: folder, timeout: 0)
        #expect(throws: BriefError.archiveBusy(lock: folder + "/.lock", waited: 0.2)) {
            try ArchiveLock.acquire(folder: folder, timeout: 0.2)
        }
        held.release()
        _ = try ArchiveLock.acquire(folder: folder, timeout: 0)
    }
}

/// The day folder: replaced only on purpose, the same brief again is fine.
@Suite struct ArchiveRebuildTests {
    /// The archive's source of truth is each day's brief.json: a day whose other files are
    /// lost comes back byte for byte, and so do the index page and the feed.
    @Test func reindexGivesBackADayFromItsJSONByteForByte() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let archive = Archive(folder: folder)
        let brief = try BriefPipeline().brief(of: [TestSupport.seeds], date: BriefDate("2025-03-05")!)
        let published = try archive.publish(brief, formats: OutputFormat.allCases)
        let pages = [archive.indexPath, archive.feedPath]
        var originals: [String: Data] = [:]
        for path in published.paths + pages {
            let bytes: Data = try #require(FileManager.default.contents(atPath: path))
            originals[path] = bytes
        }
        let json = BriefOutput(folder: folder).path(for: brief.date, format: .json)
        for path in published.paths where path != json { #expect(unlink(path) == 0) }

        let refresh = try archive.reindex()
        #expect(refresh.briefs == 1 && refresh.problems.isEmpty)
        for (path, bytes) in originals.sorted(by: { $0.key < $1.key }) {
            #expect(FileManager.default.contents(atPath: path) == bytes, "\(path) differs after reindex")
        }
        // The rebuilt day reads back as the very brief that was published.
        #expect(try ArchiveCatalog(folder: folder).brief(for: brief.date) == brief)
    }

    @Test func aBrief1DayInAnOlderArchiveIsReadAndIndexed() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let day = try #require(BriefDate("2025-03-05"))
        let fixture = TestSupport.packageRoot + "/Tests/BriefKitTests/Fixtures/brief1/seeds.json"
        try FileManager.default.createDirectory(atPath: folder + "/\(day)", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: fixture, toPath: BriefOutput(folder: folder).path(for: day, format: .json))
        let refresh = try Archive(folder: folder).reindex()
        #expect(refresh.briefs == 1 && refresh.problems.isEmpty)
        let html = try String(contentsOfFile: BriefOutput(folder: folder).path(for: day, format: .html), encoding: .utf8)
        #expect(html.contains("Defence secretary John Healey heads to Washington"))
    }
}

@Suite struct BriefOutputReplacementTests {
    @Test func sameBytesAreNotRewrittenAndADifferentBriefKeepsTheEarlierAsARevision() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let output = BriefOutput(folder: folder)
        let day = ArchiveTests.days[0]
        let first = try ArchiveTests.brief(for: day, points: 3)
        #expect(try output.write(first, formats: OutputFormat.allCases).revision == 1)
        let again = try output.write(first, formats: OutputFormat.allCases)
        #expect(again.unchanged && again.revision == 1)
        try "message one".write(toFile: output.dayFolder(for: day) + "/brief.eml", atomically: true, encoding: .utf8)
        let firstFiles = OutputFormat.allCases.map { try? String(contentsOfFile: output.path(for: day, format: $0), encoding: .utf8) }

        // A rerun with fewer formats: revision 2 is current, revision 1 keeps every file of the first.
        let second = try ArchiveTests.brief(for: day, points: 5)
        let written = try output.write(second, formats: [.json, .text])
        #expect(!written.unchanged && written.revision == 2)
        #expect(output.revisions(on: day) == 1)
        #expect(try String(contentsOfFile: output.path(for: day, format: .json), encoding: .utf8) == JSONRenderer().render(second))
        #expect(!FileManager.default.fileExists(atPath: output.path(for: day, format: .html)))  // never two briefs mixed
        #expect(!FileManager.default.fileExists(atPath: output.dayFolder(for: day) + "/brief.eml"))
        let kept = OutputFormat.allCases.map { try? String(contentsOfFile: output.path(for: day, format: $0, revision: 1), encoding: .utf8) }
        #expect(kept == firstFiles)
        #expect(try String(contentsOfFile: output.revisionFolder(for: day, number: 1) + "/brief.eml", encoding: .utf8) == "message one")

        // A third brief makes revision 3 and keeps 2; the same third again changes nothing.
        let third = try ArchiveTests.brief(for: day, points: 4)
        #expect(try output.write(third, formats: [.json]).revision == 3)
        #expect(try output.write(third, formats: [.json]).unchanged)
        #expect(output.revisions(on: day) == 2)
        #expect(
            try String(contentsOfFile: output.path(for: day, format: .json, revision: 2), encoding: .utf8) == JSONRenderer().render(second))
        // The catalog lists the day once, with its current brief.
        #expect(ArchiveCatalog(folder: folder).days() == [day])
        #expect(try ArchiveCatalog(folder: folder).brief(for: day) == third)
    }
}

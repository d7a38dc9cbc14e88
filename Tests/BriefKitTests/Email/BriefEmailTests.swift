import BriefKit
import BriefXML
import Foundation
import Testing

@Suite struct BriefEmailTests {
    static let sent = Date(timeIntervalSince1970: 1_795_000_000)

    /// The seed brief's text, HTML and DocBook, and its message, written to a folder.
    private func writeMessage(from: String, to: [String], subject: String? = nil, brief: Brief) throws -> (folder: String, files: [String]) {
        let folder = try TestSupport.temporaryFolder()
        let renderings = [PlainTextRenderer().render(brief), HTMLRenderer().render(brief), DocBookRenderer().render(brief)]
        let mail = BriefEmail(
            from: try #require(MailAddress(from)), to: to.compactMap(MailAddress.init), subject: subject,
            sent: Self.sent, timeZone: try #require(TimeZone(identifier: "Europe/Berlin")))
        let message = mail.message(for: brief, text: renderings[0], html: renderings[1], docbook: renderings[2])
        let files = ["brief.eml", "brief.txt", "brief.html", "brief.xml"].map { folder + "/" + $0 }
        for (file, text) in zip(files, [message] + renderings) { try text.write(toFile: file, atomically: true, encoding: .utf8) }
        return (folder, files)
    }

    @Test(.enabled(if: TestSupport.pythonHas("email")))
    func aRealMIMEParserReadsStructureHeadersAndEveryPartBackByteForByte() throws {
        let brief = try TestSupport.seedBrief()
        let (folder, files) = try writeMessage(
            from: "Brief Bot <brief@example.org>",
            to: ["Analysts <analysts@example.org>", "press@example.org"], brief: brief)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let parsed = try #require(TestSupport.pythonCheck("check_eml.py", files))
        #expect(parsed["defects"] as? [String] == [])
        #expect(parsed["from"] as? String == "Brief Bot <brief@example.org>")
        #expect(parsed["to"] as? String == "Analysts <analysts@example.org>, press@example.org")
        #expect(parsed["subject"] as? String == "Brief for \(brief.date.longDescription): \(brief.title)")
        #expect(parsed["date"] as? String == "Wed, 18 Nov 2026 12:06:40 +0100")
        #expect(parsed["dateParsed"] as? Bool == true)
        #expect((parsed["messageID"] as? String)?.hasSuffix("@example.org>") == true)
        #expect(parsed["mimeVersion"] as? String == "1.0")
        let parts = try #require(parsed["parts"] as? [[String: Any]])
        #expect(
            parts.compactMap { $0["type"] as? String }
                == ["multipart/mixed", "multipart/alternative", "text/plain", "text/html", "application/docbook+xml"])
        #expect(parts.allSatisfy { ($0["defects"] as? [String]) == [] })
        #expect(parts[2]["charset"] as? String == "utf-8" && parts[2]["encoding"] as? String == "quoted-printable")
        #expect(parts[4]["filename"] as? String == "brief-\(brief.date).xml" && parts[4]["encoding"] as? String == "base64")
        #expect(parsed["matches"] as? [Bool] == [true, true, true])
        #expect((parsed["longestLine"] as? Int ?? 999) <= 78)
        #expect(parsed["bareLineFeeds"] as? Bool == false)
    }

    @Test(.enabled(if: TestSupport.pythonHas("email")))
    func nonASCIIHeadersAreEncodedAndDecodeBack() throws {
        let brief = try TestSupport.seedBrief()
        let subject = "Lagebericht für Zoë Müller — Überblick über die Gespräche zwischen Regierung und Opposition 🗞️"
        let (folder, files) = try writeMessage(
            from: "Zoë Müller <zoe@example.de>", to: ["Ålesund Desk <desk@example.no>"],
            subject: subject, brief: brief)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let raw = try String(contentsOfFile: files[0], encoding: .utf8)
        let headers = raw.components(separatedBy: "\r\n\r\n")[0]
        #expect(headers.unicodeScalars.allSatisfy { $0.isASCII })
        let parsed = try #require(TestSupport.pythonCheck("check_eml.py", files))
        #expect(parsed["subject"] as? String == subject)
        #expect(parsed["from"] as? String == "Zoë Müller <zoe@example.de>")
        #expect(parsed["to"] as? String == "Ålesund Desk <desk@example.no>")
        #expect(parsed["matches"] as? [Bool] == [true, true, true])
    }

    @Test func theHostileBriefStillMakesAWellFormedMessage() throws {
        let brief = TestSupport.hostileBrief
        let (folder, files) = try writeMessage(from: "bot@example.org", to: ["a@example.org"], brief: brief)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let raw = try String(contentsOfFile: files[0], encoding: .utf8)
        let lines = raw.components(separatedBy: "\r\n")
        #expect(lines.allSatisfy { $0.utf8.count <= 78 })
        #expect(!raw.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        // The subject carries the hostile title, but cannot add a header of its own.
        let headerNames = raw.components(separatedBy: "\r\n\r\n")[0].components(separatedBy: "\r\n")
            .filter { !$0.hasPrefix(" ") }.map { $0.prefix { $0 != ":" } }
        #expect(headerNames == ["From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type"])
        if TestSupport.pythonHas("email") {
            let parsed = try #require(TestSupport.pythonCheck("check_eml.py", files))
            #expect(parsed["matches"] as? [Bool] == [true, true, true])
        }
    }

    /// Subjects that try to end their header and add one: CRLF (one Character in Swift), CR or
    /// LF alone, NEL, the Unicode line and paragraph separators, a vertical tab.
    static let injectedSubjects = [
        "Daily\r\nBcc: someone@example.com", "Daily\nBcc: someone@example.com", "Daily\rBcc: someone@example.com",
        "Daily\u{85}Bcc: someone@example.com", "Daily\u{2028}Bcc: someone@example.com",
        "Daily\u{2029}Bcc: someone@example.com", "Daily\u{0B}Bcc: someone@example.com", "Daily\r\n\r\nBody text",
    ]

    @Test(arguments: injectedSubjects)
    func aSubjectCannotAddAHeader(_ subject: String) throws {
        let brief = try TestSupport.seedBrief()
        let (folder, files) = try writeMessage(from: "bot@example.org", to: ["a@example.org"], subject: subject, brief: brief)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let raw = try String(contentsOfFile: files[0], encoding: .utf8)
        let headerNames = raw.components(separatedBy: "\r\n\r\n")[0].components(separatedBy: "\r\n")
            .filter { !$0.hasPrefix(" ") }.map { String($0.prefix { $0 != ":" }) }
        #expect(headerNames == ["From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type"])
        if TestSupport.pythonHas("email") {
            let parsed = try #require(TestSupport.pythonCheck("check_eml.py", files))
            #expect(parsed["headerNames"] as? [String] == headerNames)
            let expected = subject.hasSuffix("Body text") ? "Daily Body text" : "Daily Bcc: someone@example.com"
            #expect(parsed["subject"] as? String == expected)
            #expect(parsed["matches"] as? [Bool] == [true, true, true])
        }
    }

    @Test(arguments: [
        ("jane@example.org", true), ("Jane Doe <jane@example.org>", true), ("\"Doe, Jane\" <jane@example.org>", true),
        ("Zoë <zoe@example.de>", true), ("jane", false), ("jane@localhost", false), ("<>", false),
        ("jane@example.org\r\nBcc: x@evil.example", false), ("Jane\r\nBcc: x <jane@example.org>", false),
        ("jane doe@example.org", false), ("jane@@example.org", false),
    ])
    func addresses(text: String, valid: Bool) {
        #expect((MailAddress(text) != nil) == valid)
    }

    @Test func sameBriefSameMessageIDAndBoundaries() throws {
        let brief = try TestSupport.seedBrief()
        let one = try writeMessage(from: "bot@example.org", to: ["a@example.org"], brief: brief)
        let two = try writeMessage(from: "bot@example.org", to: ["a@example.org"], brief: brief)
        defer {
            try? FileManager.default.removeItem(atPath: one.folder)
            try? FileManager.default.removeItem(atPath: two.folder)
        }
        let first = try String(contentsOfFile: one.files[0], encoding: .utf8)
        let second = try String(contentsOfFile: two.files[0], encoding: .utf8)
        #expect(first == second)
    }
}

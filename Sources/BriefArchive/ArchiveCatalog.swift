import BriefKit
import Foundation

/// The briefs an archive folder holds: every `YYYY-MM-DD/brief.json`, the archive's source
/// of truth from which the index page, the feed and the search index are rebuilt.
public struct ArchiveCatalog: Sendable {
    public var output: BriefOutput

    public init(folder: String) {
        output = BriefOutput(folder: folder)
    }

    /// The days that hold a brief, oldest first.
    public func days() -> [BriefDate] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: output.base)) ?? []
        return names.compactMap(BriefDate.init).filter {
            FileManager.default.fileExists(atPath: output.path(for: $0, format: .json))
        }.sorted()
    }

    /// The day's brief, read from its JSON file.
    /// - Throws: ``BriefError/archive(_:)`` when the day has no brief or its JSON is unreadable.
    public func brief(for date: BriefDate) throws(BriefError) -> Brief {
        let path = output.path(for: date, format: .json)
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .archive("no brief for \(date) in \(output.base)")
        }
        do {
            return try JSONBriefDecoder.decode(data)
        } catch {
            throw .archive("\(path): not a brief JSON file (\(error))")
        }
    }

    /// The day's entry: the digest of its brief (read from its JSON file) and its files.
    /// - Throws: ``BriefError/archive(_:)`` when the day has no brief or its JSON is unreadable.
    public func entry(for date: BriefDate) throws(BriefError) -> ArchiveEntry {
        entry(for: ArchiveDigest(try brief(for: date)))
    }

    /// The entry of the day `digest` describes, with the files the day's folder holds.
    public func entry(for digest: ArchiveDigest) -> ArchiveEntry {
        let day = digest.date
        return ArchiveEntry(
            digest: digest, formats: formats(on: day), files: output.briefFiles(in: output.dayFolder(for: day)),
            revisions: revisionFiles(on: day))
    }

    /// The readable briefs of the archive, oldest first, and what could not be read.
    public struct Listing: Sendable {
        /// Every readable day's brief, oldest first.
        public var briefs: [Brief]
        /// A message for each day whose JSON could not be read.
        public var problems: [Diagnostic]
    }

    /// Every readable brief, oldest first, and a message for each day that could not be read:
    /// a full read of the archive, for rebuilding what is derived from it and for questions
    /// across every day.
    /// - Parameter known: a brief just written to its day's JSON; that day is not read back
    ///   (the JSON form is lossless, so reading it would give the same brief).
    public func briefs(known: Brief? = nil) -> Listing {
        var briefs: [Brief] = []
        var problems: [Diagnostic] = []
        for day in days() {
            if let known, known.date == day {
                briefs.append(known)
                continue
            }
            do {
                briefs.append(try brief(for: day))
            } catch {
                problems.append(Diagnostic(file: output.path(for: day, format: .json), message: "\(error.description); left out of the index"))
            }
        }
        return Listing(briefs: briefs, problems: problems)
    }

    /// The briefs of the days before `day`, back `days` days at most, oldest first, to compare
    /// today's brief with (each day's current revision), and a message for each day that
    /// could not be read.
    public func briefs(before day: BriefDate, days: Int) -> (briefs: [Brief], problems: [Diagnostic]) {
        let first = day.adding(days: -days)
        var briefs: [Brief] = []
        var problems: [Diagnostic] = []
        for earlier in self.days() where earlier < day && earlier >= first {
            do {
                briefs.append(try brief(for: earlier))
            } catch {
                problems.append(Diagnostic(file: output.path(for: earlier, format: .json), message: "\(error.description); not compared"))
            }
        }
        return (briefs, problems)
    }

    /// The file a reader should open of each earlier revision of the day (HTML, else text,
    /// else PDF, else JSON), relative to the archive folder, revision 1 first.
    public func revisionFiles(on day: BriefDate) -> [String] {
        let count = output.revisions(on: day)
        guard count > 0 else { return [] }
        return (1...count).map { number in
            let folder = output.revisionFolder(for: day, number: number)
            let name =
                ["brief.html", "brief.txt", "brief.pdf", "brief.json"].first {
                    FileManager.default.fileExists(atPath: folder + "/" + $0)
                } ?? "brief.json"
            return "\(day)/revisions/\(number)/\(name)"
        }
    }

    /// The formats whose file the day's folder holds, in ``OutputFormat`` order.
    public func formats(on day: BriefDate) -> [OutputFormat] {
        OutputFormat.allCases.filter { FileManager.default.fileExists(atPath: output.path(for: day, format: $0)) }
    }
}

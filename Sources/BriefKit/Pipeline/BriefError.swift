/// The errors a user can cause, each with its own exit code and a one-line message.
public enum BriefError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A path given on the command line does not exist.
    case missingPath(String)
    /// The paths hold no readable article files.
    case emptyCorpus([String])
    /// The PDF could not be made: a tool is missing or failed.
    case pdfFailed(String)
    /// The written message could not be handed to the mail transfer agent (it stays written).
    case sendFailed(path: String, reason: String)
    /// Articles were read, but every one was published outside the brief's window of days.
    case nothingInWindow(leftOut: Int, since: BriefDate, until: BriefDate)
    /// Articles were read, but none has a sentence to rank.
    case noSentences
    /// A date that is not a real `YYYY-MM-DD` day.
    case invalidDate(String)
    /// An output format brief does not know.
    case unknownFormat(String, known: [String])
    /// A style that is neither in the styles folder nor a CSS file.
    case unknownStyle(String, known: [String])
    /// A DocBook file failed validation, or could not be validated.
    case invalidDocument(path: String, reason: String)
    /// An option value or combination that cannot work (for example `--stdout` with two formats).
    case invalidOption(String)
    /// A file or folder could not be read.
    case unreadable(path: String, reason: String)
    /// The brief could not be written; nothing partial is left behind.
    case writeFailed(path: String, reason: String)
    /// Another run holds the archive's lock.
    case archiveBusy(lock: String, waited: Double)
    /// The archive has no brief for a day, or its search index cannot be used.
    case archive(String)

    /// The process exit code for this error; each case has its own.
    public var exitCode: Int32 {
        switch self {
        case .missingPath: return 3
        case .emptyCorpus: return 4
        case .noSentences: return 5
        case .invalidDate: return 6
        case .unknownFormat: return 7
        case .invalidOption: return 8
        case .unreadable: return 9
        case .writeFailed: return 10
        case .unknownStyle: return 11
        case .invalidDocument: return 12
        case .archiveBusy: return 14
        case .archive: return 15
        case .nothingInWindow: return 16
        case .sendFailed: return 17
        case .pdfFailed: return 18
        }
    }

    /// One line a person can act on.
    public var description: String {
        switch self {
        case .missingPath(let path):
            return "no such file or folder: \(path)"
        case .emptyCorpus(let paths):
            return "no readable articles found in \(paths.joined(separator: ", "))"
        case .pdfFailed(let reason):
            return "cannot make the PDF: \(reason)"
        case .sendFailed(let path, let reason):
            return "could not send \(path): \(reason); the message is kept"
        case .nothingInWindow(let count, let since, let until):
            return "all \(count) sources were published outside \(since) – \(until); widen the window with --window or --since"
        case .noSentences:
            return "the articles contain no readable sentence to brief"
        case .invalidDate(let text):
            return "invalid date '\(text)': expected a real day as YYYY-MM-DD, e.g. 2025-03-05"
        case .unknownFormat(let name, let known):
            return "unknown format '\(name)': choose from \(known.joined(separator: ", "))"
        case .invalidOption(let message):
            return message
        case .unreadable(let path, let reason):
            return "cannot read \(path): \(reason)"
        case .writeFailed(let path, let reason):
            return "cannot write \(path): \(reason)"
        case .unknownStyle(let name, let known):
            return "unknown style '\(name)': choose from \(known.joined(separator: ", ")), or give a path to a .css file"
        case .invalidDocument(let path, let reason):
            return "\(path): \(reason)"
        case .archiveBusy(let lock, let waited):
            return "another brief run is writing this archive (lock \(lock) still held after \(Self.seconds(waited))); try again later"
        case .archive(let message):
            return message
        }
    }

    private static func seconds(_ value: Double) -> String {
        value == value.rounded() ? "\(Int(value)) s" : "\(value) s"
    }

    /// The exit codes as `--help` documents them.
    public static let exitCodeTable: [(code: Int32, meaning: String)] = [
        (0, "success"),
        (3, "a path does not exist"),
        (4, "no article files found"),
        (5, "no readable sentence in the articles"),
        (6, "invalid --date"),
        (7, "unknown --format"),
        (8, "invalid option combination"),
        (9, "a file or folder could not be read"),
        (10, "the brief could not be written"),
        (11, "unknown --style"),
        (12, "a document is not valid, or no schema to validate it"),
        (14, "another run holds the archive lock"),
        (15, "no such brief in the archive, or the archive index is unusable"),
        (16, "every source was published outside the window"),
        (17, "--sendmail could not send the message"),
        (18, "the PDF could not be made"),
        (64, "command-line usage error"),
    ]
}

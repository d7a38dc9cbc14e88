import ArgumentParser
import BriefArchive
import BriefKit
import Foundation

/// `--email`, `--to`, `--from`, `--subject`: the day's brief as `brief.eml` for `sendmail -t`.
struct EmailOptions: ParsableArguments {
    @Flag(help: "Also write <output-dir>/<date>/brief.eml: the text and HTML brief with the DocBook file attached, ready for 'sendmail -t'.")
    var email = false

    @Option(help: ArgumentHelp("A recipient, as 'name@example.org' or 'Name <name@example.org>'; repeat for several.", valueName: "address"))
    var to: [String] = []

    @Option(help: ArgumentHelp("The sender, as 'name@example.org' or 'Name <name@example.org>'.", valueName: "address"))
    var from: String?

    @Option(help: ArgumentHelp("The subject (default: 'Brief for <day>: <title>').", valueName: "text"))
    var subject: String?

    @Option(
        help: ArgumentHelp(
            "What the e-mail attaches besides the text and HTML brief: docbook, pdf, or both (pdf,docbook); none for nothing.",
            valueName: "files"))
    var attach: String = "docbook"

    /// The attachments `--attach` names (validated in `validate()`).
    var attachments: Set<Archive.Attachment> {
        Set(attach.split(separator: ",").compactMap { Archive.Attachment(rawValue: $0.trimmingCharacters(in: .whitespaces).lowercased()) })
    }

    @Flag(help: "Send brief.eml once it is written, with 'sendmail -t -oi' (or --sendmail-command); it stays in the archive either way.")
    var sendmail = false

    @Option(
        help: ArgumentHelp(
            "The command --sendmail runs, reading the message on standard input (words split at spaces, no shell; default: sendmail -t -oi, found in PATH, /usr/sbin or /usr/lib).",
            valueName: "command"))
    var sendmailCommand: String?

    func validate() throws {
        guard email else {
            if !to.isEmpty || from != nil || subject != nil || sendmail || sendmailCommand != nil || attach != "docbook" {
                throw ValidationError("--to, --from, --subject, --attach and --sendmail need --email")
            }
            return
        }
        for name in attach.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces).lowercased() })
        where name != "none" && Archive.Attachment(rawValue: name) == nil {
            throw ValidationError("--attach takes docbook, pdf or none (got '\(name)')")
        }
        if sendmailCommand != nil && !sendmail { throw ValidationError("--sendmail-command needs --sendmail") }
        if let command = sendmailCommand, command.split(separator: " ").isEmpty {
            throw ValidationError("--sendmail-command is empty")
        }
        guard !to.isEmpty else { throw ValidationError("--email needs at least one --to address") }
        guard let from else { throw ValidationError("--email needs a --from address") }
        for address in to + [from] where MailAddress(address) == nil {
            throw ValidationError("'\(address)' is not an e-mail address (expected name@example.org or 'Name <name@example.org>')")
        }
        // Scalar by scalar: CRLF is one Character, and would slip past a Character test.
        if let subject, subject.unicodeScalars.contains(where: { $0.properties.generalCategory == .control || $0 == "\u{2028}" || $0 == "\u{2029}" }) {
            throw ValidationError("--subject must be one line of text (no line breaks or control characters)")
        }
    }

    /// The message's envelope and headers, or nil without `--email`. The `Date` header is
    /// now, or `SOURCE_DATE_EPOCH` when set (for reproducible output).
    func message() -> BriefEmail? {
        guard email, let from = from.flatMap(MailAddress.init) else { return nil }
        var sent = Date()
        var zone = TimeZone.current
        if let epoch = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"].flatMap(Int.init) {
            sent = Date(timeIntervalSince1970: TimeInterval(epoch))
            zone = TimeZone(identifier: "UTC") ?? zone
        }
        return BriefEmail(from: from, to: to.compactMap(MailAddress.init), subject: subject, sent: sent, timeZone: zone)
    }
}

/// Hands a written message to the system's mail transfer agent.
enum MailSender {
    /// The default command: sendmail reading the recipients from the headers (`-t`), a lone
    /// "." line not ending the message (`-oi`).
    static let defaultCommand = ["sendmail", "-t", "-oi"]

    /// Runs `command` with the file at `path` as its standard input.
    /// - Throws: ``BriefError/sendFailed(path:reason:)`` when it cannot start or fails.
    static func send(_ path: String, command: [String]) throws(BriefError) {
        guard let name = command.first, let executable = ExternalTool.locate(name) else {
            throw .sendFailed(path: path, reason: "\(command.first ?? "sendmail") not found (install a sendmail-compatible MTA, or give --sendmail-command)")
        }
        guard let input = FileHandle(forReadingAtPath: path) else { throw .sendFailed(path: path, reason: "cannot read it") }
        defer { try? input.close() }
        let outcome: ExternalTool.Outcome
        do {
            outcome = try ExternalTool.run(executable, Array(command.dropFirst()), input: input)
        } catch {
            throw .sendFailed(path: path, reason: "\(executable) could not start (\(error.localizedDescription))")
        }
        guard outcome.succeeded else {
            throw .sendFailed(path: path, reason: "\(command.joined(separator: " ")) exited with \(outcome.status)\(outcome.firstError())")
        }
    }
}

import ArgumentParser
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

    func validate() throws {
        guard email else {
            if !to.isEmpty || from != nil || subject != nil { throw ValidationError("--to, --from and --subject need --email") }
            return
        }
        guard !to.isEmpty else { throw ValidationError("--email needs at least one --to address") }
        guard let from else { throw ValidationError("--email needs a --from address") }
        for address in to + [from] where MailAddress(address) == nil {
            throw ValidationError("'\(address)' is not an e-mail address (expected name@example.org or 'Name <name@example.org>')")
        }
        if let subject, subject.contains(where: { $0 == "\n" || $0 == "\r" }) {
            throw ValidationError("--subject must be one line")
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

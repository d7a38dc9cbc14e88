import Foundation

/// The brief as an e-mail ready for `sendmail -t`: an RFC 5322 message whose body is
/// `multipart/mixed`, holding a `multipart/alternative` (the plain-text brief, then the HTML
/// brief, both UTF-8 quoted-printable) and the DocBook file as a base64 attachment.
///
/// Lines end in CRLF and stay far below 998 octets; non-ASCII header text is RFC 2047-encoded;
/// boundaries contain `=_`, which neither quoted-printable nor base64 can produce, so no body
/// can end a part early. The Message-ID is derived from the content, so the same brief gives
/// the same id; only `Date` depends on the clock.
public struct BriefEmail: Sendable {
    public var from: MailAddress
    public var to: [MailAddress]
    /// The subject; default "Brief for <day>: <title>".
    public var subject: String?
    /// When the message is written (the `Date` header).
    public var sent: Date
    public var timeZone: TimeZone

    public init(from: MailAddress, to: [MailAddress], subject: String? = nil, sent: Date = Date(), timeZone: TimeZone = .current) {
        self.from = from
        self.to = to
        self.subject = subject
        self.sent = sent
        self.timeZone = timeZone
    }

    /// The message for `brief`, given its renderings: the text and HTML as alternatives, the
    /// DocBook attached (unless `attachesDocBook` is false) and the PDF when given.
    public func message(
        for brief: Brief, text: String, html: String, docbook: String, pdf: [UInt8]? = nil, attachesDocBook: Bool = true
    ) -> String {
        let pdfMark = pdf.map { String($0.count) } ?? ""
        let hash = Self.fingerprint(
            [brief.date.description, text, html, attachesDocBook ? docbook : "", pdfMark, from.address] + to.map(\.address))
        let mixed = "=_brief_mixed_\(hash)", alternative = "=_brief_alt_\(hash)"
        let attachment = "brief-\(brief.date).xml"
        var lines: [String] = []
        lines += header("From", from.headerValue)
        lines += header("To", to.map(\.headerValue).joined(separator: ", "))
        lines += header("Subject", subject ?? "Brief for \(brief.date.longDescription): \(brief.title)")
        lines += header("Date", Self.rfc5322Date(sent, in: timeZone))
        lines += header("Message-ID", "<brief.\(brief.date).\(hash)@\(from.domain)>")
        lines += header("MIME-Version", "1.0")
        lines += header("Content-Type", "multipart/mixed; boundary=\"\(mixed)\"")
        var message = lines.map { $0 + "\r\n" }.joined()
        let attached = [attachesDocBook ? "its DocBook file" : nil, pdf == nil ? nil : "its PDF"].compactMap { $0 }
        message +=
            "\r\nThis is a MIME message: the brief as text and HTML"
            + (attached.isEmpty ? ".\r\n" : ",\r\nwith \(attached.joined(separator: " and ")) attached.\r\n")
        message += "\r\n--\(mixed)\r\n"
        message += "Content-Type: multipart/alternative; boundary=\"\(alternative)\"\r\n\r\n"
        message += "--\(alternative)\r\n"
        message += "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
        message += QuotedPrintable.encode(text)
        message += "--\(alternative)\r\n"
        message += "Content-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
        message += QuotedPrintable.encode(html)
        message += "--\(alternative)--\r\n"
        if attachesDocBook {
            message += "\r\n--\(mixed)\r\n"
            message += "Content-Type: application/docbook+xml; charset=utf-8;\r\n name=\"\(attachment)\"\r\n"
            message += "Content-Disposition: attachment; filename=\"\(attachment)\"\r\n"
            message += "Content-Transfer-Encoding: base64\r\n\r\n"
            message += Base64.encodeLines(Array(docbook.utf8))
        }
        if let pdf {
            let name = "brief-\(brief.date).pdf"
            message += "\r\n--\(mixed)\r\n"
            message += "Content-Type: application/pdf;\r\n name=\"\(name)\"\r\n"
            message += "Content-Disposition: attachment; filename=\"\(name)\"\r\n"
            message += "Content-Transfer-Encoding: base64\r\n\r\n"
            message += Base64.encodeLines(pdf)
        }
        message += "--\(mixed)--\r\n"
        return message
    }

    /// `Name: value`, folded at spaces into lines of at most 78 characters; non-ASCII
    /// values (other than addresses, which encode their own names) become encoded-words.
    private func header(_ name: String, _ value: String) -> [String] {
        let clean = Self.headerText(value)
        let isAddress = name == "From" || name == "To"
        let words: [String] =
            !isAddress && !clean.unicodeScalars.allSatisfy(\.isASCII)
            ? EncodedWord.encode(clean)
            : clean.split(separator: " ").map(String.init)
        var lines: [String] = []
        var current = name + ":"
        for word in words {
            if current.count + 1 + word.count > 78 && current != name + ":" {
                lines.append(current)
                current = ""
            }
            current += " " + word
        }
        lines.append(current)
        return lines
    }

    /// `value` as one line of header text: every control character and line or paragraph
    /// separator (CR, LF and the CRLF pair, NEL, U+2028, U+2029, tab) becomes a space and runs
    /// of spaces one, so that no value can end its header and start another ("Daily\r\nBcc: …").
    static func headerText(_ value: String) -> String {
        var scalars = String.UnicodeScalarView()
        var lastWasSpace = true
        for scalar in value.unicodeScalars {
            let isBreak =
                scalar.properties.generalCategory == .control || scalar == "\u{2028}" || scalar == "\u{2029}"
                || scalar.properties.isWhitespace
            if isBreak {
                if !lastWasSpace { scalars.append(" ") }
                lastWasSpace = true
            } else {
                scalars.append(scalar)
                lastWasSpace = false
            }
        }
        if scalars.last == " " { scalars.removeLast() }
        return String(scalars)
    }

    /// `Sat, 21 Nov 2026 07:00:00 +0100`.
    static func rfc5322Date(_ date: Date, in timeZone: TimeZone) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = timeZone
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss Z"
        return formatter.string(from: date)
    }

    /// 16 hex digits summarising `parts` (FNV-1a, 64 bits): stable across runs and machines.
    static func fingerprint(_ parts: [String]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for part in parts {
            for byte in part.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
            hash = (hash ^ 0xFF) &* 0x0000_0100_0000_01B3
        }
        let text = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - text.count) + text
    }
}

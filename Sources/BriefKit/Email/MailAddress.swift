/// A mailbox as the `--from` and `--to` options take it: `jane@example.org` or
/// `Jane Doe <jane@example.org>`. The display name may be any text (it is encoded for the
/// header); the address must be plain ASCII `local@domain` without spaces or angle brackets.
public struct MailAddress: Hashable, Sendable {
    public var name: String?
    public var address: String

    /// Parses `text`, or returns nil when it is not a usable mailbox.
    public init?(_ text: String) {
        let trimmed = text.trimmingSpaces
        var name: String?
        var address = trimmed
        if trimmed.hasSuffix(">"), let open = trimmed.lastIndex(of: "<") {
            address = String(trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)])
            let display = String(trimmed[..<open]).trimmingSpaces
            let unquoted =
                display.count >= 2 && display.hasPrefix("\"") && display.hasSuffix("\"")
                ? String(display.dropFirst().dropLast()) : display
            name = unquoted.isEmpty ? nil : unquoted
        }
        let parts = address.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !parts[1].hasPrefix("."), !parts[1].hasSuffix("."),
            address.unicodeScalars.allSatisfy({ $0.value > 0x20 && $0.value < 0x7F && !"<>()[]\\,;:\"".unicodeScalars.contains($0) })
        else { return nil }
        if let name, name.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) { return nil }
        self.name = name
        self.address = address
    }

    /// The domain part, for the Message-ID.
    public var domain: String {
        String(address.split(separator: "@").last ?? "localhost")
    }

    /// The mailbox as a header writes it: the name as a quoted string, or RFC 2047-encoded
    /// when it is not ASCII.
    var headerValue: String {
        guard let name else { return address }
        let display: String
        if name.unicodeScalars.allSatisfy({ $0.isASCII }) {
            display = "\"" + name.replacingAll("\\", with: "\\\\").replacingAll("\"", with: "\\\"") + "\""
        } else {
            display = EncodedWord.encode(name).joined(separator: " ")
        }
        return "\(display) <\(address)>"
    }
}

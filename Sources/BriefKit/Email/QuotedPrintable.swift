/// Quoted-printable (RFC 2045) for text bodies: line breaks become CRLF (the canonical form of
/// text), lines stay within 76 characters with soft breaks, and bytes that could be mangled in
/// transit (non-ASCII, `=`, trailing white space, a leading `.` or `From `) are escaped.
enum QuotedPrintable {
    static func encode(_ text: String) -> String {
        var output = ""
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        for (lineIndex, line) in lines.enumerated() {
            let bytes = Array(line.utf8)
            var current = ""
            for (index, byte) in bytes.enumerated() {
                let isLast = index == bytes.count - 1
                let token: String
                switch byte {
                case UInt8(ascii: "="), 0x00..<0x09, 0x0A..<0x20, 0x7F...0xFF:
                    token = escape(byte)
                case UInt8(ascii: " "), UInt8(ascii: "\t"):
                    token = isLast ? escape(byte) : String(UnicodeScalar(byte))
                case UInt8(ascii: ".") where index == 0,
                    UInt8(ascii: "F") where index == 0 && bytes.starts(with: Array("From ".utf8)):
                    token = escape(byte)
                default:
                    token = String(UnicodeScalar(byte))
                }
                if current.utf8.count + token.utf8.count > 75 {
                    output += current + "=\r\n"
                    current = ""
                }
                current += token
            }
            output += current
            if lineIndex < lines.count - 1 { output += "\r\n" }
        }
        return output + "\r\n"
    }

    private static func escape(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return "=" + String(digits[Int(byte >> 4)]) + String(digits[Int(byte & 0x0F)])
    }
}

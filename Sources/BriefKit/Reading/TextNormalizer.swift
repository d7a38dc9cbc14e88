import Foundation

/// Normalises decoded text: one line ending (`\n`), Unicode NFC, and no control
/// characters that XML 1.0 forbids. Curly quotes, dashes and other punctuation stay as written.
public enum TextNormalizer {
    /// Returns `text` with CRLF, CR, U+2028 and U+2029 turned into `\n`, tabs and other
    /// control characters into spaces (forbidden ones dropped), and the result in NFC.
    public static func normalize(_ text: String) -> String {
        guard needsCleaning(text) else { return isStableUnderNFC(text) ? text : text.precomposedStringWithCanonicalMapping }
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(text.unicodeScalars.count)
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            switch scalar.value {
            case 0x0D:
                scalars.append("\n")
            case 0x0A:
                if !previousWasCR { scalars.append("\n") }
            case 0x2028, 0x2029:
                scalars.append("\n")
            case 0x09, 0x0B, 0x0C:
                scalars.append(" ")
            case 0x00...0x1F, 0x7F, 0xFFFE, 0xFFFF, 0xFEFF:
                continue  // control characters, non-characters and stray BOMs carry no text
            default:
                scalars.append(scalar)
            }
        }
        let cleaned = String(scalars)
        return isStableUnderNFC(cleaned) ? cleaned : cleaned.precomposedStringWithCanonicalMapping
    }

    /// True when every scalar is one NFC leaves alone whatever surrounds it: below U+0300 (where
    /// combining marks begin), or general punctuation U+2002–U+206F (quotes, dashes, ellipsis;
    /// U+2000 and U+2001 are singletons NFC replaces), or a currency sign. Most news text is,
    /// and it skips a whole-text composition pass.
    static func isStableUnderNFC(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { scalar in
            let value = scalar.value
            return value < 0x300 || (value >= 0x2002 && value <= 0x206F) || (value >= 0x20A0 && value <= 0x20CF)
        }
    }

    /// Whether `text` holds anything ``normalize(_:)`` changes besides composition: a byte scan
    /// for control characters other than line feed, U+2028/U+2029 (E2 80 A8/A9), U+FEFF (EF BB BF)
    /// and U+FFFE/U+FFFF (EF BF BE/BF).
    static func needsCleaning(_ text: String) -> Bool {
        var utf8 = text.utf8.makeIterator()
        var previous: (UInt8, UInt8) = (0, 0)
        while let byte = utf8.next() {
            if byte < 0x20 && byte != 0x0A || byte == 0x7F { return true }
            switch (previous.0, previous.1, byte) {
            case (0xE2, 0x80, 0xA8), (0xE2, 0x80, 0xA9), (0xEF, 0xBB, 0xBF), (0xEF, 0xBF, 0xBE), (0xEF, 0xBF, 0xBF): return true
            default: previous = (previous.1, byte)
            }
        }
        return false
    }
}

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
    /// (On the UTF-8 bytes: a byte below 0xCC is ASCII, a continuation byte or the lead of a
    /// scalar below U+0300; only a scalar from a higher lead byte is decoded.)
    static func isStableUnderNFC(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var i = 0
            while i < bytes.count {
                if bytes[i] < 0xCC {
                    i += 1
                    continue
                }
                let (scalar, length) = UTF8Scalars.decode(bytes, at: i)
                let value = scalar.value
                guard value < 0x300 || (value >= 0x2002 && value <= 0x206F) || (value >= 0x20A0 && value <= 0x20CF) else { return false }
                i += length
            }
            return true
        }
    }

    /// Whether `text` holds anything ``normalize(_:)`` changes besides composition: a byte scan
    /// for control characters other than line feed, U+2028/U+2029 (E2 80 A8/A9), U+FEFF (EF BB BF)
    /// and U+FFFE/U+FFFF (EF BF BE/BF).
    static func needsCleaning(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var i = 0
            while i < bytes.count {
                let byte = bytes[i]
                i += 1
                // Printable ASCII and the bytes of every other scalar pass at once.
                if byte >= 0x20 && byte < 0x7F || byte >= 0x80 && byte != 0xE2 && byte != 0xEF { continue }
                if byte < 0x20 && byte != 0x0A || byte == 0x7F { return true }
                guard i + 1 < bytes.count else { continue }
                switch (byte, bytes[i], bytes[i + 1]) {
                case (0xE2, 0x80, 0xA8), (0xE2, 0x80, 0xA9), (0xEF, 0xBB, 0xBF), (0xEF, 0xBF, 0xBE), (0xEF, 0xBF, 0xBF): return true
                default: continue
                }
            }
            return false
        }
    }
}

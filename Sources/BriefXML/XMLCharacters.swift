/// The characters XML 1.0 (and HTML) allow in text: the one definition the XML writer and the
/// HTML writer share, so that no forbidden character reaches either.
public enum XMLCharacters {
    /// `text` without the characters HTML and XML forbid: C0 and C1 controls (tab, line feed
    /// and carriage return excepted) and non-characters.
    public static func allowed(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isForbidden) else { return text }
        var kept = String.UnicodeScalarView()
        kept.append(contentsOf: text.unicodeScalars.filter { !isForbidden($0) })
        return String(kept)
    }

    /// True for a character XML 1.0 forbids or HTML treats as an error.
    public static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: return false
        case 0x00...0x1F, 0x7F...0x9F: return true
        case 0xFDD0...0xFDEF: return true
        default: return scalar.value & 0xFFFE == 0xFFFE
        }
    }
}

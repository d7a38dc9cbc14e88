/// Character classes of Unicode scalars with an ASCII fast path: most news text is ASCII, and
/// a Unicode property lookup costs far more than a comparison. Outside ASCII each class is
/// exactly the Unicode property it is named after.
extension Unicode.Scalar {
    /// Unicode White_Space.
    @inline(__always) var isSpaceFast: Bool {
        value < 128 ? value == 32 || (value >= 9 && value <= 13) : properties.isWhitespace
    }

    /// Unicode Uppercase.
    @inline(__always) var isUppercaseFast: Bool {
        value < 128 ? value >= 65 && value <= 90 : properties.isUppercase
    }

    /// Unicode Lowercase.
    @inline(__always) var isLowercaseFast: Bool {
        value < 128 ? value >= 97 && value <= 122 : properties.isLowercase
    }

    /// An ASCII digit, 0 to 9.
    @inline(__always) var isASCIIDigit: Bool { value >= 48 && value <= 57 }

    /// Unicode Alphabetic.
    @inline(__always) var isAlphabeticFast: Bool {
        value < 128 ? (value | 0x20) >= 97 && (value | 0x20) <= 122 : properties.isAlphabetic
    }

    /// A letter or an ASCII digit: what the ranking's ``Tokenizer`` counts as part of a term.
    @inline(__always) var isLetterOrASCIIDigit: Bool { isASCIIDigit || isAlphabeticFast }

    /// A letter or any numeral (Unicode Alphabetic, or with a numeric type: `٣`, `²`, `½`):
    /// what the extractors' ``WordToken`` counts as part of a word. Wider than
    /// ``isLetterOrASCIIDigit``, so a figure in another script stays in a quoted or named word.
    @inline(__always) var isLetterOrNumber: Bool {
        value < 128
            ? (value | 0x20) >= 97 && (value | 0x20) <= 122 || value >= 48 && value <= 57
            : properties.isAlphabetic || properties.numericType != nil
    }

    /// A combining mark (nonspacing, spacing or enclosing), which belongs to the character
    /// before it.
    @inline(__always) var isCombiningMark: Bool {
        guard value >= 0x300 else { return false }
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }
}

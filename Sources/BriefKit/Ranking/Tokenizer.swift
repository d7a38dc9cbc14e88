/// Splits text into lower-case word tokens: runs of letters and digits (decimals kept whole),
/// with possessive `'s` and single letters dropped.
public enum Tokenizer {
    /// The word tokens of `text`, in order.
    public static func words(_ text: String) -> [String] {
        var tokens: [String] = []
        var current = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        func flush() {
            if current.count > 1 || current.first.map({ ("0"..."9").contains($0) }) == true {
                tokens.append(String(current).lowercased())
            }
            current = String.UnicodeScalarView()
        }
        var i = 0
        while i < scalars.count {
            let c = scalars[i]
            if isWordScalar(c) {
                current.append(c)
            } else if (c == "." || c == ",") && !current.isEmpty, let last = current.last, ("0"..."9").contains(last),
                      i + 1 < scalars.count, ("0"..."9").contains(scalars[i + 1]) {
                if c == "." { current.append(c) }  // 2.5 stays one token; 300,000 becomes 300000
            } else if (c == "'" || c == "’") && i + 1 < scalars.count && (scalars[i + 1] == "s" || scalars[i + 1] == "S")
                        && (i + 2 >= scalars.count || !isLetter(scalars[i + 2])) {
                flush()
                i += 1  // skip the possessive s
            } else {
                flush()
            }
            i += 1
        }
        flush()
        return tokens
    }

    /// Letters (any script) and ASCII digits; ASCII is decided without a Unicode property lookup.
    @inline(__always) static func isWordScalar(_ c: Unicode.Scalar) -> Bool {
        c.value < 128 ? (c.value >= 48 && c.value <= 57) || isLetter(c) : c.properties.isAlphabetic
    }

    @inline(__always) static func isLetter(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        return v < 128 ? (v | 0x20) >= 97 && (v | 0x20) <= 122 : c.properties.isAlphabetic
    }

    /// Content terms: tokens that are not stop words, Porter-stemmed.
    public static func terms(_ text: String) -> [String] {
        words(text).compactMap { StopWords.english.contains($0) ? nil : PorterStemmer.stem($0) }
    }
}

/// Splits text into lower-case word tokens: runs of letters and digits (decimals kept whole),
/// with possessive `'s` and single letters dropped.
public enum Tokenizer {
    /// The word tokens of `text`, in order.
    public static func words(_ text: String) -> [String] {
        var tokens: [String] = []
        // One UTF-8 buffer for the current token, lower-cased as it is built (ASCII directly;
        // other scripts by `lowercased()` when the token is done).
        var current: [UInt8] = []
        var currentScalars = 0
        var firstScalar: Unicode.Scalar = " ", lastScalar: Unicode.Scalar = " "
        var currentIsASCII = true
        func append(_ c: Unicode.Scalar) {
            if currentScalars == 0 { firstScalar = c }
            lastScalar = c
            currentScalars += 1
            if c.value < 128 {
                current.append(UInt8(c.value >= 65 && c.value <= 90 ? c.value + 32 : c.value))
            } else {
                currentIsASCII = false
                current.append(contentsOf: UTF8.encode(c)!)
            }
        }
        func flush() {
            if currentScalars > 1 || (currentScalars == 1 && firstScalar.isASCIIDigit) {
                let token = String(decoding: current, as: UTF8.self)
                tokens.append(currentIsASCII ? token : token.lowercased())
            }
            current.removeAll(keepingCapacity: true)
            currentScalars = 0
            currentIsASCII = true
        }
        let scalars = text.unicodeScalars
        var i = scalars.startIndex
        while i < scalars.endIndex {
            let c = scalars[i]
            let next = scalars.index(after: i)
            if isWordScalar(c) {
                append(c)
            } else if c == "." || c == ",", currentScalars > 0, lastScalar.isASCIIDigit,
                      next < scalars.endIndex, scalars[next].isASCIIDigit {
                if c == "." { append(c) }  // 2.5 stays one token; 300,000 becomes 300000
            } else if c == "'" || c == "’", next < scalars.endIndex, scalars[next] == "s" || scalars[next] == "S" {
                let afterS = scalars.index(after: next)
                if afterS >= scalars.endIndex || !scalars[afterS].isAlphabeticFast {
                    flush()
                    i = afterS  // skip the possessive s
                    continue
                }
                flush()
            } else {
                flush()
            }
            i = next
        }
        flush()
        return tokens
    }


    /// Letters (any script) and ASCII digits; ASCII is decided without a Unicode property lookup.
    @inline(__always) static func isWordScalar(_ c: Unicode.Scalar) -> Bool {
        c.isASCIIDigit || c.isAlphabeticFast
    }

    /// Content terms: tokens that are not stop words, Porter-stemmed.
    public static func terms(_ text: String) -> [String] {
        var stems: [String: String] = [:]
        return terms(text, stems: &stems)
    }

    /// Content terms as ``terms(_:)``, remembering each word's stem in `stems` (a corpus
    /// repeats its words, and a lookup costs less than stemming again).
    public static func terms(_ text: String, stems: inout [String: String]) -> [String] {
        words(text).compactMap { word in
            if let stem = stems[word] { return stem }
            let stem: String? = StopWords.english.contains(word) ? nil : PorterStemmer.stem(word)
            stems[word] = stem
            return stem
        }
    }
}

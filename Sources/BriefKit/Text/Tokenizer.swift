/// Splits text into lower-case word tokens for the ranking's terms: runs of letters and digits
/// (decimals kept whole, thousands separators dropped: `300,000` is `300000`), with possessive
/// `'s` and single letters dropped.
///
/// Beside it, ``WordToken`` splits text for the extractors, which need words as written. The
/// two differ on purpose (`TokenizersTests` pins it): dotted acronyms and initials (`U.S.`,
/// `J.`) are one word there and single letters, dropped, here; hyphenated words (`co-op`) are
/// one word there and their parts here; punctuation is a token there and nothing here.
public enum Tokenizer {
    /// The word tokens of `text`, in order.
    public static func words(_ text: String) -> [String] {
        var tokens: [String] = []
        forEachWord(in: text) { tokens.append(String(decoding: $0, as: UTF8.self)) }
        return tokens
    }

    /// Calls `body` with each word token of `text` (those of ``words(_:)``, in order) as its
    /// UTF-8 bytes, which are valid during the call only: a caller that looks words up needs
    /// no `String` per word.
    static func forEachWord(in text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        var text = text
        text.withUTF8 { forEachWord(bytes: $0, body) }
    }

    /// The word tokens of the valid UTF-8 `bytes`, read a scalar at a time.
    private static func forEachWord(bytes: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        // One UTF-8 buffer for the current token, lower-cased as it is built (ASCII directly;
        // other scripts by `lowercased()` when the token is done).
        var current: [UInt8] = []
        current.reserveCapacity(32)
        var currentScalars = 0
        var firstScalar: Unicode.Scalar = " ", lastScalar: Unicode.Scalar = " "
        var currentIsASCII = true
        func append(_ c: Unicode.Scalar, at offset: Int, width: Int) {
            if currentScalars == 0 { firstScalar = c }
            lastScalar = c
            currentScalars += 1
            if c.value < 128 {
                current.append(UInt8(c.value >= 65 && c.value <= 90 ? c.value + 32 : c.value))
            } else {
                currentIsASCII = false
                current.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[offset..<offset + width]))
            }
        }
        func flush() {
            if currentScalars > 1 || (currentScalars == 1 && firstScalar.isASCIIDigit) {
                if currentIsASCII {
                    current.withUnsafeBufferPointer(body)
                } else {
                    var lowered = String(decoding: current, as: UTF8.self).lowercased()
                    lowered.withUTF8(body)
                }
            }
            current.removeAll(keepingCapacity: true)
            currentScalars = 0
            currentIsASCII = true
        }
        let end = bytes.count
        var i = 0
        while i < end {
            let (c, width) = UTF8Scalars.decode(bytes, at: i)
            let next = i + width
            if isWordScalar(c) {
                append(c, at: i, width: width)
            } else if c == "." || c == ",", currentScalars > 0, lastScalar.isASCIIDigit,
                next < end, bytes[next] >= 48 && bytes[next] <= 57
            {
                if c == "." { append(c, at: i, width: width) }  // 2.5 stays one token; 300,000 becomes 300000
            } else if c == "'" || c == "’", next < end, bytes[next] == UInt8(ascii: "s") || bytes[next] == UInt8(ascii: "S") {
                let afterS = next + 1
                if afterS >= end || !UTF8Scalars.decode(bytes, at: afterS).scalar.isAlphabeticFast {
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
    }

    /// Letters (any script) and ASCII digits (``Unicode/Scalar/isLetterOrASCIIDigit``).
    @inline(__always) static func isWordScalar(_ c: Unicode.Scalar) -> Bool { c.isLetterOrASCIIDigit }

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

/// The runs of letters of a text, as Characters give them (`text.split { !$0.isLetter }`),
/// read in the UTF-8 bytes when that gives the same runs: when every scalar is ASCII (a letter
/// is A-Z or a-z) or punctuation of the General Punctuation block (U+2010 to U+205E: dashes,
/// curly quotes, the ellipsis), which is never a letter and never joins the character before
/// it. News text is nearly always such; anything else is read by Characters.
enum LetterRuns {
    /// Calls `body` with each run of letters of `text`, in order.
    static func forEach(in text: String, _ body: (Substring) -> Void) {
        guard isByteReadable(text) else {
            for word in text.split(whereSeparator: { !$0.isLetter }) { body(word) }
            return
        }
        let utf8 = text.utf8
        var start: String.Index?
        var index = utf8.startIndex
        while index < utf8.endIndex {
            let byte = utf8[index]
            let lower = byte | 0x20
            if byte < 0x80 && lower >= 0x61 && lower <= 0x7A {
                if start == nil { start = index }
            } else if let from = start {
                body(text[from..<index])
                start = nil
            }
            index = utf8.index(after: index)
        }
        if let from = start { body(text[from...]) }
    }

    /// The runs of letters of `text`, each once.
    static func set(of text: String) -> Set<String> {
        var words = Set<String>()
        forEach(in: text) { words.insert(String($0)) }
        return words
    }

    /// True when every scalar of `text` is ASCII or in U+2010...U+205E (`E2 80 90` to `E2 81 9E`).
    static func isByteReadable(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var i = 0
            while i < bytes.count {
                let byte = bytes[i]
                if byte < 0x80 {
                    i += 1
                    continue
                }
                guard byte == 0xE2, i + 2 < bytes.count else { return false }
                let second = bytes[i + 1], third = bytes[i + 2]
                guard (second == 0x80 && third >= 0x90) || (second == 0x81 && third <= 0x9E) else { return false }
                i += 3
            }
            return true
        }
    }
}

/// RFC 2047 encoded-words (`=?UTF-8?B?...?=`) for header text that is not ASCII: each word at
/// most 64 characters (39 bytes of text), so that even `Subject: ` and the first word fit in
/// 78 columns, never splitting a character's UTF-8 bytes.
enum EncodedWord {
    /// The encoded-words for `text`, to be joined with folding white space.
    static func encode(_ text: String) -> [String] {
        let prefix = "=?UTF-8?B?", suffix = "?="
        let maxBytes = 39  // 52 base64 characters; with the markers, 64
        var words: [String] = []
        var chunk: [UInt8] = []
        for character in text {
            let bytes = Array(String(character).utf8)
            if chunk.count + bytes.count > maxBytes && !chunk.isEmpty {
                words.append(prefix + Base64.encode(chunk) + suffix)
                chunk.removeAll()
            }
            chunk += bytes
        }
        if !chunk.isEmpty { words.append(prefix + Base64.encode(chunk) + suffix) }
        return words
    }
}

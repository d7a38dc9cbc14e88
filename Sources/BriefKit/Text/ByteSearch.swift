extension String {
    /// True when `needle`'s UTF-8 bytes occur in this string's: exact, case-sensitive
    /// substring search, without Foundation's locale-aware machinery.
    func containsBytes(_ needle: String) -> Bool {
        var haystack = self
        var needle = needle
        return haystack.withUTF8 { h in
            needle.withUTF8 { n in n.isEmpty || ByteMatch.firstOffset(of: n, in: h, from: 0) != nil }
        }
    }

    /// The first place where `needle`'s UTF-8 bytes occur in this string's and the match is
    /// not followed by a combining mark (which would belong to its last character), or nil:
    /// a substring search without Foundation's bridging and locale-aware machinery.
    func firstByteRange(of needle: String) -> Range<String.Index>? {
        var haystack = self
        var needle = needle
        let found: Range<Int>? = haystack.withUTF8 { h in
            needle.withUTF8 { n in
                guard !n.isEmpty else { return nil }
                var from = 0
                while let start = ByteMatch.firstOffset(of: n, in: h, from: from) {
                    let end = start + n.count
                    if end < h.count, h[end] >= 0xCC, UTF8Scalars.decode(h, at: end).scalar.isCombiningMark {
                        from = start + 1
                        continue
                    }
                    return start..<end
                }
                return nil
            }
        }
        guard let found else { return nil }
        let utf8 = self.utf8
        return utf8.index(utf8.startIndex, offsetBy: found.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: found.upperBound)
    }
}

/// Substring search over UTF-8 bytes.
enum ByteMatch {
    /// Where the non-empty `needle` first occurs in `bytes` at or after `start`, or nil.
    static func firstOffset(of needle: UnsafeBufferPointer<UInt8>, in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard let first = needle.first, bytes.count - needle.count >= start else { return nil }
        for i in start...(bytes.count - needle.count) where bytes[i] == first {
            var k = 1
            while k < needle.count && bytes[i + k] == needle[k] { k += 1 }
            if k == needle.count { return i }
        }
        return nil
    }

    /// True when `needle` (lower-case ASCII) occurs in `bytes` with ASCII letters compared
    /// without case ("HTTPS://" holds "https://").
    static func containsIgnoringASCIICase(_ bytes: [UInt8], _ needle: [UInt8]) -> Bool {
        guard let first = needle.first else { return true }
        guard bytes.count >= needle.count else { return false }
        @inline(__always) func folded(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }
        for i in 0...(bytes.count - needle.count) where folded(bytes[i]) == first {
            var k = 1
            while k < needle.count && folded(bytes[i + k]) == needle[k] { k += 1 }
            if k == needle.count { return true }
        }
        return false
    }
}

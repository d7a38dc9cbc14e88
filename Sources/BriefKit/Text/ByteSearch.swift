extension String {
    /// True when `needle`'s UTF-8 bytes occur in this string's: exact, case-sensitive
    /// substring search, without Foundation's locale-aware machinery.
    func containsBytes(_ needle: String) -> Bool {
        var haystack = self
        var needle = needle
        return haystack.withUTF8 { h in
            needle.withUTF8 { n in
                guard let first = n.first else { return true }
                guard h.count >= n.count else { return false }
                var i = 0
                let last = h.count - n.count
                while i <= last {
                    if h[i] == first {
                        var k = 1
                        while k < n.count && h[i + k] == n[k] { k += 1 }
                        if k == n.count { return true }
                    }
                    i += 1
                }
                return false
            }
        }
    }
}

extension String {
    /// The first place where `needle`'s UTF-8 bytes occur in this string's and the match is
    /// not followed by a combining mark (which would belong to its last character), or nil:
    /// a substring search without Foundation's bridging and locale-aware machinery.
    func firstByteRange(of needle: String) -> Range<String.Index>? {
        var haystack = self
        var needle = needle
        let found: Range<Int>? = haystack.withUTF8 { h in
            needle.withUTF8 { n in
                guard let first = n.first, h.count >= n.count else { return nil }
                for i in 0...(h.count - n.count) where h[i] == first {
                    var k = 1
                    while k < n.count && h[i + k] == n[k] { k += 1 }
                    guard k == n.count else { continue }
                    let end = i + n.count
                    if end < h.count, h[end] >= 0xCC, UTF8Scalars.decode(h, at: end).scalar.isCombiningMark { continue }
                    return i..<end
                }
                return nil
            }
        }
        guard let found else { return nil }
        let utf8 = self.utf8
        return utf8.index(utf8.startIndex, offsetBy: found.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: found.upperBound)
    }
}

extension Unicode.Scalar {
    /// A combining mark (nonspacing, spacing or enclosing), which belongs to the character
    /// before it.
    var isCombiningMark: Bool {
        guard value >= 0x300 else { return false }
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }
}

/// Substring search over UTF-8 bytes.
enum ByteMatch {
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

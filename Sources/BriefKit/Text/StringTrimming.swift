/// Small string edits the extractors share.
extension String {
    func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        var result = ""
        var rest = self[...]
        while let range = rest.range(of: target) {
            result += rest[..<range.lowerBound] + replacement
            rest = rest[range.upperBound...]
        }
        return result + rest
    }

    /// The string without the spaces (U+0020 Characters) at either end.
    var trimmingSpaces: String {
        let utf8 = self.utf8
        guard utf8.first == UInt8(ascii: " ") || utf8.last == UInt8(ascii: " ") else { return self }
        var start = startIndex
        while start < endIndex && self[start] == " " { start = index(after: start) }
        var end = endIndex
        while end > start, self[index(before: end)] == " " { end = index(before: end) }
        return String(self[start..<end])
    }
}

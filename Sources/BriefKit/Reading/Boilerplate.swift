/// Recognises web boilerplate: widget labels and calls to action ("Listen To Story Above",
/// "Advertisement", "Share this article") and lines that most articles of the corpus repeat
/// verbatim (a site's footer, a newsletter plug).
public enum Boilerplate {
    /// Whole lines (compared case-insensitively, trailing punctuation ignored) that are never article text.
    static let knownLines: Set<String> = [
        "advertisement", "advertisements", "advert", "ad", "sponsored", "sponsored content", "promoted",
        "listen to story above", "listen to this story", "listen to this article", "listen to article",
        "listen", "play", "watch", "watch now", "watch video", "video", "audio",
        "share", "share this", "share this article", "share this story", "share article", "share on facebook",
        "share on twitter", "share on x", "share via email", "tweet", "email", "print", "copy link", "link copied",
        "read more", "read next", "more", "see more", "show more", "load more", "continue reading",
        "related", "related articles", "related stories", "related content", "more on this story",
        "recommended", "recommended for you", "most read", "most popular", "top stories", "trending",
        "subscribe", "subscribe now", "sign up", "sign in", "log in", "register", "skip to content",
        "skip to main content", "skip advertisement", "back to top", "comments", "view comments",
        "follow us", "click here", "image caption", "image source", "image copyright", "media caption",
        "getty images", "all rights reserved", "cookie settings", "accept cookies", "close",
    ]

    /// Line openings that mark a call to action when the line is short.
    static let knownPrefixes: [String] = [
        "read more:", "read more at", "related:", "see also:", "sign up to", "sign up for", "subscribe to",
        "follow us on", "follow our", "click here", "image:", "photo:", "image caption", "media caption",
        "getty images", "©", "copyright ©", "copyright (c)", "(c) copyright", "share this", "listen to",
        "download our app", "get our newsletter", "this article was", "this story was",
    ]

    /// True for a line that is known web boilerplate.
    public static func isKnown(_ line: String) -> Bool {
        let core = withoutTrailingPunctuation(line)
        if core.isEmpty { return false }
        // Only a line as short as a known one is lower-cased and looked up.
        if core.utf8.count <= longestKnownLine && knownLines.contains(core.lowercased()) { return true }
        guard LineClassifier.wordCount(line) <= 12 else { return false }
        let lower = line.lowercased()
        return knownPrefixes.contains { lower.hasPrefix($0) }
    }

    /// Lines to drop because more than half of the articles (and at least three) carry them
    /// verbatim. A repeated line that reads as reported text is kept: one with a quote mark,
    /// or a full sentence of more than eight words, is what outlets share when they copy a
    /// quote or wire copy, not boilerplate.
    public static func repeatedLines(in articles: [[String]]) -> Set<String> {
        guard articles.count >= 3 else { return [] }
        // Each article's distinct lines with their hashes, on every core; then articles are
        // counted per hash (an integer key), and only lines whose hash is common enough are
        // counted exactly (a collision can only add candidates, never lose one).
        let distinct = articles.parallelMap(grain: 64) { lines -> [(hash: Int, line: String)] in
            var seen: Set<LineBytes> = []
            return lines.compactMap { line in
                guard !line.isEmpty else { return nil }
                let key = LineBytes(line)
                return seen.insert(key).inserted ? (key.hashValue, line) : nil
            }
        }
        func isCommon(_ count: Int) -> Bool { count >= 3 && count * 2 > articles.count }
        // Hashes are counted in shards, each shard on its own core: a big corpus has millions
        // of distinct lines. (Every shard reads all the hashes, which costs little next to
        // counting them.)
        let hashes = distinct.parallelMap(grain: 64) { $0.map(\.hash) }.joinedInParallel()
        let shardCount = 8
        let commonHashes = Set(
            Array(0..<shardCount).parallelMap(grain: 1) { shard -> [Int] in
                var hashCounts: [Int: Int] = [:]
                for hash in hashes where hash & (shardCount - 1) == shard { hashCounts[hash, default: 0] += 1 }
                return hashCounts.compactMap { isCommon($0.value) ? $0.key : nil }
            }.joined())
        guard !commonHashes.isEmpty else { return [] }
        var counts: [String: Int] = [:]
        for lines in distinct {
            for entry in lines where commonHashes.contains(entry.hash) { counts[entry.line, default: 0] += 1 }
        }
        var repeated: Set<String> = []
        for (line, count) in counts where isCommon(count) {
            if LineClassifier.containsQuoteMark(line) { continue }
            if LineClassifier.hasTerminalPunctuation(line) && LineClassifier.wordCount(line) > 8 { continue }
            repeated.insert(line)
        }
        return repeated
    }

    /// The length in UTF-8 bytes of the longest known line.
    private static let longestKnownLine = knownLines.map(\.utf8.count).max() ?? 0

    /// The line without trailing punctuation, white space and arrows ("Read more ›").
    private static func withoutTrailingPunctuation(_ line: String) -> Substring {
        var key = line[...]
        while let last = key.last, last.isPunctuation || last.isWhitespace || last == ">" || last == "›" {
            key.removeLast()
        }
        return key
    }
}

/// A line compared and hashed by its UTF-8 bytes. Lines are NFC-normalised when read, so equal
/// lines have equal bytes; String's own hashing normalises every non-ASCII line again.
private struct LineBytes: Hashable {
    let line: String

    init(_ line: String) { self.line = line }

    static func == (a: LineBytes, b: LineBytes) -> Bool { a.line.utf8.elementsEqual(b.line.utf8) }

    func hash(into hasher: inout Hasher) {
        var line = line
        line.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}

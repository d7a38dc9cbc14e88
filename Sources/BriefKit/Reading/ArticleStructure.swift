/// Finds an article's structure in its normalised text: headline, subheadings, paragraphs.
///
/// - The first line is the headline when it has no terminal punctuation, is at most
///   ``maxHeadlineWords`` words, and body text follows it.
/// - A short line inside the body (at most ``maxSubheadingWords`` words) with no terminal
///   punctuation that does not start in lower case is a subheading: kept, never ranked.
/// - Paragraphs: blank lines separate them. When there are no blank lines, or the lines
///   between blank lines are long (not hard-wrapped), each line is its own paragraph.
/// - Known boilerplate lines and the corpus's repeated lines are dropped.
public enum ArticleStructure {
    static let maxHeadlineWords = 30
    static let maxSubheadingWords = 12

    /// The article's lines, tidied (white space collapsed), blank lines kept as "".
    public static func lines(of text: String) -> [String] {
        // Split at line-feed bytes: walking Characters (grapheme clusters) costs several times more.
        var text = text
        return text.withUTF8 { bytes in
            var lines: [String] = []
            var start = 0
            for index in bytes.indices where bytes[index] == 0x0A {
                lines.append(LineClassifier.tidy(bytes: UnsafeBufferPointer(rebasing: bytes[start..<index])))
                start = index + 1
            }
            lines.append(LineClassifier.tidy(bytes: UnsafeBufferPointer(rebasing: bytes[start...])))
            return lines
        }
    }

    /// Builds a ``Document`` from tidied lines, leaving out `dropped` lines and known boilerplate.
    /// With a known `headline` (from markup), every line is body.
    public static func parse(
        lines: [String], id: String, path: String, headline known: String? = nil,
        dropping dropped: Set<String> = []
    ) -> Document {
        // Blocks: runs of kept, non-blank lines.
        var blocks: [[String]] = [[]]
        for line in lines {
            if line.isEmpty {
                if !(blocks.last?.isEmpty ?? true) { blocks.append([]) }
            } else if !dropped.contains(line) && !Boilerplate.isKnown(line) && LineClassifier.hasWordCharacter(line) {
                blocks[blocks.count - 1].append(line)
            }
        }
        blocks.removeAll { $0.isEmpty }

        let units = isHardWrapped(blocks) ? blocks.map { $0.joined(separator: " ") } : blocks.flatMap { $0 }
        let knownHeadline = known.map { LineClassifier.tidy(Substring($0)) }.flatMap { $0.isEmpty ? nil : $0 }
        guard let first = units.first else {
            return Document(id: id, path: path, headline: knownHeadline, blocks: [])
        }

        var headline = knownHeadline
        var body = units[...]
        if knownHeadline == nil && units.count > 1 && isHeadingLike(first, maxWords: maxHeadlineWords) {
            headline = first
            body = units.dropFirst()
        }
        let bodyBlocks: [Document.Block] = body.map { unit in
            isHeadingLike(unit, maxWords: maxSubheadingWords) && !startsLowercase(unit)
                ? .subheading(unit) : .paragraph(unit)
        }
        return Document(id: id, path: path, headline: headline, blocks: bodyBlocks)
    }

    static func isHeadingLike(_ line: String, maxWords: Int) -> Bool {
        !LineClassifier.hasTerminalPunctuation(line) && LineClassifier.wordCount(line, upTo: maxWords + 1) <= maxWords
    }

    static func startsLowercase(_ line: String) -> Bool {
        line.first { $0.isLetter }.map { $0.isLowercase } ?? false
    }

    /// True when blank lines separate blocks whose lines were wrapped at a fixed width:
    /// most lines inside multi-line blocks stop mid-sentence and are of moderate length.
    static func isHardWrapped(_ blocks: [[String]]) -> Bool {
        let inner = blocks.filter { $0.count > 1 }.flatMap { $0.dropLast() }
        guard blocks.count > 1, inner.count >= 2 else { return false }
        let open = inner.filter { !LineClassifier.hasTerminalPunctuation($0) && !isHeadingLike($0, maxWords: 6) }
        let moderate = inner.filter { (20...100).contains($0.count) }
        return open.count * 2 >= inner.count && moderate.count * 4 >= inner.count * 3
    }
}

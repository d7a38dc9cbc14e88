/// Finds quotations in a document's paragraphs: text between “ and ” (or a pair of straight
/// double quotes). A paragraph that opens a quotation and does not close it continues into
/// the next paragraph when it ends a sentence there and the next paragraph opens with a quote
/// mark, as news style writes multi-paragraph quotes.
struct QuoteScanner {
    /// A quotation as found, possibly across paragraphs.
    struct Span {
        /// The quoted words without the marks; continued paragraphs joined with a space.
        var text: String
        var startParagraph: Int
        /// Index of the opening mark in the start paragraph.
        var start: String.Index
        var endParagraph: Int
        /// Index just past the closing mark in the end paragraph (its end when never closed).
        var end: String.Index
        var closed: Bool
        /// Where the words of ``text`` stand: one range per paragraph, spaces trimmed.
        var pieces: [(paragraph: Int, range: Range<String.Index>)] = []

        /// True when `index` of `paragraph` lies inside the quotation, marks included.
        func contains(paragraph: Int, index: String.Index) -> Bool {
            (startParagraph < paragraph || (startParagraph == paragraph && start <= index))
                && (endParagraph > paragraph || (endParagraph == paragraph && index < end))
        }
    }

    func spans(in paragraphs: [String]) -> [Span] {
        var spans: [Span] = []
        var open: Span?
        // Substrings of their paragraph: trimming them keeps their place.
        var pieces: [(paragraph: Int, words: Substring)] = []
        var pieceStart: String.Index?

        for (index, text) in paragraphs.enumerated() {
            // Scalars, not Characters: the marks are single scalars, and comparing Characters
            // costs a normalising string comparison each time.
            let scalars = text.unicodeScalars
            if open != nil {
                // An unclosed quote continues here only if its last piece ended a sentence and
                // this paragraph opens with a quote mark.
                if let first = scalars.first, first == "“" || first == "\"", endsSentence(pieces.last.map { String($0.words) }) {
                    pieceStart = scalars.index(after: scalars.startIndex)
                } else {
                    finish(&open, &pieces, into: &spans)
                }
            }
            var i = open == nil ? scalars.startIndex : scalars.index(after: scalars.startIndex)
            // Only the marks act: the scan goes from one to the next.
            let marks = Self.markIndices(in: text)
            var nextMark = 0
            while true {
                while nextMark < marks.count, marks[nextMark] < i { nextMark += 1 }
                guard nextMark < marks.count else { break }
                i = marks[nextMark]
                let c = scalars[i]
                if open == nil, c == "“" || c == "\"", let close = Nicknames.closingMark(in: scalars, openingAt: i) {
                    // `Marcia "Cia" Price`: a nickname inside a name, not a quotation.
                    i = close
                } else if open == nil, c == "“" || (c == "\"" && isOpeningStraightQuote(scalars, i)) {
                    open = Span(text: "", startParagraph: index, start: i, endParagraph: index, end: text.endIndex, closed: false)
                    pieces = []
                    pieceStart = scalars.index(after: i)
                } else if open != nil, c == "”" || c == "\"", let from = pieceStart {
                    pieces.append((index, text[from..<i]))
                    open!.endParagraph = index
                    open!.end = scalars.index(after: i)
                    open!.closed = true
                    finish(&open, &pieces, into: &spans)
                    pieceStart = nil
                } else if open != nil, c == "“", let inner = Self.nestedClose(scalars, after: i) {
                    // `“…what he calls “hell” than…”`: a quotation inside the quotation, written
                    // with double marks; it is part of the outer one's words.
                    i = inner
                } else if open != nil, c == "“" {
                    // A new opening mark inside an open quote: the first one never closed.
                    if let from = pieceStart { pieces.append((index, text[from..<i])) }
                    open!.endParagraph = index
                    open!.end = i
                    finish(&open, &pieces, into: &spans)
                    open = Span(text: "", startParagraph: index, start: i, endParagraph: index, end: text.endIndex, closed: false)
                    pieces = []
                    pieceStart = scalars.index(after: i)
                }
                i = scalars.index(after: i)
            }
            if open != nil, let from = pieceStart {
                pieces.append((index, text[from...]))
                open!.endParagraph = index
                open!.end = text.endIndex
            }
        }
        finish(&open, &pieces, into: &spans)
        return spans
    }

    private func finish(_ open: inout Span?, _ pieces: inout [(paragraph: Int, words: Substring)], into spans: inout [Span]) {
        guard var span = open else { return }
        let kept = pieces.map { ($0.paragraph, Self.trimmed($0.words)) }.filter { !$0.1.isEmpty }
        span.text = kept.map { String($0.1) }.joined(separator: " ")
        span.pieces = kept.map { ($0.0, $0.1.startIndex..<$0.1.endIndex) }
        if !span.text.isEmpty { spans.append(span) }
        open = nil
        pieces = []
    }

    /// Where the quote marks (“, ” and ") stand in `text`, in order: the only scalars
    /// ``spans(in:)`` acts on. Found on the UTF-8 bytes (a mark's first byte, `"` or 0xE2,
    /// never continues another scalar), so text without marks is passed over at byte speed.
    static func markIndices(in text: String) -> [String.Index] {
        let utf8 = text.utf8
        var offsets: [Int] = []
        func scan(_ bytes: some Collection<UInt8>) {
            var offset = 0
            var iterator = bytes.makeIterator()
            // The two bytes before the current one: “ is E2 80 9C and ” is E2 80 9D.
            var previous: (UInt8, UInt8) = (0, 0)
            while let byte = iterator.next() {
                if byte == 0x22 {
                    offsets.append(offset)
                } else if (byte == 0x9C || byte == 0x9D) && previous == (0xE2, 0x80) {
                    offsets.append(offset - 2)
                }
                previous = (previous.1, byte)
                offset += 1
            }
        }
        if utf8.withContiguousStorageIfAvailable({ scan($0) }) == nil { scan(utf8) }
        var indices: [String.Index] = []
        indices.reserveCapacity(offsets.count)
        var index = utf8.startIndex
        var at = 0
        for offset in offsets {
            index = utf8.index(index, offsetBy: offset - at)
            at = offset
            indices.append(index)
        }
        return indices
    }

    /// `words` without the spaces at either end (as `trimmingSpaces` trims them).
    static func trimmed(_ words: Substring) -> Substring {
        let scalars = words.unicodeScalars
        guard let first = scalars.firstIndex(where: { $0 != " " }), let last = scalars.lastIndex(where: { $0 != " " }) else {
            return words[words.endIndex...]
        }
        return Substring(scalars[first...last])
    }

    /// For an opening “ at `i` inside an open quotation: the index of its closing ” when the
    /// paragraph then closes the outer one too (a second ” before any other “), else nil.
    private static func nestedClose(_ scalars: String.UnicodeScalarView, after i: String.Index) -> String.Index? {
        var inner: String.Index?
        var j = scalars.index(after: i)
        while j < scalars.endIndex {
            let c = scalars[j]
            if c == "“" { return nil }
            if c == "”" {
                if inner != nil { return inner }
                inner = j
            }
            j = scalars.index(after: j)
        }
        return nil
    }

    /// Whether a quoted piece ends with a sentence terminator (closing brackets and spaces aside).
    private func endsSentence(_ piece: String?) -> Bool {
        guard let piece else { return false }
        let last = piece.reversed().first { !$0.isWhitespace && !")]’'".contains($0) }
        return last.map { ".!?…".contains($0) } ?? false
    }

    /// A straight quote opens when it starts the text or follows a space or opening bracket.
    private func isOpeningStraightQuote(_ scalars: String.UnicodeScalarView, _ i: String.Index) -> Bool {
        guard i > scalars.startIndex else { return true }
        let previous = scalars[scalars.index(before: i)]
        return previous.isSpaceFast || "([—–-:".unicodeScalars.contains(previous)
    }
}

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
    }

    func spans(in paragraphs: [String]) -> [Span] {
        var spans: [Span] = []
        var open: Span?
        var pieces: [String] = []
        var pieceStart: String.Index?

        for (index, text) in paragraphs.enumerated() {
            // Scalars, not Characters: the marks are single scalars, and comparing Characters
            // costs a normalising string comparison each time.
            let scalars = text.unicodeScalars
            if open != nil {
                // An unclosed quote continues here only if its last piece ended a sentence and
                // this paragraph opens with a quote mark.
                if let first = scalars.first, first == "“" || first == "\"", endsSentence(pieces.last) {
                    pieceStart = scalars.index(after: scalars.startIndex)
                } else {
                    finish(&open, &pieces, into: &spans)
                }
            }
            var i = open == nil ? scalars.startIndex : scalars.index(after: scalars.startIndex)
            while i < scalars.endIndex {
                let c = scalars[i]
                if open == nil, c == "“" || (c == "\"" && isOpeningStraightQuote(scalars, i)) {
                    open = Span(text: "", startParagraph: index, start: i, endParagraph: index, end: text.endIndex, closed: false)
                    pieces = []
                    pieceStart = scalars.index(after: i)
                } else if open != nil, c == "”" || c == "\"", let from = pieceStart {
                    pieces.append(String(text[from..<i]))
                    open!.endParagraph = index
                    open!.end = scalars.index(after: i)
                    open!.closed = true
                    finish(&open, &pieces, into: &spans)
                    pieceStart = nil
                } else if open != nil, c == "“" {
                    // A new opening mark inside an open quote: the first one never closed.
                    if let from = pieceStart { pieces.append(String(text[from..<i])) }
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
                pieces.append(String(text[from...]))
                open!.endParagraph = index
                open!.end = text.endIndex
            }
        }
        finish(&open, &pieces, into: &spans)
        return spans
    }

    private func finish(_ open: inout Span?, _ pieces: inout [String], into spans: inout [Span]) {
        guard var span = open else { return }
        span.text = pieces.map { $0.trimmingSpaces }.filter { !$0.isEmpty }.joined(separator: " ")
        if !span.text.isEmpty { spans.append(span) }
        open = nil
        pieces = []
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

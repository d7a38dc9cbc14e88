/// White space as the readers of pages and feeds see it.
enum Whitespace {
    /// `text` with runs of white space made one space, trimmed.
    static func collapse(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}

/// Greedy word wrapping for the plain-text renderer.
public enum TextWrapper {
    /// `text` wrapped to `width` columns: the first line starts with `firstIndent`, the rest with
    /// `indent`. A word longer than the line (a URL) stands alone on its line, unbroken.
    public static func wrap(_ text: String, width: Int, firstIndent: String = "", indent: String = "") -> [String] {
        var lines: [String] = []
        var line = firstIndent
        var lineHasWord = false
        for word in text.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
            if lineHasWord && line.count + 1 + word.count > width {
                lines.append(line)
                line = indent
                lineHasWord = false
            }
            line += (lineHasWord ? " " : "") + word
            lineHasWord = true
        }
        if lineHasWord || lines.isEmpty { lines.append(line) }
        return lines
    }
}

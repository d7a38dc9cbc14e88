/// The one line a run ends with on stderr: what was read, skipped and written, and how long it took.
struct RunSummary {
    var articles: Int
    var files: Int
    var skipped: Int
    /// Articles published outside the brief's window of days, and that window.
    var leftOut = 0
    var window: String = ""
    var sentences: Int
    var seconds: Double
    var folder: String
    var unchanged: Bool
    var archivedBriefs: Int

    var line: String {
        var parts: [String] = []
        var read = "\(articles) \(articles == 1 ? "article" : "articles") from \(files) \(files == 1 ? "file" : "files")"
        if skipped > 0 { read += " (\(skipped) skipped, see warnings above)" }
        parts.append(read)
        if leftOut > 0 { parts.append("\(leftOut) published outside \(window) left out") }
        parts.append("\(sentences) sentences")
        parts.append(String(format: "%.2f s", seconds))
        parts.append((unchanged ? "unchanged: " : "wrote ") + folder + "/")
        parts.append("archive: \(archivedBriefs) \(archivedBriefs == 1 ? "brief" : "briefs")")
        return parts.joined(separator: "; ")
    }
}

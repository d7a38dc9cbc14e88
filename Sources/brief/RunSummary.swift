/// The one line a run ends with on stderr: what was read, skipped and written, and how long it took.
struct RunSummary {
    var articles: Int
    var files: Int
    var skipped: Int
    /// Articles published outside the brief's window of days, and that window.
    var leftOut = 0
    var window: String = ""
    /// The folder's other stories, left out of the brief, and their articles.
    var otherStories = 0
    var otherStoryArticles = 0
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
        if otherStories > 0 {
            let stories = otherStories == 1 ? "1 other story" : "\(otherStories) other stories"
            let articles = otherStoryArticles == 1 ? "1 article" : "\(otherStoryArticles) articles"
            parts.append("\(stories) (\(articles)) left out, see the brief's end")
        }
        parts.append("\(sentences) sentences")
        parts.append(String(format: "%.2f s", seconds))
        parts.append((unchanged ? "unchanged: " : "wrote ") + folder + "/")
        parts.append("archive: \(archivedBriefs) \(archivedBriefs == 1 ? "brief" : "briefs")")
        return parts.joined(separator: "; ")
    }
}

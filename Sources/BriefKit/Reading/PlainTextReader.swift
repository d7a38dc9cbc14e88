/// Reads `.txt` articles: UTF-8 (with or without BOM), UTF-16 with a BOM, or Windows-1252
/// when the bytes are not UTF-8; the first line may be the headline.
///
/// The outlet, day, address and headline can be given in a YAML front matter at the top
/// (``FrontMatter``); a wire dateline opening the story ("WASHINGTON, March 4 (Reuters) -",
/// ``Dateline``) gives the outlet and day when the front matter does not, and is taken off
/// the text.
public struct PlainTextReader: ArticleReader {
    public let extensions: Set<String> = ["txt"]

    public init() {}

    public func read(_ bytes: [UInt8], path: String, id: String) throws(ArticleReadingSkip) -> ArticleReading {
        switch TextDecoding.decode(bytes) {
        case .binary:
            throw ArticleReadingSkip("binary data (NUL bytes), not text")
        case .text(let decoded, let encoding):
            var notes = encoding == .windows1252 ? ["not valid UTF-8; read as Windows-1252"] : []
            var text = decoded
            var frontMatter = FrontMatter()
            if let (found, body) = FrontMatter.split(text) {
                frontMatter = found
                notes += found.warnings
                text = body
            }
            text = TextNormalizer.normalize(text)
            var metadata = frontMatter.metadata
            if let (dateline, rest) = Self.takingDateline(from: text) {
                text = rest
                if metadata.outlet == nil { metadata.outlet = dateline.outlet }
                if metadata.published == nil, let month = dateline.month, let day = dateline.day {
                    if let year = dateline.year {
                        metadata.published = BriefDate(year: year, month: month, day: day)
                    } else {
                        metadata.dayWithoutYear = MonthDay(month: month, day: day)
                    }
                }
            }
            let article = Article(id: id, path: path, text: text, headline: frontMatter.headline, metadata: metadata)
            return ArticleReading(articles: [article], notes: notes)
        }
    }

    /// The dateline opening the text's first or second line (after a headline), and the text
    /// without it.
    static func takingDateline(from text: String) -> (Dateline, String)? {
        var lineStart = text.startIndex
        for _ in 0..<2 {
            while lineStart < text.endIndex && text[lineStart].isNewline { lineStart = text.index(after: lineStart) }
            guard lineStart < text.endIndex else { return nil }
            let lineEnd = text[lineStart...].firstIndex(where: \.isNewline) ?? text.endIndex
            if let dateline = Dateline.parse(text[lineStart..<lineEnd]) {
                let cut = text.index(lineStart, offsetBy: dateline.length)
                return (dateline, String(text[..<lineStart]) + String(text[cut...]))
            }
            lineStart = lineEnd
        }
        return nil
    }
}

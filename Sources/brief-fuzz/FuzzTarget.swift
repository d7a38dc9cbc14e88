import BriefKit
import BriefXML
import Foundation

/// One input through the whole text pipeline: a reader chosen by the input's first bytes
/// (feed, HTML page or plain text), structure, segmentation, ranking, every extractor and
/// every renderer. It traps when an output is not well-formed HTML or XML, when the HTML
/// holds an element the renderer never writes, or when a quote has no words or is not verbatim in
/// the input.
enum FuzzTarget {
    static let date = BriefDate(year: 2026, month: 3, day: 2)!
    static let htmlElements: Set<String> = [
        "html", "head", "meta", "title", "style", "body", "div", "header", "h1", "h2", "p", "section", "ol", "ul", "li",
        "span", "a", "table", "thead", "tbody", "tr", "th", "td", "figure", "blockquote", "figcaption", "footer", "br",
        "strong", "time",
    ]

    /// The text split after each sentence terminator that a space follows (where continued
    /// paragraphs may have been joined), terminators kept.
    static func sentencePieces(_ text: String) -> [Substring] {
        var pieces: [Substring] = []
        var start = text.startIndex
        var previous: Character?
        for index in text.indices {
            if text[index] == " ", let previous, ".!?…".contains(previous) {
                pieces.append(text[start..<index])
                start = text.index(after: index)
            }
            previous = text[index]
        }
        pieces.append(text[start...])
        return pieces
    }

    static func run(_ bytes: [UInt8]) {
        let reader: any ArticleReader
        let head = String(decoding: bytes.prefix(256), as: UTF8.self).lowercased()
        if head.contains("<rss") || head.contains("<feed") || head.hasPrefix("<?xml") {
            reader = FeedReader()
        } else if head.contains("<") {
            reader = HTMLArticleReader()
        } else {
            reader = PlainTextReader()
        }
        // Two copies under different names, as two outlets carrying the same story.
        var articles: [Article] = []
        for id in ["a", "b"] {
            guard let reading = try? reader.read(bytes, path: id, id: id) else { return }
            articles += reading.articles.enumerated().map { index, article in
                var copy = article
                copy.id = "\(id)-\(index)"
                return copy
            }
        }
        let documents = CorpusReader.documents(from: articles)
        let pipeline = BriefPipeline()
        guard let brief = try? pipeline.build(documents: documents, date: date) else { return }

        // A quote continued across paragraphs is its paragraphs' pieces joined by a space after
        // the sentence end: every piece must be verbatim in the text brief read (headline and blocks).
        let inputText = documents.map { document in
            ([document.headline ?? ""] + document.blocks.map(\.text)).joined(separator: " ")
        }.joined(separator: "\n")
        for quote in brief.quotes {
            if !quote.text.contains(where: { $0.isLetter || $0.isNumber }) {
                fatalError("quote without words: \(quote.text.debugDescription)")
            }
            for piece in sentencePieces(quote.text) where !inputText.contains(piece) {
                fatalError("quote not verbatim in the input: \(piece.debugDescription)")
            }
        }
        for format in OutputFormat.allCases {
            guard let output = try? pipeline.render(brief, as: format) else {
                fatalError("renderer \(format) failed")
            }
            switch format {
            case .html:
                guard let elements = HTMLInspection.elements(in: output) else { fatalError("HTML does not parse") }
                if let stray = elements.first(where: { !htmlElements.contains($0.name) }) {
                    fatalError("HTML holds an element from the input: <\(stray.name)>")
                }
                if elements.contains(where: { $0.attributes.keys.contains { $0.hasPrefix("on") } }) {
                    fatalError("HTML holds an event-handler attribute")
                }
            case .docbook:
                if let error = XMLWellFormedness.firstError(in: output) { fatalError("DocBook not well-formed: \(error)") }
            case .json:
                if (try? JSONSerialization.jsonObject(with: Data(output.utf8))) == nil { fatalError("JSON does not parse") }
            case .text:
                continue
            }
        }
    }
}

/// The shell every HTML page brief writes shares: doctype, `head` (charset, viewport,
/// generator, title, the style's CSS), and a `body` holding one `div.brief` column, with the
/// style inlined on `body` and the column for mail clients that drop `<style>`.
public enum HTMLPage {
    /// The page titled `title` in `style`; `head` adds elements after the generator tag and
    /// `content` writes the column's content.
    public static func render(
        title: String, style: BriefStyle, head extra: (inout HTMLWriter) -> Void = { _ in },
        content: (inout HTMLWriter) -> Void
    ) -> String {
        var html = HTMLWriter()
        html.doctype()
        html.open("html", [("lang", "en")])
        html.newline()
        html.element("head") { head in
            head.newline()
            head.open("meta", [("charset", "utf-8")])
            head.newline()
            head.open("meta", [("name", "viewport"), ("content", "width=device-width, initial-scale=1")])
            head.newline()
            head.open("meta", [("name", "generator"), ("content", "brief")])
            head.newline()
            extra(&head)
            head.element("title", text: title)
            head.newline()
            head.styleSheet(style.css)
            head.newline()
        }
        html.newline()
        html.open("body", style.attributes("body"))
        html.newline()
        html.open("div", style.attributes("div", "brief"))
        html.newline()
        content(&html)
        html.close("div")
        html.newline()
        html.close("body")
        html.newline()
        html.close("html")
        html.newline()
        return html.output
    }
}

extension BriefStyle {
    /// `class` and the inlined `style` for an element of this style.
    public func attributes(_ tag: String, _ className: String? = nil) -> [(StaticString, String)] {
        var result: [(StaticString, String)] = []
        if let className { result.append(("class", className)) }
        if let inline = inlineStyle(for: tag, className: className) { result.append(("style", inline)) }
        return result
    }
}

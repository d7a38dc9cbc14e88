import BriefXML

/// Writes HTML so that text can only ever be text: every piece of text and every attribute
/// value goes through an escaping call, tag and attribute names are the renderer's own
/// constants, and characters HTML forbids (controls, non-characters) never reach the output.
public struct HTMLWriter: Sendable {
    /// The HTML written so far.
    public private(set) var output = ""

    public init() {}

    /// `<!DOCTYPE html>`.
    public mutating func doctype() { output += "<!DOCTYPE html>\n" }

    /// An opening tag with escaped attribute values.
    public mutating func open(_ tag: StaticString, _ attributes: [(StaticString, String)] = []) {
        output += "<\(tag)"
        for (name, value) in attributes {
            output += " \(name)=\""
            Self.escape(value, into: &output, attribute: true)
            output += "\""
        }
        output += ">"
    }

    /// A closing tag.
    public mutating func close(_ tag: StaticString) { output += "</\(tag)>" }

    /// An element holding only text.
    public mutating func element(_ tag: StaticString, _ attributes: [(StaticString, String)] = [], text: String) {
        open(tag, attributes)
        self.text(text)
        close(tag)
    }

    /// An element whose content `body` writes.
    public mutating func element(_ tag: StaticString, _ attributes: [(StaticString, String)] = [], _ body: (inout HTMLWriter) -> Void) {
        open(tag, attributes)
        body(&self)
        close(tag)
    }

    /// Escaped text.
    public mutating func text(_ text: String) { Self.escape(text, into: &output, attribute: false) }

    /// A line break in the source, for people reading the HTML.
    public mutating func newline() { output += "\n" }

    /// A `<style>` element. CSS cannot contain markup: every `<` is written as the CSS escape
    /// `\3C `, so nothing in a style sheet can close the element.
    public mutating func styleSheet(_ css: String) {
        output += "<style>\n"
        for scalar in XMLCharacters.allowed(css).unicodeScalars {
            if scalar == "<" { output += "\\3C " } else { output.unicodeScalars.append(scalar) }
        }
        output += "\n</style>"
    }

    /// Escapes `&`, `<`, `>` (and quotes in attributes), and drops forbidden characters.
    /// `AT&T;` becomes `AT&amp;T;`: no entity-like text survives.
    static func escape(_ text: String, into output: inout String, attribute: Bool) {
        for scalar in XMLCharacters.allowed(text).unicodeScalars {
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"" where attribute: output += "&quot;"
            case "'" where attribute: output += "&#39;"
            default: output.unicodeScalars.append(scalar)
            }
        }
    }
}

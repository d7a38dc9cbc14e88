/// Reads HTML back with libxml2's HTML parser, so tests and the fuzzer can check what a
/// browser would see.
public enum HTMLInspection {
    /// An element as parsed: its name and attributes.
    public struct Element: Sendable, Equatable {
        public var name: String
        public var attributes: [String: String]
    }

    /// Every element of `html` in document order, or nil when it cannot be parsed.
    public static func elements(in html: String) -> [Element]? {
        LibXML.withHTMLDocument(Array(html.utf8), encoding: "UTF-8") { root in
            guard let root else { return [] }
            return root.descendants.map { node in
                Element(
                    name: node.qualifiedName ?? "",
                    attributes: Dictionary(node.attributes.map { ($0.name, $0.value) }, uniquingKeysWith: { _, last in last }))
            }
        }
    }

    /// The text content of the whole document.
    public static func text(of html: String) -> String? {
        LibXML.withHTMLDocument(Array(html.utf8), encoding: "UTF-8") { root in root?.text } ?? nil
    }
}

import CLibXML2

/// libxml2's `xmlTextWriter`, writing to memory: names are the caller's constants, all text
/// and attribute values are escaped by libxml2, and characters XML 1.0 forbids are dropped
/// before they reach it, so the result is well-formed whatever the text.
public final class XMLTextWriter {
    private let buffer: xmlBufferPtr
    private let writer: xmlTextWriterPtr

    private let indenting: Bool

    /// A writer that has started a UTF-8 XML 1.0 document; `indent` lays elements out on lines.
    public init(indent: Bool = true) {
        indenting = indent
        _ = LibXML.initialized
        buffer = xmlBufferCreate()
        writer = xmlNewTextWriterMemory(buffer, 0)
        if indent {
            xmlTextWriterSetIndent(writer, 1)
            xmlTextWriterSetIndentString(writer, "  ")
        }
        xmlTextWriterStartDocument(writer, "1.0", "UTF-8", nil)
    }

    deinit {
        xmlBufferFree(buffer)
    }

    /// Opens element `name` with `attributes` (values escaped by libxml2).
    public func start(_ name: StaticString, _ attributes: [(StaticString, String)] = []) {
        name.withUTF8Buffer { bytes in
            _ = xmlTextWriterStartElement(writer, bytes.baseAddress)
        }
        for (attribute, value) in attributes {
            attribute.withUTF8Buffer { bytes in
                _ = xmlTextWriterWriteAttribute(writer, bytes.baseAddress, Self.clean(value))
            }
        }
    }

    /// Closes the innermost open element.
    public func end() {
        xmlTextWriterEndElement(writer)
    }

    /// Writes `text`, escaped, without the characters XML forbids.
    public func text(_ text: String) {
        xmlTextWriterWriteString(writer, Self.clean(text))
    }

    /// An element holding only `text`.
    public func element(_ name: StaticString, _ attributes: [(StaticString, String)] = [], text: String) {
        start(name, attributes)
        self.text(text)
        end()
    }

    /// An element whose content `body` writes.
    public func element(_ name: StaticString, _ attributes: [(StaticString, String)] = [], _ body: () -> Void) {
        start(name, attributes)
        body()
        end()
    }

    /// An element of mixed content (text and inline elements): no indentation inside it, so
    /// no white space is added to its text.
    public func inline(_ name: StaticString, _ attributes: [(StaticString, String)] = [], _ body: () -> Void) {
        start(name, attributes)
        xmlTextWriterSetIndent(writer, 0)
        body()
        end()
        if indenting {
            xmlTextWriterSetIndent(writer, 1)
            xmlTextWriterWriteRaw(writer, "\n")
        }
    }

    /// Ends the document and returns it.
    public func finish() -> String {
        xmlTextWriterEndDocument(writer)
        xmlFreeTextWriter(writer)
        guard let content = xmlBufferContent(buffer) else { return "" }
        return String(cString: content)
    }

    /// `text` as UTF-8 bytes for libxml2, without the characters XML 1.0 forbids.
    private static func clean(_ text: String) -> [xmlChar] {
        Array(XMLCharacters.allowed(text).utf8) + [0]
    }
}

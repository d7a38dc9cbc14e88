import BriefKit
import CLibXML2

/// libxml2's `xmlTextWriter`, writing to memory: names are the caller's constants, all text
/// and attribute values are escaped by libxml2, and characters XML 1.0 forbids are dropped
/// before they reach it, so the result is well-formed whatever the text.
final class XMLTextWriter {
    private let buffer: xmlBufferPtr
    private let writer: xmlTextWriterPtr

    private let indenting: Bool

    init(indent: Bool = true) {
        indenting = indent
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

    func start(_ name: StaticString, _ attributes: [(StaticString, String)] = []) {
        name.withUTF8Buffer { bytes in
            _ = xmlTextWriterStartElement(writer, bytes.baseAddress)
        }
        for (attribute, value) in attributes {
            attribute.withUTF8Buffer { bytes in
                _ = xmlTextWriterWriteAttribute(writer, bytes.baseAddress, Self.clean(value))
            }
        }
    }

    func end() {
        xmlTextWriterEndElement(writer)
    }

    func text(_ text: String) {
        xmlTextWriterWriteString(writer, Self.clean(text))
    }

    func element(_ name: StaticString, _ attributes: [(StaticString, String)] = [], text: String) {
        start(name, attributes)
        self.text(text)
        end()
    }

    func element(_ name: StaticString, _ attributes: [(StaticString, String)] = [], _ body: () -> Void) {
        start(name, attributes)
        body()
        end()
    }

    /// An element of mixed content (text and inline elements): no indentation inside it, so
    /// no white space is added to its text.
    func inline(_ name: StaticString, _ attributes: [(StaticString, String)] = [], _ body: () -> Void) {
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
    func finish() -> String {
        xmlTextWriterEndDocument(writer)
        xmlFreeTextWriter(writer)
        guard let content = xmlBufferContent(buffer) else { return "" }
        return String(cString: content)
    }

    /// `text` as UTF-8 bytes for libxml2, without the characters XML 1.0 forbids.
    private static func clean(_ text: String) -> [xmlChar] {
        Array(HTMLWriter.allowed(text).utf8) + [0]
    }
}

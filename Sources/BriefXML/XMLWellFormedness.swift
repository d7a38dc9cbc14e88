import CLibXML2
import Foundation

/// Checks XML with libxml2's parser, safely: no network, no DTD loading, no entity
/// substitution, so a hostile document cannot reach files or expand without bound.
public enum XMLWellFormedness {
    /// The libxml2 version brief is linked against ("2.9.14").
    public static let libxmlVersion = LIBXML_DOTTED_VERSION

    /// nil when `text` is a well-formed XML document, else libxml2's first error message.
    public static func firstError(in text: String) -> String? {
        guard let context = xmlNewParserCtxt() else { return "libxml2 could not create a parser" }
        defer { xmlFreeParserCtxt(context) }
        LibXMLErrors.silenceOnThisThread()
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
        let bytes = Array(text.utf8)
        let document = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: max(buffer.count, 1)) {
                xmlCtxtReadMemory(context, $0, Int32(buffer.count), nil, "UTF-8", options)
            }
        }
        if let document {
            xmlFreeDoc(document)
            if context.pointee.wellFormed != 0 { return nil }
        }
        if let message = context.pointee.lastError.message {
            let line = context.pointee.lastError.line
            return "line \(line): " + String(cString: message).trimmingCharacters(in: .whitespacesAndNewlines)
        }
        return "not well-formed"
    }
}

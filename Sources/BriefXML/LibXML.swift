import CLibXML2

/// The one Swift face of libxml2's parsers, trees, validation and catalogs (the writer is
/// ``XMLTextWriter``): every reader and checker in brief goes through it, and no other file
/// but that writer imports the C module.
///
/// Every parse is safe by construction: no network, no DTD loading, no entity substitution
/// (entity references are never expanded, so a document cannot reach files or grow without
/// bound), and libxml2's own error output silenced: brief reports problems itself.
public enum LibXML {
    /// The libxml2 version brief is linked against ("2.9.14").
    public static let version = LIBXML_DOTTED_VERSION

    /// Parses `bytes` with libxml2's forgiving HTML parser and calls `body` with the document's
    /// root element (nil when the document has none). The nodes are valid only inside `body`.
    /// - Parameter encoding: the encoding to assume; nil lets libxml2 read a BOM or `charset`.
    /// - Returns: what `body` returns, or nil when libxml2 could not parse the bytes at all.
    public static func withHTMLDocument<T, E: Error>(
        _ bytes: [UInt8], encoding: String?, _ body: (XMLNode?) throws(E) -> T
    ) throws(E) -> T? {
        guard !bytes.isEmpty, bytes.count < Int(Int32.max) else { return nil }
        silenceErrorsOnThisThread()
        let options = Int32(
            HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue
                | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_COMPACT.rawValue)
        let document = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                htmlReadMemory($0, Int32(buffer.count), nil, encoding, options)
            }
        }
        guard let document else { return nil }
        defer { xmlFreeDoc(document) }
        return try body(xmlDocGetRootElement(document).map(XMLNode.init))
    }

    /// Parses `bytes` as XML and calls `body` with the root element (nil when there is none).
    /// The nodes are valid only inside `body`.
    /// - Returns: what `body` returns, or nil when the bytes are not well-formed XML.
    public static func withXMLDocument<T, E: Error>(_ bytes: [UInt8], _ body: (XMLNode?) throws(E) -> T) throws(E) -> T? {
        guard !bytes.isEmpty, bytes.count < Int(Int32.max) else { return nil }
        silenceErrorsOnThisThread()
        let document = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                xmlReadMemory($0, Int32(buffer.count), nil, nil, safeXMLOptions | Int32(XML_PARSE_COMPACT.rawValue))
            }
        }
        guard let document else { return nil }
        defer { xmlFreeDoc(document) }
        return try body(xmlDocGetRootElement(document).map(XMLNode.init))
    }

    /// nil when `text` is a well-formed XML document, else libxml2's first error message.
    public static func firstWellFormednessError(in text: String) -> String? {
        guard let context = xmlNewParserCtxt() else { return "libxml2 could not create a parser" }
        defer { xmlFreeParserCtxt(context) }
        silenceErrorsOnThisThread()
        let bytes = Array(text.utf8)
        let document = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: max(buffer.count, 1)) {
                xmlCtxtReadMemory(context, $0, Int32(buffer.count), nil, "UTF-8", safeXMLOptions)
            }
        }
        if let document {
            xmlFreeDoc(document)
            if context.pointee.wellFormed != 0 { return nil }
        }
        if let message = context.pointee.lastError.message {
            return "line \(context.pointee.lastError.line): " + trimmed(String(cString: message))
        }
        return "not well-formed"
    }

    /// The validation errors of the XML file at `documentPath` against the RELAX NG schema at
    /// `schemaPath`, each with its line (empty when the document is valid).
    /// - Throws: ``XMLValidationError`` when the schema or the document cannot be read or parsed.
    public static func relaxNGErrors(documentAt documentPath: String, schemaAt schemaPath: String) throws(XMLValidationError) -> [String] {
        let collector = ErrorCollector()
        let context = Unmanaged.passUnretained(collector).toOpaque()
        guard let parser = xmlRelaxNGNewParserCtxt(schemaPath) else {
            throw XMLValidationError(path: schemaPath, reason: "cannot read the schema")
        }
        defer { xmlRelaxNGFreeParserCtxt(parser) }
        xmlRelaxNGSetParserStructuredErrors(parser, collectError, context)
        guard let schema = xmlRelaxNGParse(parser) else {
            throw XMLValidationError(path: schemaPath, reason: "not a RELAX NG schema: \(collector.messages.first ?? "parse error")")
        }
        defer { xmlRelaxNGFree(schema) }

        guard let document = xmlReadFile(documentPath, nil, safeXMLOptions) else {
            let reason = xmlGetLastError().map { trimmed(String(cString: $0.pointee.message)) } ?? "not well-formed XML"
            throw XMLValidationError(path: documentPath, reason: "cannot parse: \(reason)")
        }
        defer { xmlFreeDoc(document) }

        collector.messages = []
        guard let validation = xmlRelaxNGNewValidCtxt(schema) else {
            throw XMLValidationError(path: documentPath, reason: "cannot create a validation context")
        }
        defer { xmlRelaxNGFreeValidCtxt(validation) }
        xmlRelaxNGSetValidStructuredErrors(validation, collectError, context)
        let result = xmlRelaxNGValidateDoc(validation, document)
        if result != 0 && collector.messages.isEmpty { collector.messages.append("not valid") }
        return result == 0 ? [] : collector.messages
    }

    /// The local path the system's XML catalog gives for `uri`, or nil.
    public static func catalogPath(for uri: String) -> String? {
        guard let resolved = xmlCatalogResolveURI(uri) else { return nil }
        defer { brief_xml_free(resolved) }
        var path = String(cString: resolved)
        if path.hasPrefix("file://") { path.removeFirst("file://".count) }
        return path
    }

    /// The bytes of the local file at `path`, decompressed when it is gzip-compressed (libxml2's
    /// own file input, built with zlib); nil when it cannot be read, is not a plain path, or
    /// would decompress to more than `limit` bytes.
    public static func contentsOfFile(atPath path: String, limit: Int) -> [UInt8]? {
        guard !path.contains("://"), let input = xmlParserInputBufferCreateFilename(path, XML_CHAR_ENCODING_NONE) else {
            return nil
        }
        defer { xmlFreeParserInputBuffer(input) }
        silenceErrorsOnThisThread()
        while true {
            let read = xmlParserInputBufferRead(input, 1 << 16)
            if read < 0 { return nil }
            guard let buffer = input.pointee.buffer else { return nil }
            if xmlBufUse(buffer) > limit { return nil }
            if read == 0 { break }
        }
        guard let buffer = input.pointee.buffer, let content = xmlBufContent(buffer) else { return nil }
        return Array(UnsafeBufferPointer(start: content, count: xmlBufUse(buffer)))
    }

    /// No network, no errors or warnings printed, no DTD loading, no entity substitution.
    private static let safeXMLOptions = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)

    /// libxml2 reports some errors (encoding conversion, I/O) on standard error even when a
    /// parse asks for none; its handlers are per thread, so each parse silences its own.
    private static func silenceErrorsOnThisThread() {
        _ = initialized
        xmlSetStructuredErrorFunc(nil, ignoreError)
    }

    /// libxml2's global state, set up once before any thread parses or writes (its rule
    /// for use on several threads at once).
    static let initialized: Void = xmlInitParser()

    private static func trimmed(_ text: String) -> String {
        var text = Substring(text)
        while let last = text.last, last.isWhitespace { text.removeLast() }
        while let first = text.first, first.isWhitespace { text.removeFirst() }
        return String(text)
    }
}

/// A schema or document that could not be read for validation.
public struct XMLValidationError: Error, Sendable, Equatable {
    /// The file that could not be read or parsed.
    public var path: String
    /// Why, in a few words.
    public var reason: String
}

/// One node of a document parsed by ``LibXML``: an element, a run of text, or another kind.
/// Valid only inside the `withHTMLDocument`/`withXMLDocument` call that handed it out. Walks
/// are iterative (an explicit stack), so a document nested 100,000 levels deep cannot overflow
/// the call stack, and text comes from text and CDATA nodes only.
public struct XMLNode: Hashable {
    private let node: xmlNodePtr

    fileprivate init(_ node: xmlNodePtr) {
        self.node = node
    }

    /// What a node is, as the readers care.
    public enum Kind {
        case element
        /// Text or CDATA.
        case text
        /// Comments, processing instructions, entity references and the rest.
        case other
    }

    public var kind: Kind {
        switch node.pointee.type {
        case XML_ELEMENT_NODE: return .element
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE: return .text
        default: return .other
        }
    }

    /// The element's lower-case local name; nil for other kinds of node.
    public var name: String? {
        guard node.pointee.type == XML_ELEMENT_NODE, let name = node.pointee.name else { return nil }
        return String(cString: name).lowercased()
    }

    /// The element's name as written, case kept; nil for other kinds of node.
    public var qualifiedName: String? {
        guard node.pointee.type == XML_ELEMENT_NODE, let name = node.pointee.name else { return nil }
        return String(cString: name)
    }

    /// The namespace URI of an element, when it has one.
    public var namespace: String? {
        guard let ns = node.pointee.ns, let href = ns.pointee.href else { return nil }
        return String(cString: href)
    }

    /// The value of the attribute `name` (compared without case, no namespace), or nil.
    public func attribute(_ name: String) -> String? {
        guard node.pointee.properties != nil else { return nil }
        var property = node.pointee.properties
        while let current = property {
            if let raw = current.pointee.name, xmlStrcasecmp(raw, name) == 0 {
                return Self.ownText(UnsafeMutablePointer(mutating: current.pointee.children))
            }
            property = current.pointee.next
        }
        return nil
    }

    /// Every attribute as written (name, value), in document order.
    public var attributes: [(name: String, value: String)] {
        var result: [(name: String, value: String)] = []
        var property = node.pointee.properties
        while let current = property {
            if let raw = current.pointee.name {
                result.append((String(cString: raw), Self.ownText(UnsafeMutablePointer(mutating: current.pointee.children))))
            }
            property = current.pointee.next
        }
        return result
    }

    /// Every child node, in order.
    public var children: [XMLNode] {
        var result: [XMLNode] = []
        var child = node.pointee.children
        while let current = child {
            result.append(XMLNode(current))
            child = current.pointee.next
        }
        return result
    }

    /// The element children, in order.
    public var childElements: [XMLNode] {
        children.filter { $0.kind == .element }
    }

    /// The first child element named `name` (lower case).
    public func child(named name: String) -> XMLNode? {
        childElements.first { $0.name == name }
    }

    /// Every element under this one (itself included), in document order.
    public var descendants: [XMLNode] {
        var result: [XMLNode] = []
        var stack: [XMLNode] = [self]
        while let current = stack.popLast() {
            guard current.node.pointee.type == XML_ELEMENT_NODE else { continue }
            result.append(current)
            stack.append(contentsOf: current.childElements.reversed())
        }
        return result
    }

    /// All text under this node in document order, from text and CDATA nodes only.
    public var text: String {
        var bytes: [UInt8] = []
        var stack: [xmlNodePtr] = [node]
        while let current = stack.popLast() {
            switch current.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = current.pointee.content { Self.append(content, to: &bytes) }
            case XML_ELEMENT_NODE, XML_DOCUMENT_NODE, XML_HTML_DOCUMENT_NODE:
                var children: [xmlNodePtr] = []
                var child = current.pointee.children
                while let next = child {
                    children.append(next)
                    child = next.pointee.next
                }
                stack.append(contentsOf: children.reversed())
            default:
                continue  // entity references, comments, processing instructions
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// A text node's own UTF-8 bytes, appended to `bytes` (nothing for other kinds).
    public func appendContent(to bytes: inout [UInt8]) {
        guard node.pointee.type == XML_TEXT_NODE || node.pointee.type == XML_CDATA_SECTION_NODE,
            let content = node.pointee.content
        else { return }
        Self.append(content, to: &bytes)
    }

    /// The number of bytes of a text node's content that are not ASCII white space (0 for other
    /// kinds): how much visible text it holds, without copying it.
    public var visibleByteCount: Int {
        guard node.pointee.type == XML_TEXT_NODE || node.pointee.type == XML_CDATA_SECTION_NODE,
            var pointer = node.pointee.content
        else { return 0 }
        var count = 0
        while pointer.pointee != 0 {
            switch pointer.pointee {
            case 0x20, 0x09, 0x0A, 0x0D, 0x0C: break
            default: count += 1
            }
            pointer += 1
        }
        return count
    }

    /// The parent element, or nil at the root.
    public var parent: XMLNode? {
        guard let parent = node.pointee.parent, parent.pointee.type == XML_ELEMENT_NODE else { return nil }
        return XMLNode(parent)
    }

    /// The text of a node list's own text nodes (an attribute's value).
    private static func ownText(_ first: xmlNodePtr?) -> String {
        var bytes: [UInt8] = []
        var node = first
        while let current = node {
            if current.pointee.type == XML_TEXT_NODE, let content = current.pointee.content { append(content, to: &bytes) }
            node = current.pointee.next
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func append(_ content: UnsafePointer<xmlChar>, to bytes: inout [UInt8]) {
        var pointer = content
        while pointer.pointee != 0 {
            bytes.append(pointer.pointee)
            pointer += 1
        }
    }
}

/// Receives libxml2's structured errors during validation.
private final class ErrorCollector {
    var messages: [String] = []
}

private let collectError: xmlStructuredErrorFunc = { context, error in
    guard let context, let error else { return }
    let collector = Unmanaged<ErrorCollector>.fromOpaque(context).takeUnretainedValue()
    var message = error.pointee.message.map { String(cString: $0) } ?? "error"
    while let last = message.last, last.isWhitespace { message.removeLast() }
    while let first = message.first, first.isWhitespace { message.removeFirst() }
    let line = error.pointee.line
    collector.messages.append(line > 0 ? "line \(line): \(message)" : message)
}

private let ignoreError: xmlStructuredErrorFunc = { _, _ in }

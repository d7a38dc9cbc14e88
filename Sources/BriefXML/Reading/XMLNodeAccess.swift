import CLibXML2

/// Read-only conveniences over libxml2's tree, shared by the HTML and feed readers. Walks are
/// iterative (an explicit stack), so a document nested 100,000 levels deep cannot overflow the
/// call stack, and text is collected from text and CDATA nodes only: entity references are
/// never expanded.
enum XMLNodeAccess {
    /// The element's lower-case local name, or nil for other node types.
    static func elementName(_ node: xmlNodePtr) -> String? {
        guard node.pointee.type == XML_ELEMENT_NODE, let name = node.pointee.name else { return nil }
        return String(cString: name).lowercased()
    }

    /// The namespace URI of an element, when it has one.
    static func namespace(_ node: xmlNodePtr) -> String? {
        guard let ns = node.pointee.ns, let href = ns.pointee.href else { return nil }
        return String(cString: href)
    }

    /// The value of the attribute `name` (no namespace), or nil.
    static func attribute(_ node: xmlNodePtr, _ name: String) -> String? {
        var property = node.pointee.properties
        while let current = property {
            if let raw = current.pointee.name, String(cString: raw).lowercased() == name {
                return directText(UnsafeMutablePointer(mutating: current.pointee.children))
            }
            property = current.pointee.next
        }
        return nil
    }

    /// The element children of `node`, in order.
    static func childElements(_ node: xmlNodePtr) -> [xmlNodePtr] {
        var result: [xmlNodePtr] = []
        var child = node.pointee.children
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE { result.append(current) }
            child = current.pointee.next
        }
        return result
    }

    /// The first child element named `name`.
    static func child(_ node: xmlNodePtr, named name: String) -> xmlNodePtr? {
        childElements(node).first { elementName($0) == name }
    }

    /// Every element under `root` (itself included), in document order.
    static func descendants(_ root: xmlNodePtr) -> [xmlNodePtr] {
        var result: [xmlNodePtr] = []
        var stack: [xmlNodePtr] = [root]
        while let node = stack.popLast() {
            guard node.pointee.type == XML_ELEMENT_NODE else { continue }
            result.append(node)
            let children = childElements(node)
            stack.append(contentsOf: children.reversed())
        }
        return result
    }

    /// All text under `node` in document order, from text and CDATA nodes only.
    static func text(_ node: xmlNodePtr) -> String {
        var bytes: [UInt8] = []
        var stack: [xmlNodePtr] = [node]
        while let current = stack.popLast() {
            switch current.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = current.pointee.content { append(content, to: &bytes) }
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

    /// The text of a node list's own text nodes (an attribute's value).
    private static func directText(_ first: xmlNodePtr?) -> String {
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

    /// `text` with runs of white space made one space, trimmed.
    static func collapse(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}

import CLibXML2

/// Reads HTML back with libxml2's HTML parser, so tests can check what a browser would see.
public enum HTMLInspection {
    /// An element as parsed: its name and attributes.
    public struct Element: Sendable, Equatable {
        public var name: String
        public var attributes: [String: String]
    }

    /// Every element of `html` in document order, or nil when it cannot be parsed.
    public static func elements(in html: String) -> [Element]? {
        guard let document = parse(html) else { return nil }
        defer { xmlFreeDoc(document) }
        var found: [Element] = []
        func walk(_ node: xmlNodePtr?) {
            var node = node
            while let current = node {
                if current.pointee.type == XML_ELEMENT_NODE {
                    var attributes: [String: String] = [:]
                    var attribute = current.pointee.properties
                    while let property = attribute {
                        let name = String(cString: property.pointee.name)
                        if let value = xmlNodeGetContent(property.pointee.children.map { UnsafeMutablePointer($0) }) {
                            attributes[name] = String(cString: value)
                            brief_xml_free(value)
                        } else {
                            attributes[name] = ""
                        }
                        attribute = property.pointee.next
                    }
                    found.append(Element(name: String(cString: current.pointee.name), attributes: attributes))
                }
                walk(current.pointee.children)
                node = current.pointee.next
            }
        }
        walk(xmlDocGetRootElement(document))
        return found
    }

    /// The text content of the whole document.
    public static func text(of html: String) -> String? {
        guard let document = parse(html) else { return nil }
        defer { xmlFreeDoc(document) }
        guard let root = xmlDocGetRootElement(document), let content = xmlNodeGetContent(root) else { return nil }
        defer { brief_xml_free(content) }
        return String(cString: content)
    }

    /// `html` parsed by libxml2's HTML parser, without network access; the caller frees it.
    private static func parse(_ html: String) -> htmlDocPtr? {
        LibXMLErrors.silenceOnThisThread()
        let options = Int32(HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue)
        let bytes = Array(html.utf8) + [0]
        return bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                htmlReadMemory($0, Int32(buffer.count - 1), nil, "UTF-8", options)
            }
        }
    }
}

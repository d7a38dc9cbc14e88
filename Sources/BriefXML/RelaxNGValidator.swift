import BriefKit
import CLibXML2
import Foundation

/// Validates XML files against a RELAX NG schema with libxml2. The document is parsed
/// without network access, DTD loading or entity substitution.
public enum RelaxNGValidator {
    /// The DocBook 5.0 schema's public URI, resolved through the system's XML catalog.
    public static let docBookSchemaURI = "http://docbook.org/xml/5.0/rng/docbook.rng"
    /// Where distributions install it when the catalog does not say.
    public static let knownDocBookSchemaPaths = [
        "/usr/share/xml/docbook/schema/rng/5.0/docbook.rng",
        "/usr/local/share/xml/docbook/schema/rng/5.0/docbook.rng",
        "/opt/homebrew/share/xml/docbook/schema/rng/5.0/docbook.rng",
    ]

    /// The DocBook 5.0 RELAX NG schema on this system, or nil when none is installed.
    public static func locateDocBookSchema() -> String? {
        if let resolved = xmlCatalogResolveURI(docBookSchemaURI) {
            defer { brief_xml_free(resolved) }
            var path = String(cString: resolved)
            if path.hasPrefix("file://") { path.removeFirst("file://".count) }
            if fileExists(path) { return path }
        }
        return knownDocBookSchemaPaths.first(where: fileExists)
    }

    /// The validation errors of the XML file at `documentPath` against the RELAX NG schema at
    /// `schemaPath` (empty when valid).
    /// - Throws: ``BriefError/invalidDocument(path:reason:)`` when the schema or the document
    ///   cannot be read or parsed.
    public static func errors(documentAt documentPath: String, schemaAt schemaPath: String) throws(BriefError) -> [String] {
        let collector = ErrorCollector()
        let context = Unmanaged.passUnretained(collector).toOpaque()

        guard let parser = xmlRelaxNGNewParserCtxt(schemaPath) else {
            throw .invalidDocument(path: schemaPath, reason: "cannot read the schema")
        }
        defer { xmlRelaxNGFreeParserCtxt(parser) }
        xmlRelaxNGSetParserStructuredErrors(parser, collectError, context)
        guard let schema = xmlRelaxNGParse(parser) else {
            throw .invalidDocument(path: schemaPath, reason: "not a RELAX NG schema: \(collector.messages.first ?? "parse error")")
        }
        defer { xmlRelaxNGFree(schema) }

        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
        guard let document = xmlReadFile(documentPath, nil, options) else {
            let reason = xmlGetLastError().map { String(cString: $0.pointee.message).trimmingCharacters(in: .whitespacesAndNewlines) } ?? "not well-formed XML"
            throw .invalidDocument(path: documentPath, reason: "cannot parse: \(reason)")
        }
        defer { xmlFreeDoc(document) }

        collector.messages = []
        guard let validation = xmlRelaxNGNewValidCtxt(schema) else {
            throw .invalidDocument(path: documentPath, reason: "cannot create a validation context")
        }
        defer { xmlRelaxNGFreeValidCtxt(validation) }
        xmlRelaxNGSetValidStructuredErrors(validation, collectError, context)
        let result = xmlRelaxNGValidateDoc(validation, document)
        if result != 0 && collector.messages.isEmpty { collector.messages.append("not valid") }
        return result == 0 ? [] : collector.messages
    }

    private static func fileExists(_ path: String) -> Bool { FileManager.default.isReadableFile(atPath: path) }
}

/// Receives libxml2's structured errors.
private final class ErrorCollector {
    var messages: [String] = []
}

private let collectError: xmlStructuredErrorFunc = { context, error in
    guard let context, let error else { return }
    let collector = Unmanaged<ErrorCollector>.fromOpaque(context).takeUnretainedValue()
    let message = error.pointee.message.map { String(cString: $0).trimmingCharacters(in: .whitespacesAndNewlines) } ?? "error"
    let line = error.pointee.line
    collector.messages.append(line > 0 ? "line \(line): \(message)" : message)
}

import Foundation

/// Validates XML files against a RELAX NG schema with libxml2 (the document parsed without
/// network access, DTD loading or entity substitution), and finds the DocBook 5.0 schema.
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
        if let path = LibXML.catalogPath(for: docBookSchemaURI), fileExists(path) { return path }
        return knownDocBookSchemaPaths.first(where: fileExists)
    }

    /// The validation errors of the XML file at `documentPath` against the RELAX NG schema at
    /// `schemaPath` (empty when valid).
    /// - Throws: ``XMLValidationError`` when the schema or the document cannot be read or parsed.
    public static func errors(documentAt documentPath: String, schemaAt schemaPath: String) throws(XMLValidationError) -> [String] {
        try LibXML.relaxNGErrors(documentAt: documentPath, schemaAt: schemaPath)
    }

    private static func fileExists(_ path: String) -> Bool { FileManager.default.isReadableFile(atPath: path) }
}

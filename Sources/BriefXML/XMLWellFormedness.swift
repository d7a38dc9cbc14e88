/// Checks XML with libxml2's parser, safely: no network, no DTD loading, no entity
/// substitution, so a hostile document cannot reach files or expand without bound.
public enum XMLWellFormedness {
    /// The libxml2 version brief is linked against ("2.9.14").
    public static let libxmlVersion = LibXML.version

    /// nil when `text` is a well-formed XML document, else libxml2's first error message.
    public static func firstError(in text: String) -> String? {
        LibXML.firstWellFormednessError(in: text)
    }
}

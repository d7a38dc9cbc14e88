/// The formats brief writes, by their `--format` names.
public enum OutputFormat: String, CaseIterable, Sendable {
    case text
    case html
    case docbook
    case json

    /// The extension of the file the format is written to (`brief.txt`).
    public var fileExtension: String {
        switch self {
        case .text: return "txt"
        case .html: return "html"
        case .docbook: return "xml"
        case .json: return "json"
        }
    }

    /// The formats named `name`: one, or every format for `all`.
    /// - Throws: ``BriefError/unknownFormat(_:known:)`` listing the formats there are.
    public static func named(_ name: String) throws(BriefError) -> [OutputFormat] {
        if name.lowercased() == "all" { return allCases }
        guard let format = OutputFormat(rawValue: name.lowercased()) else {
            throw .unknownFormat(name, known: allCases.map(\.rawValue) + ["all"])
        }
        return [format]
    }
}

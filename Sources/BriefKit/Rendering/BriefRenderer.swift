/// Renders the one ``Brief`` model in one output format.
public protocol BriefRenderer: Sendable {
    /// The format this renderer writes.
    var format: OutputFormat { get }
    /// The whole rendered document. Pure: the same brief gives the same text.
    func render(_ brief: Brief) -> String
}

/// The formats brief writes, by their `--format` names.
public enum OutputFormat: String, CaseIterable, Sendable {
    case text
    case json

    /// The extension of the file the format is written to (`brief.txt`).
    public var fileExtension: String {
        switch self {
        case .text: return "txt"
        case .json: return "json"
        }
    }

    /// The format named `name`.
    /// - Throws: ``BriefError/unknownFormat(_:known:)`` listing the formats there are.
    public static func named(_ name: String) throws(BriefError) -> OutputFormat {
        guard let format = OutputFormat(rawValue: name.lowercased()) else {
            throw .unknownFormat(name, known: allCases.map(\.rawValue))
        }
        return format
    }
}

/// Settings that renderers share.
public struct RenderOptions: Sendable {
    /// Column width of the plain-text brief.
    public var width: Int

    public init(width: Int = 72) {
        self.width = width
    }
}

/// The one table from formats to renderers.
public enum RendererRegistry {
    /// The renderer for `format`, configured by `options`.
    public static func renderer(for format: OutputFormat, options: RenderOptions = RenderOptions()) -> any BriefRenderer {
        switch format {
        case .text: return PlainTextRenderer(width: options.width)
        case .json: return JSONRenderer()
        }
    }
}

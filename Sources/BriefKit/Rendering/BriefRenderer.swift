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

/// Settings that renderers share.
public struct RenderOptions: Sendable {
    /// Column width of the plain-text brief.
    public var width: Int
    /// The look of the HTML brief.
    public var style: BriefStyle

    public init(width: Int = 72, style: BriefStyle = .builtInDefault) {
        self.width = width
        self.style = style
    }
}

/// The one table from formats to renderers: every format brief writes has its renderer here
/// from the start; ``register(_:_:)`` replaces one (a test's, a caller's own).
public struct RendererRegistry: Sendable {
    private var factories: [OutputFormat: @Sendable (RenderOptions) -> any BriefRenderer] = [
        .text: { PlainTextRenderer(width: $0.width) },
        .html: { HTMLRenderer(style: $0.style) },
        .docbook: { _ in DocBookRenderer() },
        .json: { _ in JSONRenderer() },
    ]

    public init() {}

    /// Every renderer (the same as `RendererRegistry()`).
    public static var all: RendererRegistry { RendererRegistry() }

    /// Adds or replaces the renderer for `format`.
    public mutating func register(_ format: OutputFormat, _ factory: @escaping @Sendable (RenderOptions) -> any BriefRenderer) {
        factories[format] = factory
    }

    /// The formats that have a renderer.
    public var formats: [OutputFormat] { OutputFormat.allCases.filter { factories[$0] != nil } }

    /// The renderer for `format`, configured by `options`.
    /// - Throws: ``BriefError/unknownFormat(_:known:)`` when no renderer is registered for it.
    public func renderer(for format: OutputFormat, options: RenderOptions = RenderOptions()) throws(BriefError) -> any BriefRenderer {
        guard let factory = factories[format] else { throw .unknownFormat(format.rawValue, known: formats.map(\.rawValue)) }
        return factory(options)
    }
}

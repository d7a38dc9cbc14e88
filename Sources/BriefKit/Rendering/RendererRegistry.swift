/// The one table from formats to renderers: every format brief writes has its renderer here
/// from the start; ``register(_:_:)`` replaces one (a test's, a caller's own).
public struct RendererRegistry: Sendable {
    private var factories: [OutputFormat: @Sendable (RenderOptions) -> any BriefRenderer] = [
        .text: { PlainTextRenderer(width: $0.width, limits: $0.limits) },
        .html: { HTMLRenderer(style: $0.style, limits: $0.limits) },
        .docbook: { DocBookRenderer(limits: $0.limits) },
        .json: { _ in JSONRenderer() },
    ]

    public init() {}

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

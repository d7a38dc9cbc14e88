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

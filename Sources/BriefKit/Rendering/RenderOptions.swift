/// Settings that renderers share.
public struct RenderOptions: Sendable {
    /// Column width of the plain-text brief.
    public var width: Int
    /// The look of the HTML brief.
    public var style: BriefStyle
    /// How much of each section the text, HTML and DocBook briefs show (the JSON keeps all).
    public var limits: SectionLimits

    public init(width: Int = 72, style: BriefStyle = .builtInDefault, limits: SectionLimits = SectionLimits()) {
        self.width = width
        self.style = style
        self.limits = limits
    }

    /// A side's label as a renderer shows it, first letter in capitals ("Reported").
    static func sideLabel(_ side: OpenIssue.Side) -> String {
        guard let label = side.label, let first = label.first else { return "" }
        return first.uppercased() + label.dropFirst()
    }
}

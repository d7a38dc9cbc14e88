/// Settings that renderers share.
public struct RenderOptions: Sendable {
    /// Column width of the plain-text brief.
    public var width: Int
    /// The look of the HTML brief.
    public var style: BriefStyle
    /// The most quotes the text and HTML briefs show, best ranked first (the JSON and DocBook
    /// briefs keep all).
    public var maximumQuotes: Int

    public init(width: Int = 72, style: BriefStyle = .builtInDefault, maximumQuotes: Int = RenderOptions.defaultMaximumQuotes) {
        self.width = width
        self.style = style
        self.maximumQuotes = maximumQuotes
    }

    /// Quotes shown by default: enough for every main voice of a day's story, few enough to read.
    public static let defaultMaximumQuotes = 8

    /// A side's label as a renderer shows it, first letter in capitals ("Reported").
    static func sideLabel(_ side: OpenIssue.Side) -> String {
        guard let label = side.label, let first = label.first else { return "" }
        return first.uppercased() + label.dropFirst()
    }

    /// The note under a quote section that shows `shown` of `total` quotes; nil when it shows all.
    static func quotesNote(shown: Int, total: Int) -> String? {
        shown < total ? "Showing the \(shown) best-ranked of \(total) quotes; the JSON brief has all of them." : nil
    }
}

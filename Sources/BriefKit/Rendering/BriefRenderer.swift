/// Renders the one ``Brief`` model in one output format.
public protocol BriefRenderer: Sendable {
    /// The format this renderer writes.
    var format: OutputFormat { get }
    /// The whole rendered document. Pure: the same brief gives the same text.
    func render(_ brief: Brief) -> String
}

/// The brief as JSON for machines, in the `brief/1` schema: keys in a fixed order,
/// pretty-printed, UTF-8, every array present (empty when a section has no items).
public struct JSONRenderer: BriefRenderer {
    public let format = OutputFormat.json
    /// The schema name written as `"schema"`.
    public static let schema = "brief/1"

    public init() {}

    public func render(_ brief: Brief) -> String {
        value(of: brief).serialized() + "\n"
    }

    /// The brief as a JSON value.
    public func value(of brief: Brief) -> JSONValue {
        .object([
            ("schema", .string(JSONRenderer.schema)),
            ("title", .string(brief.title)),
            ("date", .string(brief.date.description)),
            ("sources", .array(brief.sources.map { source in
                .object([
                    ("id", .string(source.id)), ("title", .string(source.title)), ("path", .string(source.path)),
                    ("outlet", .string(source.outlet)), ("url", .string(source.url)),
                    ("published", .string(source.published?.description)),
                ])
            })),
            ("keyPoints", .array(brief.keyPoints.map { point in
                .object([("text", .string(point.text)), ("sources", ids(point.sources)), ("score", .double(point.score))])
            })),
            ("agenda", .array(brief.agenda.map { item in
                .object([
                    ("date", .string(item.date?.description)), ("when", .string(item.when)),
                    ("text", .string(item.text)), ("sources", ids(item.sources)),
                ])
            })),
            ("actors", .array(brief.actors.map { actor in
                .object([
                    ("name", .string(actor.name)), ("kind", .string(actor.kind.rawValue)),
                    ("role", .string(actor.role)), ("aliases", .array(actor.aliases.map(JSONValue.string))),
                    ("mentions", .int(actor.mentions)), ("sources", ids(actor.sources)),
                ])
            })),
            ("quotes", .array(brief.quotes.map { quote in
                .object([("text", .string(quote.text)), ("speaker", .string(quote.speaker)), ("sources", ids(quote.sources))])
            })),
            ("openIssues", .array(brief.openIssues.map { issue in
                .object([("text", .string(issue.text)), ("sources", ids(issue.sources))])
            })),
        ])
    }

    private func ids(_ values: [String]) -> JSONValue {
        .array(values.map(JSONValue.string))
    }
}

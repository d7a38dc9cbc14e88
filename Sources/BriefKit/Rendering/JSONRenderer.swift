/// The brief as JSON, in the `brief/2` schema: the whole model, losslessly (every field of
/// every section and each item's provenance), so that ``JSONBriefDecoder`` gives back the same
/// ``Brief``. Written from the model's `Codable` conformance by ``JSONValueEncoder``: keys in
/// declaration order, `null` for an absent value, every array present, pretty-printed UTF-8.
public struct JSONRenderer: BriefRenderer {
    public let format = OutputFormat.json
    /// The schema name written as `"schema"`.
    public static let schema = Brief.schema

    public init() {}

    public func render(_ brief: Brief) -> String {
        do {
            // Written from the encoder's tree: the same bytes as `value(of:).serialized()`. The
            // model's `encode(to:)` only encode, so the sections are encoded on every core.
            var encoder = JSONValueEncoder()
            encoder.encodesRootArraysOnEveryCore = true
            return try encoder.serialize(brief, ending: "\n")
        } catch {
            preconditionFailure("encoding a Brief cannot fail: \(error)")
        }
    }

    /// The brief as a JSON value.
    public func value(of brief: Brief) -> JSONValue {
        do {
            return try JSONValueEncoder().encode(brief)
        } catch {
            // The model's conformances write only through the encoder's containers, which never throw.
            preconditionFailure("encoding a Brief cannot fail: \(error)")
        }
    }
}

import Foundation

/// Reads a brief's JSON back into a ``Brief``: the current `brief/2` form through the model's
/// `Codable` conformance (lossless), and the earlier `brief/1` form that older archives hold
/// (``BriefV1Decoder``: it had no provenance, agenda locations or participants).
public enum JSONBriefDecoder {
    /// The schemas this decoder reads.
    public static let schemas = [Brief.schema, BriefV1Decoder.schema]

    /// The brief in `data`.
    /// - Throws: `DecodingError` for malformed JSON or a missing field;
    ///   ``BriefError/archive(_:)`` for a schema it does not know.
    public static func decode(_ data: Data) throws -> Brief {
        let schema = try JSONDecoder().decode(SchemaName.self, from: data).schema
        switch schema {
        case Brief.schema: return try JSONDecoder().decode(Brief.self, from: data)
        case BriefV1Decoder.schema: return try BriefV1Decoder.decode(data)
        default: throw BriefError.archive("unknown schema \(schema) (this brief reads \(schemas.joined(separator: ", ")))")
        }
    }

    private struct SchemaName: Decodable {
        var schema: String
    }
}

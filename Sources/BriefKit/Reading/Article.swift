/// An article's decoded, normalised text before its structure is parsed.
public struct Article: Hashable, Sendable {
    /// The document id: the file name without extension.
    public var id: String
    /// The path it was read from.
    public var path: String
    /// The text, normalised by ``TextNormalizer``.
    public var text: String

    public init(id: String, path: String, text: String) {
        self.id = id
        self.path = path
        self.text = text
    }
}

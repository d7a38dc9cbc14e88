import Foundation

/// A word of an item's shown text that the tool resolved: the pronoun an item opens with and
/// the person it stands for, which the shown text gives in brackets after it ("He [John
/// Healey] also underscored…"), so that the item stands alone. The source's own wording is
/// the item's first provenance sentence.
public struct Resolution: Hashable, Codable, Sendable {
    /// The word as the source wrote it ("He").
    public var word: String
    /// What the tool found it stands for ("John Healey").
    public var referent: String

    public init(word: String, referent: String) {
        self.word = word
        self.referent = referent
    }

    /// How the shown text gives it: "He [John Healey]".
    public var shown: String { "\(word) [\(referent)]" }

    /// `text` as its source wrote it: each of `resolutions` back to its word.
    public static func sourceText(of text: String, _ resolutions: [Resolution]) -> String {
        resolutions.reduce(text) { text, resolution in
            guard let range = text.range(of: resolution.shown) else { return text }
            return text.replacingCharacters(in: range, with: resolution.word)
        }
    }
}

import Foundation

/// Words of an item's shown text that the tool changed so that the item stands alone, and
/// what they were. Two kinds:
/// - a pronoun the item opens with and the person it stands for, which the shown text gives
///   in brackets after it ("He [John Healey] also underscored…");
/// - a connective that tied the sentence to the one before it and is left out ("Meanwhile,
///   President Trump is set to…" shows "President Trump is set to…").
///
/// The source's own wording is the item's first provenance sentence, and
/// ``sourceText(of:_:)`` gives it back.
public struct Resolution: Hashable, Codable, Sendable {
    /// The words as the source wrote them ("He"; "Meanwhile, President").
    public var word: String
    /// What the tool found a pronoun stands for ("John Healey"); empty for a connective left out.
    public var referent: String
    /// For a connective left out: what the shown text has in place of ``word`` (the next
    /// word, capitalised: "President"). Nil for a pronoun.
    public var replacement: String?

    /// A pronoun and the person it stands for.
    public init(word: String, referent: String) {
        self.word = word
        self.referent = referent
        self.replacement = nil
    }

    /// A connective left out: `word` (the connective and the word after it) is shown as
    /// `replacement`.
    public init(word: String, replacement: String) {
        self.word = word
        self.referent = ""
        self.replacement = replacement
    }

    /// How the shown text gives it: "He [John Healey]", or the replacement.
    public var shown: String { replacement ?? "\(word) [\(referent)]" }

    /// `text` as its source wrote it: each of `resolutions` back to its word, the last made first.
    public static func sourceText(of text: String, _ resolutions: [Resolution]) -> String {
        resolutions.reversed().reduce(text) { text, resolution in
            guard let range = text.range(of: resolution.shown) else { return text }
            return text.replacingCharacters(in: range, with: resolution.word)
        }
    }
}

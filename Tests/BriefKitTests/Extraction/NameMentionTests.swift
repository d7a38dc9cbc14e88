import Testing

@testable import BriefKit

/// A mention's first and last name words, cut in the bytes for an ASCII name, are the
/// words Characters give; names beyond ASCII are cut by Characters.
@Suite struct NameMentionTests {
    @Test func firstAndLastWordsAreTheCharactersWords() {
        let names: [[String]] = [
            ["Anna", "Salo"], ["Salo"], [], ["J.", "D.", "Vance"], ["Élodie", "Marchand"], ["José", "e\u{301}"], ["\u{93F}x", "Ravi"],
            ["Mary-Jane", "O'Neill"], ["李", "明"],
        ]
        for words in names {
            let text = ""
            let mention = NameMention(
                kind: .person, name: words, documentIndex: 0, paragraphIndex: 0, range: text.startIndex..<text.endIndex, sentence: nil)
            let name = words.joined(separator: " ")
            #expect(mention.firstNameWord == name.prefix { $0 != " " }, "\(words)")
            let last = name.suffix(from: name.lastIndex(of: " ").map(name.index(after:)) ?? name.startIndex)
            #expect(mention.lastNameWord == last, "\(words)")
            #expect(mention.lastNameWord == (words.last.map { Substring($0) } ?? ""), "\(words)")
        }
    }
}

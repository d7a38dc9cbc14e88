import Testing

@testable import BriefKit

/// The tense finder reads a sentence's words by their bytes; these tests hold it to the
/// reading of the words as strings that it replaces.
@Suite struct TenseWordsTests {
    /// The past-tense test as it reads the words as strings.
    static func referenceIsPast(_ text: String) -> Bool {
        let words = Tokenizer.words(text)
        for (i, word) in words.enumerated() {
            if TenseDisagreementFinder.pastVerbs.contains(word) { return true }
            if word.count > 4, word.hasSuffix("ed"), i > 0, !["the", "a", "an", "his", "her", "their", "its"].contains(words[i - 1]) {
                return true
            }
        }
        return false
    }

    static let sentences = [
        "The minister spoke to Congress on Tuesday.", "The proposed deal collapsed.", "The proposed deal is due.",
        "Talks ended without agreement.", "Ended talks resume tomorrow.", "He will visit Paris.", "Their planned visit",
        "Officials signed the accord.", "She used it.", "Naïvéed things happened", "The naïvéed word", "Ça a déjà commencé",
        "Résuméed", "a bed", "the reed", "They met in Kyiv.", "A speech to Congress was given", "", "ed", "It rained",
        "the “unexpected” visit", "Their signed treaty", "He is tired", "Théo arrived", "Zoë’s talks stalled",
    ]

    @Test func pastTenseMatchesTheWordReading() {
        for sentence in Self.sentences {
            #expect(TenseDisagreementFinder.isPast(sentence) == Self.referenceIsPast(sentence), "\(sentence)")
        }
        #expect(TenseDisagreementFinder.isPast("Talks ended without agreement."))
        #expect(!TenseDisagreementFinder.isPast("The proposed deal is due."))
    }

    @Test func eventKindsMatchTheWordReading() {
        let sentences =
            Self.sentences + [
                "The summits and meetings", "A trip and travels", "Votes on the referendum", "The conference call", "Speech, address.",
            ]
        for sentence in sentences {
            let reference = Set(
                Tokenizer.words(sentence).filter { AgendaExtractor.eventWords.contains($0) }.map {
                    TenseDisagreementFinder.sameKind[$0] ?? PorterStemmer.stem($0)
                })
            #expect(TenseDisagreementFinder.eventKinds(sentence) == reference, "\(sentence)")
        }
        #expect(TenseDisagreementFinder.eventKinds("A speech, then talks") == ["address", "meet"])
        #expect(TenseDisagreementFinder.eventKinds("Nothing happens here").isEmpty)
    }
}

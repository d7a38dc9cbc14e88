import Testing

@testable import BriefKit

@Suite struct WordTokenTests {
    /// The tokens' texts, punctuation included.
    private func texts(_ text: String) -> [String] { WordToken.tokenize(text).map(\.text) }

    @Test func splitsWordsAndPunctuation() {
        #expect(texts("Mr Healey said: “We will act.”") == ["Mr", "Healey", "said", ":", "“", "We", "will", "act", ".", "”"])
        #expect(texts("  \n\t ") == [])
        #expect(texts("") == [])
    }

    @Test func keepsInitialismsNumbersHyphensAndApostrophesInsideWords() {
        #expect(texts("The U.S. and J.D. Vance met.") == ["The", "U.S.", "and", "J.D.", "Vance", "met", "."])
        #expect(texts("A 1,200-strong force cost 2.5 billion.") == ["A", "1,200-strong", "force", "cost", "2.5", "billion", "."])
        #expect(texts("It isn’t over, O'Brien said.") == ["It", "isn’t", "over", ",", "O'Brien", "said", "."])
        // A dot after a word that is not single letters ends the sentence; a comma after a
        // word is punctuation.
        #expect(texts("NATO. Talks, 3, 4.") == ["NATO", ".", "Talks", ",", "3", ",", "4", "."])
        #expect(texts("non\u{2011}binding") == ["non\u{2011}binding"])
    }

    @Test func dropsPossessivesButKeepsTheirPlace() {
        let text = "Trump’s plan and the ministers' view; it’s Zoë's."
        let tokens = WordToken.tokenize(text)
        let words = tokens.filter { !$0.isPunctuation }
        #expect(words.map(\.text) == ["Trump", "plan", "and", "the", "ministers", "view", "it", "Zoë"])
        #expect(words.map(\.possessive) == [true, false, false, false, false, false, true, true])
        // The range covers the whole token, possessive included; a closing apostrophe is
        // punctuation of its own.
        #expect(
            tokens.map { String(text[$0.range]) }
                == ["Trump’s", "plan", "and", "the", "ministers", "'", "view", ";", "it’s", "Zoë's", "."])
        // Too short to carry one: "’s" needs two scalars before it.
        #expect(WordToken.tokenize("I’s").map(\.possessive) == [false])
    }

    @Test func readsNonASCIIWordsAndCombiningMarks() {
        // "Zoë" with a precomposed ë, "Zoe\u{308}" with a combining diaeresis: both one word.
        let text = "Zoë met Zoe\u{308} and Ölund in Kyiv — Київ, 東京."
        let tokens = WordToken.tokenize(text)
        #expect(tokens.map(\.text) == ["Zoë", "met", "Zoe\u{308}", "and", "Ölund", "in", "Kyiv", "—", "Київ", ",", "東京", "."])
        #expect(tokens.map(\.lowercased)[4] == "ölund")
        #expect(tokens.map(\.lowercased)[8] == "київ")
        #expect(tokens.allSatisfy { text[$0.range] == $0.text[...] })
    }

    @Test func marksWordsThatStartAClause() {
        let tokens = WordToken.tokenize("Talks end. Then “Paris” (again) next; Rome: here")
        let starts = tokens.filter { !$0.isPunctuation && $0.startsClause }.map(\.text)
        #expect(starts == ["Talks", "Then", "Paris", "again", "Rome", "here"])
    }

    @Test func lowerCasesAndCapitalisation() {
        let tokens = WordToken.tokenize("NATO Nato nato UN I")
        #expect(tokens.map(\.lowercased) == ["nato", "nato", "nato", "un", "i"])
        #expect(tokens.map(\.isAllCaps) == [true, false, false, true, false])
        #expect(tokens.map(\.isCapitalized) == [true, true, false, true, true])
    }

    @Test func tokenizesOnlyTheGivenRange() {
        let text = "Before “the quote, Minister” after."
        let open = text.firstIndex(of: "“")!
        let close = text.firstIndex(of: "”")!
        let tokens = WordToken.tokenize(text, in: text.index(after: open)..<close)
        #expect(tokens.map(\.text) == ["the", "quote", ",", "Minister"])
        #expect(tokens.first?.startsClause == true)
        #expect(tokens.map { String(text[$0.range]) } == ["the", "quote", ",", "Minister"])
    }
}

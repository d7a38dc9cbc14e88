import Testing

@testable import BriefKit

/// brief has two tokenizers on purpose, side by side in `Text/`: ``Tokenizer`` makes the
/// ranking's terms, ``WordToken`` the extractors' words. These cases pin how they differ, so
/// that a change to either is a decision, not an accident.
@Suite struct TokenizersTests {
    static let sample = "The U.S. envoy’s 2.5% rise: 300,000 jobs, an e-mail and a co-op, said J. Smith."

    @Test func theRankingTokenizerKeepsOnlyLowerCaseWordsOfTwoLettersOrMore() {
        #expect(
            Tokenizer.words(Self.sample) == [
                "the", "envoy", "2.5", "rise", "300000", "jobs", "an", "mail", "and", "co", "op", "said", "smith",
            ])
    }

    @Test func theExtractorsTokenizerKeepsWordsAsWrittenAndPunctuation() {
        let tokens = WordToken.tokenize(Self.sample)
        #expect(
            tokens.map(\.text) == [
                "The", "U.S.", "envoy", "2.5", "%", "rise", ":", "300,000", "jobs", ",", "an", "e-mail", "and", "a", "co-op", ",",
                "said", "J.", "Smith", ".",
            ])
        #expect(tokens.filter(\.possessive).map(\.text) == ["envoy"])
        #expect(tokens.filter(\.isPunctuation).map(\.text) == ["%", ":", ",", ",", "."])
    }

    /// The differences, one by one.
    @Test func theDifferencesStated() {
        // Dotted acronyms and initials: a name to the extractors, single letters (dropped) to the
        // ranking. "US" without dots is "us", a stop word, so a country never was a content term.
        #expect(WordToken.tokenize("the U.S. said").map(\.text).contains("U.S."))
        #expect(Tokenizer.words("the U.S. said") == ["the", "said"])
        // Hyphenated words: one word to the extractors, their parts to the ranking.
        #expect(WordToken.tokenize("a co-op").map(\.text) == ["a", "co-op"])
        #expect(Tokenizer.words("a co-op") == ["co", "op"])
        // Thousands separators: kept as written by the extractors, dropped by the ranking.
        #expect(WordToken.tokenize("300,000").map(\.text) == ["300,000"])
        #expect(Tokenizer.words("300,000") == ["300000"])
        // Numerals of other scripts: part of a word to the extractors, not a term to the ranking.
        #expect(WordToken.tokenize("page ٣٢ now").map(\.text) == ["page", "٣٢", "now"])
        #expect(Tokenizer.words("page ٣٢ now") == ["page", "now"])
        // A possessive: a flag on the extractors' word, gone from the ranking's.
        #expect(Tokenizer.words("Healey’s trip") == ["healey", "trip"])
        #expect(WordToken.tokenize("Healey’s trip").first.map { ($0.text, $0.possessive) } ?? ("", false) == ("Healey", true))
    }
}

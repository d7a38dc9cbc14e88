import BriefKit
import Testing

/// Final stems of the original Porter algorithm (Porter 1980; its reference vocabulary).
@Suite struct PorterStemmerTests {
    @Test(arguments: [
        ("caresses", "caress"), ("ponies", "poni"), ("ties", "ti"), ("cats", "cat"), ("agreed", "agre"),
        ("plastered", "plaster"), ("motoring", "motor"), ("conflated", "conflat"), ("hopping", "hop"),
        ("falling", "fall"), ("filing", "file"), ("happy", "happi"), ("relational", "relat"),
        ("conditional", "condit"), ("rational", "ration"), ("digitizer", "digit"),
        ("generalizations", "gener"), ("oscillators", "oscil"), ("connections", "connect"),
        ("connective", "connect"), ("connecting", "connect"), ("defensible", "defens"), ("effective", "effect"),
        ("adjustment", "adjust"), ("communism", "commun"), ("electrical", "electr"), ("hopefulness", "hope"),
        ("sky", "sky"), ("is", "is"), ("defence", "defenc"), ("secretary", "secretari"),
    ])
    func stems(word: String, stem: String) {
        #expect(PorterStemmer.stem(word) == stem)
    }

    @Test func leavesNonASCIIAndShortWordsAlone() {
        #expect(PorterStemmer.stem("café") == "café")
        #expect(PorterStemmer.stem("as") == "as")
        #expect(PorterStemmer.stem("2025") == "2025")
    }

    @Test func tokenizerDropsStopWordsAndPossessives() {
        #expect(
            Tokenizer.words("Healey’s visit to the U.S. cost 2.5% more, 300,000 troops") == [
                "healey", "visit", "to", "the", "cost", "2.5", "more", "300000", "troops",
            ])
        #expect(Tokenizer.terms("The talks were expected to cover defence") == ["talk", "expect", "cover", "defenc"])
    }
}

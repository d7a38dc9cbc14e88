import Testing

@testable import BriefKit

@Suite struct WordClassesTests {
    @Test func oneLookUpSaysWhatEachListSays() {
        let lists: [(Set<String>, WordClasses)] = [
            (NameLexicon.roleWords, .role), (NameLexicon.calendarWords, .calendar), (StopWords.english, .stopWord),
            (NameLexicon.sentenceOpeners, .sentenceOpener), (NameLexicon.nameParticles, .particle),
            (NameLexicon.nationalities, .nationality), (NameLexicon.countries, .country), (NameLexicon.places, .place),
            (NameLexicon.organizationWords, .organizationWord),
        ]
        var words = lists.reduce(into: Set<String>()) { $0.formUnion($1.0) }.union(NameLexicon.honorifics)
        words.formUnion(["mr.", "dr.", "m.r.", "u.s.", "st.", "prof.", "healey", "", "."])
        for word in words {
            let classes = WordClasses(of: word)
            for (list, bit) in lists {
                #expect(classes.contains(bit) == list.contains(word), "\(word) \(bit)")
            }
            // Honorifics are looked up without their dots ("Mr." is "mr").
            #expect(classes.contains(.honorific) == NameLexicon.honorifics.contains(word.replacingDots), "\(word)")
        }
    }
}

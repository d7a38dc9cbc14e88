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

    /// A one-word run is a place when its classes say it is on the lists of places or
    /// countries (the finder reads its classes, not the lists): every such word, capitalised
    /// in mid-sentence, is found as a place; a longer name is looked up as a phrase.
    @Test func aOneWordPlaceIsFoundByItsClasses() {
        let words = NameLexicon.places.union(NameLexicon.countries).filter {
            !$0.contains(" ") && $0.unicodeScalars.allSatisfy { $0.properties.isAlphabetic }
        }
        #expect(words.count > 20)
        let sentences = words.sorted().map { "Officials met in \($0.prefix(1).uppercased() + $0.dropFirst()) on Monday." }
        let document = Document(id: "d0", path: "d0.txt", headline: nil, blocks: sentences.map { .paragraph($0) })
        let corpus = SegmentedCorpus(documents: [document])
        let context = ExtractionContext(corpus: corpus, analysis: CorpusAnalysis(corpus), date: BriefDate("2025-06-02")!)
        let finder = MentionFinder(corpus: corpus)
        for (index, paragraph) in context.paragraphs[0].enumerated() {
            let kinds = finder.mentions(in: paragraph, paragraphIndex: index).map(\.kind)
            #expect(kinds.contains(.place), "\(paragraph.text)")
        }
        let phrase = NameLexicon.places.union(NameLexicon.countries).filter { $0.split(separator: " ").count == 2 }.sorted().first
        if let phrase {
            let capitalised = phrase.split(separator: " ").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
            let text = "Officials met in \(capitalised) on Monday."
            let corpus = SegmentedCorpus(documents: [Document(id: "d0", path: "d0.txt", headline: nil, blocks: [.paragraph(text)])])
            let context = ExtractionContext(corpus: corpus, analysis: CorpusAnalysis(corpus), date: BriefDate("2025-06-02")!)
            let mentions = MentionFinder(corpus: corpus).mentions(in: context.paragraphs[0][0], paragraphIndex: 0)
            #expect(mentions.contains { $0.kind == .place && $0.nameText == capitalised }, "\(text)")
        }
    }
}

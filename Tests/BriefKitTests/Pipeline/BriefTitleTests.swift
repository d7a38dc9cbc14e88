import BriefKit
import Testing

@Suite struct BriefTitleTests {
    @Test(arguments: [
        // Short: the sentence itself, without its full stop.
        ("The council approved the flood budget on Monday night.", "The council approved the flood budget on Monday night"),
        // The apposition after the opening name goes; the cut comes where a clause ends.
        (
            "John Healey, the UK Defence Secretary, is set to meet his US counterpart, Pete Hegseth, in Washington on Thursday, amid ongoing efforts.",
            "John Healey is set to meet his US counterpart"
        ),
        (
            "Defence Secretary John Healey will travel to Washington this week amid efforts to bridge the transatlantic gap on Ukraine’s peace plan.",
            "Defence Secretary John Healey will travel to Washington this week"
        ),
        (
            "Rescue teams pulled four more survivors from the rubble of the collapsed hotel on Sunday after a night of searching by torchlight.",
            "Rescue teams pulled four more survivors from the rubble of the collapsed hotel on Sunday"
        ),
        // No clause ends within reach: cut at a word, and say so.
        (
            "The long and winding report on the future of the regional railway network and its many small stations was published without fanfare yesterday.",
            "The long and winding report on the future of the regional railway…"
        ),
        // A quote keeps its closing mark.
        ("He called the ties “strong as ever.”", "He called the ties “strong as ever”"),
    ])
    func aLeadSentenceMakesAHeadlineWithoutCuttingAClause(sentence: String, title: String) {
        #expect(BriefTitle.leadTitle(from: sentence) == title)
    }
}

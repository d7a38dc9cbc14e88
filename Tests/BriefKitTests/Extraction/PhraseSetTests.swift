import BriefBenchmarkKit
import Testing

@testable import BriefKit

@Suite struct PhraseSetTests {
    @Test func agreesWithSearchingEachPhrase() {
        // Every cue list the agenda uses, against texts built from pieces of those cues, of
        // ordinary words and of non-ASCII text: one pass must say what a search per phrase says.
        var generator = SplitMix64(seed: 7)  // seeded: a failure can be replayed
        let cues = AgendaExtractor.futureCues + AgendaExtractor.pastCues
        let set = PhraseSet(cues)
        let pieces = cues + [" ", "will", "wil", " is", " set", "to ", "’", "'", "ll ", "a", "ago", "é", "—", "x"]
        for _ in 0..<2_000 {
            let count = Int.random(in: 0...6, using: &generator)
            let text = (0..<count).map { _ in pieces.randomElement(using: &generator)! }.joined()
            #expect(set.occurs(in: text) == cues.contains { Self.naiveContains(text, $0) }, "\(text.debugDescription)")
        }
        #expect(!PhraseSet([]).occurs(in: "anything"))
        #expect(PhraseSet(["x"]).occurs(in: "a x"))
        #expect(!PhraseSet(["x"]).occurs(in: ""))
    }

    /// The reference: a byte-by-byte search for one phrase.
    static func naiveContains(_ text: String, _ phrase: String) -> Bool {
        let haystack = Array(text.utf8), needle = Array(phrase.utf8)
        guard !needle.isEmpty else { return true }
        guard haystack.count >= needle.count else { return false }
        return (0...(haystack.count - needle.count)).contains { Array(haystack[$0..<$0 + needle.count]) == needle }
    }
}

import Testing

@testable import BriefKit

/// Who said a quote, pattern by pattern: each case is one article whose answer is known by
/// construction (the speaker, its kind and the cue the text gives).
@Suite struct QuoteAttributionTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var pattern: String
        var text: String
        /// The start of the quote whose speaker is checked.
        var quote: String
        var speaker: String?
        var kind: Quote.SpeakerKind?
        var cue: String?

        var testDescription: String { pattern }
    }

    static let cases: [Case] = [
        Case(
            pattern: "after: pronoun", text: "Defence Secretary John Healey arrived. “We are here to listen to our allies,” he said.",
            quote: "We are here", speaker: "John Healey", kind: .person, cue: "said"),
        Case(
            pattern: "after: said Mr. X", text: "John Healey arrived. “The relationship is as strong as ever before,” said Mr. Healey.",
            quote: "The relationship", speaker: "John Healey", kind: .person, cue: "said"),
        Case(
            pattern: "after: X told reporters", text: "“We want a deal before the summer recess,” Sen. Maria Lopez told reporters.",
            quote: "We want a deal", speaker: "Maria Lopez", kind: .person, cue: "told"),
        Case(
            pattern: "after: X said in a statement",
            text: "“The ministry will publish the full figures next week,” the ministry said in a statement.",
            quote: "The ministry will", speaker: "the ministry", kind: .description, cue: "said"),
        Case(
            pattern: "after: according to X", text: "“Troops will stay in the region for six more months,” according to Gov. Tom Bradley.",
            quote: "Troops will stay", speaker: "Tom Bradley", kind: .person, cue: "according to"),
        Case(
            pattern: "after: title and party in parentheses",
            text: "“It’s a dog whistle to all Americans, plain and simple,” Rep. Gwen Moore (D-Wis.) said Friday.",
            quote: "It’s a dog whistle", speaker: "Gwen Moore", kind: .person, cue: "said"),
        Case(
            pattern: "after: a name with an appositive",
            text: "“What was needed was to raise it in this setting,” said Kenneth Baer, a former official who runs a firm.",
            quote: "What was needed", speaker: "Kenneth Baer", kind: .person, cue: "said"),
        Case(
            pattern: "after: a signed quote", text: "“Maybe we can build a wall around the whole campaign.” ― Steve Quinlan",
            quote: "Maybe we can", speaker: "Steve Quinlan", kind: .person, cue: "―"),
        Case(
            pattern: "before: X said:", text: "Dr Amy Chen said: “The vaccine trial will start on Monday in three cities.”",
            quote: "The vaccine trial", speaker: "Amy Chen", kind: .person, cue: "said"),
        Case(
            pattern: "before: X wrote:", text: "Lt. Gen. Mark Ross wrote: “Our forces are ready to move at short notice.”",
            quote: "Our forces", speaker: "Mark Ross", kind: .person, cue: "wrote"),
        Case(
            pattern: "before: In a statement, X said:",
            text: "In a statement, Rep. Ann Diaz said: “This bill will not pass the House this year.”",
            quote: "This bill", speaker: "Ann Diaz", kind: .person, cue: "said"),
        Case(
            pattern: "before: a lead-in on the line before",
            text: "Foreign Minister Anna Berg spoke after the meeting, stating:\n\n“We came with a plan and we leave with a plan.”",
            quote: "We came with", speaker: "Anna Berg", kind: .person, cue: "stating"),
        Case(
            pattern: "description: a Downing Street spokesperson",
            text: "A Downing Street spokesperson provided a summary of the call, stating: “The Prime Minister spoke to the president.”",
            quote: "The Prime Minister spoke", speaker: "a Downing Street spokesperson", kind: .description, cue: "stating"),
        Case(
            pattern: "description: the Pentagon spokesman",
            text: "“We have not seen any evidence of a breach at all,” the Pentagon spokesman said.",
            quote: "We have not seen", speaker: "the Pentagon spokesman", kind: .description, cue: "said"),
        Case(
            pattern: "organisation: the Kremlin", text: "“Moscow has no plans to withdraw its troops from the border,” the Kremlin said.",
            quote: "Moscow has no plans", speaker: "Kremlin", kind: .organization, cue: "said"),
        Case(
            pattern: "document: X’s letter, which stated:",
            text:
                "Zelensky’s letter to Trump was read out in Congress. Trump acknowledged the communication, which stated: “We do really value how much America has done.”",
            quote: "We do really value", speaker: "Zelensky", kind: .person, cue: "stated"),
        Case(
            pattern: "document: the ministry issued a statement, which stated:",
            text: "The ministry issued a statement, which stated: “The ministry does not comment on leaked documents of any kind.”",
            quote: "The ministry does not", speaker: "the ministry", kind: .description, cue: "stated"),
        Case(
            pattern: "pronoun: the subject of the nearest sentence that names one, not the last name seen",
            text:
                "Premier Olu Bello met Chancellor Eva Stein on Friday. Bello praised Ms Stein’s plan. “This is the best offer we have had in years,” he said.",
            quote: "This is the best", speaker: "Olu Bello", kind: .person, cue: "said"),
        Case(
            pattern: "pronoun: gender agrees",
            text: "Mr. Tom Ford met Senator Jane Ruiz. “We will not give up on this bill, not this year,” she said.",
            quote: "We will not give up", speaker: "Jane Ruiz", kind: .person, cue: "said"),
        Case(
            pattern: "a quote that follows on from the same speaker",
            text: "“This is a disgusting day,” said Rep. G.K. Butterfield (D-N.C.), head of the caucus. “He started this silliness years ago with no proof.”",
            quote: "He started this", speaker: "G.K. Butterfield", kind: .person, cue: nil),
        Case(
            pattern: "a short quote with a cue", text: "Minister Anna Berg called the plan “a disaster” on Monday.",
            quote: "a disaster", speaker: "Anna Berg", kind: .person, cue: "called"),
        Case(
            pattern: "a name and where they work",
            text: "“The impact of Monday’s debate is still small, at most,” wrote Cameron Easley for Morning Consult.",
            quote: "The impact of", speaker: "Cameron Easley", kind: .person, cue: "wrote"),
        Case(
            pattern: "it: the organisation quoted before",
            text:
                "“His company was left holding some debt by the end of 1991,” the Times wrote. “But since then, his fortunes have changed for good,” it added.",
            quote: "But since then", speaker: "Times", kind: .organization, cue: "added"),
        Case(
            pattern: "an unattributed quote continues its paragraph's speaker past others named in the attribution",
            text:
                "“We have seen this before, from other countries,” Obama said after meeting President Vladimir Putin. He did not suggest retaliation. “Our goal is to set some norms in the cyber arena.”",
            quote: "Our goal is", speaker: "Obama", kind: .person, cue: nil),
        Case(
            pattern: "an unattributed quote after a sentence about a person",
            text:
                "Senator Bernie Sanders named young voters’ exhaustion with bigotry as a reason to vote. “The younger people are sick and tired of discrimination.”",
            quote: "The younger people", speaker: "Bernie Sanders", kind: .person, cue: nil),
        Case(
            pattern: "pronoun: the speaker of a sentence that reports speech, not its grammatical subject",
            text:
                "Shifting monsoon patterns in South Asia could affect a billion people, Mr. Obama said in his interview. “If even a portion of them are displaced, we will have a crisis,” he said.",
            quote: "If even a portion", speaker: "Obama", kind: .person, cue: "said"),
        Case(
            pattern: "a quote that ends its sentence takes no attribution from the next one",
            text:
                "When Clinton noted that he paid no tax, Donald Trump boasted, “That makes me smart.” Trump was similarly defensive when asked about an architect who said he was never paid.",
            quote: "That makes me smart", speaker: "Donald Trump", kind: .person, cue: "boasted"),
        Case(
            pattern: "after: a descriptor before the name, with a slash",
            text: "“The rationales to veto this bill are simply wrong,” said 9/11 widow Terry Strada.",
            quote: "The rationales", speaker: "Terry Strada", kind: .person, cue: "said"),
        Case(
            pattern: "after: a long subject when the sentence is only the attribution",
            text: "“You work hard. You pay your taxes. So why did he not pay his?” a narrator in the new ad asks. The spot ends.",
            quote: "You work hard", speaker: "a narrator in the new ad", kind: .description, cue: "asks"),
        Case(
            pattern: "after: per X", text: "Proxies may not vote “to fill a vacancy on the ticket,” per the party’s bylaws.",
            quote: "to fill a vacancy", speaker: "the party’s bylaws", kind: .description, cue: "per"),
        Case(
            pattern: "pronoun: the subject after an opening participle phrase",
            text:
                "Chastened by the analyses, as well as complaints over its costs, Mayor Ann Ortiz revised her plan. “The relief will go to working families first,” she said.",
            quote: "The relief will", speaker: "Ann Ortiz", kind: .person, cue: "said"),
        Case(
            pattern: "pronoun: the subject after an opening phrase with a place in it",
            text:
                "Speaking at a rally in Novi, Michigan, Governor Tom Reyes says he is making a demand of the president. “Will you pledge to release the full report this week?” he asks.",
            quote: "Will you pledge", speaker: "Tom Reyes", kind: .person, cue: "asks"),
        Case(
            pattern: "it: the body its sentence is about",
            text:
                "The Security Council on Friday pledged to impose further sanctions as a deterrence to what it called “a clear threat to international peace and security.”",
            quote: "a clear threat", speaker: "Security Council", kind: .organization, cue: "called"),
        Case(
            pattern: "a quote that ends its sentence takes no far 'according to' from the next one",
            text:
                "Governor Ann Ortiz said the videos should be released “without delay and in full.” Ortiz plans to visit the city on Sunday, according to a campaign aide.",
            quote: "without delay", speaker: "Ann Ortiz", kind: .person, cue: "said"),
        Case(
            pattern: "nobody: a participle naming a thing",
            text: "On her discharge papers, in a box labeled “medical problem,” the clinic had left the rest of the form blank.",
            quote: "medical problem", speaker: nil, kind: nil, cue: "labeled"),
        Case(
            pattern: "pronoun: a name that takes 'who' is a person",
            text:
                "Some would gain, said Brad Miller. It has become an issue, with Ruth Alder — who has called for higher taxes — lambasting the plan. “The plan would be trickle-down economics all over again,” she said.",
            quote: "The plan would", speaker: "Ruth Alder", kind: .person, cue: "said"),
        Case(
            pattern: "pronoun: a sentence that ends by introducing someone",
            text:
                "While Obama had many artists writing songs about him, that has not happened for Clinton, which worries Henry Crespo, president of the Miami-based caucus. “No one is writing songs for her this year,” he said. Obama spoke later.",
            quote: "No one is writing", speaker: "Henry Crespo", kind: .person, cue: "said"),
        Case(
            pattern: "description: a common noun capitalised only by its place",
            text: "The police came early. Police say they have “adequate resources” to secure the city during the game.",
            quote: "adequate resources", speaker: "police", kind: .description, cue: "say"),
        Case(
            pattern: "nobody: a list of fragments opening with a verb",
            text: "He repeats old theories. Preys on our worst fears and calls people “losers” at every rally.",
            quote: "losers", speaker: nil, kind: nil, cue: "calls"),
        Case(
            pattern: "pronoun: the same pronoun as the sentence before stands for the same person",
            text:
                "Governor Tom Reyes spoke in the evening. He notes that the Commission on Presidential Debates announced a fault with the microphone. He says, “Working that microphone was harder than the debate itself.”",
            quote: "Working that microphone", speaker: "Tom Reyes", kind: .person, cue: "says"),
        Case(
            pattern: "in-sentence: each country's own verb, not the next sentence's",
            text:
                "Japan branded North Korea an “outlaw nation in the neighborhood.” Russia insisted that Pyongyang “stop its dangerous escapades.”",
            quote: "outlaw nation", speaker: "Japan", kind: .organization, cue: "branded"),
        Case(
            pattern: "in-sentence: a participle after its noun is not the sentence's cue",
            text:
                "Senator Ann Ortiz spoke on Friday. She says Tom Reyes’s early-morning posts accusing her aide of fraud are “lies and conspiracy theories.”",
            quote: "lies and conspiracy", speaker: "Ann Ortiz", kind: .person, cue: "says"),
        Case(
            pattern: "pronoun: a contracted he’s",
            text:
                "Governor Tom Reyes spoke at the rally. He’s claiming that fraud is “a big, big problem in this country” that nobody will discuss.",
            quote: "a big, big problem", speaker: "Tom Reyes", kind: .person, cue: "claiming"),
        Case(
            pattern: "they: the plural body named just before",
            text:
                "Critics of the visa program want to fix how the money is used. They sent a letter on Thursday to the leaders.\n\n“The program has become plagued by fraud and abuse,” they wrote.",
            quote: "The program has become", speaker: "Critics of the visa program", kind: .description, cue: "wrote"),
        Case(
            pattern: "they: nobody when no plural body is named",
            text: "Senator Ann Ortiz spoke on Friday. “We will not give in to this pressure,” they said.",
            quote: "We will not give in", speaker: nil, kind: nil, cue: "said"),
        Case(
            pattern: "in-sentence: the noun a participle phrase hangs on",
            text: "The protesters gathered at noon. Protesters marching through the streets chanted “What curfew?” and kept going until 2 a.m.",
            quote: "What curfew", speaker: "protesters", kind: .description, cue: "chanted"),
        Case(
            pattern: "after: X sings to Y",
            text: "“Promise mama you’ll keep your hands in sight,” Mary Blige sings to Clinton.",
            quote: "Promise mama", speaker: "Mary Blige", kind: .person, cue: "sings"),
        Case(
            pattern: "pronoun: one capitalised word opening a sentence is a name before a verb of thinking",
            text:
                "Hillary Clinton leads the state polls. Wimes believes that the campaign took its voters for granted. “They have a big problem this year,” she said.",
            quote: "They have a big problem", speaker: "Wimes", kind: .person, cue: "said"),
        Case(
            pattern: "in-sentence: a gerund opening the sentence takes the main clause's subject after the quote",
            text:
                "Senator Ann Ortiz wrote about the clot in her book. After saying her right foot was “so swollen I could barely get my shoe on,” she was taken to hospital.",
            quote: "so swollen", speaker: "Ann Ortiz", kind: .person, cue: "saying"),
        Case(
            pattern: "signed: a quotation nested in double marks stays inside the outer one",
            text: "Readers wrote in after the debate.\n\n“As a nurse, I’d rather live in what he calls “chaos” than in his world.” ― Dana Whitfield",
            quote: "As a nurse, I’d rather live in what he calls “chaos” than in his world.", speaker: "Dana Whitfield", kind: .person, cue: "―"),
        Case(
            pattern: "after: a nickname in quote marks inside the speaker's name",
            text: "The rally opened at noon. “We have his back,” Mayor Teresa “Tess” Morgan told the crowd.",
            quote: "We have his back", speaker: "Teresa Morgan", kind: .person, cue: "told"),
        Case(
            pattern: "previous sentence: its only quotation marks hold a programme's title",
            text:
                "The senator spoke on Sunday.\n\nOn \"Meet the Voters,\" Sen. Alan Brooks (Vt.), who lost the primary, named young voters' fatigue as a reason for hope. \"The younger people are sick and tired of this.\"",
            quote: "The younger people", speaker: "Alan Brooks", kind: .person, cue: nil),
        Case(
            pattern: "after: a name read from UTF-8 as Latin-1 stays one name",
            text: "\"Europe must be able to defend itself,\" French President FranÃ§ois Delmas said Friday.",
            quote: "Europe must be able", speaker: "FranÃ§ois Delmas", kind: .person, cue: "said"),
        Case(
            pattern: "in-sentence: a gerund after a preposition takes its clause's he or she",
            text:
                "Dr. Ray Lund appeared on television often. He faced a hearing for his role in selling pills and for saying that tea was a “miracle cure for every ailment.”",
            quote: "miracle cure", speaker: "Ray Lund", kind: .person, cue: "saying"),
        Case(
            pattern: "in-sentence: attacked with a quotation",
            text: "Governor Nia Park spoke in Dayton. In a May speech, Park attacked “the cruel logic of the new tariffs.”",
            quote: "the cruel logic", speaker: "Nia Park", kind: .person, cue: "attacked"),
        Case(
            pattern: "in-sentence: what a pronoun said, as the named subject reports it",
            text:
                "The council met late. The statement noted they had previously said they would take \"further steps\" if the tests went on.",
            quote: "further steps", speaker: "the statement", kind: .description, cue: "said"),
        Case(
            pattern: "it: the body of a lead-in, past the text its colon introduces",
            text:
                "In the spring, the Dayton Journal gave the mayor a warm endorsement:\n\nShe has long fought for clean parks. She knows the budget well.\n\nMeanwhile, it attacked the governor, saying he “has broken every promise on roads.”",
            quote: "has broken every promise", speaker: "Dayton Journal", kind: .organization, cue: "saying"),
        Case(
            pattern: "nobody: the text gives no one", text: "The road was closed. “Nobody in this town has seen anything like it before.”",
            quote: "Nobody in this town", speaker: nil, kind: nil, cue: nil),
    ]

    @Test(arguments: cases) func speakerOfEachPattern(_ example: Case) throws {
        let brief = try BriefBuilder().build(documents: TestSupport.documents([("a", "Headline\n\n" + example.text)]), date: BriefDate("2025-03-05")!)
        let quote = try #require(brief.quotes.first { $0.text.hasPrefix(example.quote) }, "no quote \(example.quote) in \(brief.quotes.map(\.text))")
        #expect(quote.speaker == example.speaker)
        #expect(quote.speakerKind == example.kind)
        #expect(quote.cue == example.cue)
    }

    @Test func scareQuotesAndTitlesWithoutACueAreNotQuotes() throws {
        let brief = try BriefBuilder().build(
            documents: TestSupport.documents([
                ("a", "Headline\n\nThe deal is a “special relationship” in name only. The host of “The Morning Show” was there.")
            ]), date: BriefDate("2025-03-05")!)
        #expect(brief.quotes.isEmpty)
    }
}

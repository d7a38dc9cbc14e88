import BriefKit
import Foundation
import Testing

/// The segmenter's rules, each on news prose written for these tests.
@Suite struct SentenceSegmenterTests {
    private let segmenter = SentenceSegmenter()

    private func split(_ text: String) -> [String] { segmenter.sentences(in: text) }

    @Test func plainSentences() {
        #expect(
            split("The talks began at noon. They ended late. Was it worth it? Yes!") == [
                "The talks began at noon.", "They ended late.", "Was it worth it?", "Yes!",
            ])
    }

    @Test(arguments: ["Mr", "Mrs", "Ms", "Dr", "St", "Gen", "Sen", "Rep", "Gov", "Prof"])
    func titlesBeforeNamesNeverEndASentence(title: String) {
        #expect(
            split("Yesterday \(title). Harper arrived in Ohio. The crowd cheered.") == ["Yesterday \(title). Harper arrived in Ohio.", "The crowd cheered."])
    }

    @Test func juniorSeniorAndCompanyEndASentenceOnlyBeforeACapital() {
        #expect(split("The deal went to Harper Jr. and his sister. Talks resumed.") == ["The deal went to Harper Jr. and his sister.", "Talks resumed."])
        #expect(split("The contract went to Briggs & Co. The rivals protested.") == ["The contract went to Briggs & Co.", "The rivals protested."])
        #expect(split("Shares of Acme Corp. rose sharply.") == ["Shares of Acme Corp. rose sharply."])
    }

    @Test func latinAbbreviations() {
        #expect(
            split("Allies, e.g. Poland, pay more. Others, i.e. the rest, do not. It was France vs. Germany.") == [
                "Allies, e.g. Poland, pay more.", "Others, i.e. the rest, do not.", "It was France vs. Germany.",
            ])
        #expect(split("They discussed tariffs, quotas, etc. The summit ends today.") == ["They discussed tariffs, quotas, etc.", "The summit ends today."])
    }

    @Test func numberAbbreviationAndMonths() {
        #expect(
            split("He left No. 10 Downing Street on Jan. 5 and returned on Feb. 9. Aides were relieved.") == [
                "He left No. 10 Downing Street on Jan. 5 and returned on Feb. 9.", "Aides were relieved.",
            ])
        #expect(split("The vote moved to Dec. The delay angered members.") == ["The vote moved to Dec.", "The delay angered members."])
    }

    @Test func dottedAcronyms() {
        #expect(
            split("The U.S. Senate met. Talks with the U.K. were brief. She lives in the U.S. How about you?") == [
                "The U.S. Senate met.", "Talks with the U.K. were brief.", "She lives in the U.S.", "How about you?",
            ])
        #expect(split("The U.S.-made launchers arrived. They were used at once.") == ["The U.S.-made launchers arrived.", "They were used at once."])
    }

    @Test func initials() {
        #expect(
            split("Vice President J. D. Vance spoke. Later, John F. Kennedy Airport closed.") == [
                "Vice President J. D. Vance spoke.", "Later, John F. Kennedy Airport closed.",
            ])
        #expect(split("The jab contains vitamin C. The trial starts soon.") == ["The jab contains vitamin C.", "The trial starts soon."])
    }

    @Test func decimalsPercentagesAndMoney() {
        #expect(
            split("Spending rises to 2.5% of GDP. Inflation was 3.14 points, or $4.50 a head. Nobody minded.") == [
                "Spending rises to 2.5% of GDP.", "Inflation was 3.14 points, or $4.50 a head.", "Nobody minded.",
            ])
    }

    @Test func ellipses() {
        #expect(
            split("He hesitated... Then he signed. The words trailed off . . . and stopped.") == [
                "He hesitated...", "Then he signed.", "The words trailed off . . . and stopped.",
            ])
        #expect(split("It was over…. A new era began.") == ["It was over….", "A new era began."])
        #expect(split("The report said the army “[...] withdrew” from the town.") == ["The report said the army “[...] withdrew” from the town."])
    }

    @Test func fullStopInsideAClosingQuote() {
        #expect(
            split("He called the alliance “as strong as ever.” He then left for Washington.") == [
                "He called the alliance “as strong as ever.”", "He then left for Washington.",
            ])
        #expect(split("She said it was \"over.\" Nobody disagreed.") == ["She said it was \"over.\"", "Nobody disagreed."])
    }

    @Test func questionAndExclamationMarksInsideQuotes() {
        #expect(
            split("“Who can believe that Russia will stop at Ukraine?” he asked. The hall was silent.") == [
                "“Who can believe that Russia will stop at Ukraine?” he asked.", "The hall was silent.",
            ])
        #expect(
            split("“Wouldn’t that be beautiful?” The president smiled. “Never!” shouted a man.") == [
                "“Wouldn’t that be beautiful?”", "The president smiled.", "“Never!” shouted a man.",
            ])
    }

    @Test func sentencesContinuingAfterAQuotedSentence() {
        #expect(
            split("“They are ready for peace,” he said. “We are too.” Ministers agreed.") == [
                "“They are ready for peace,” he said.", "“We are too.”", "Ministers agreed.",
            ])
        #expect(split("“We will win.” Mr Trump said. Aides nodded.") == ["“We will win.” Mr Trump said.", "Aides nodded."])
    }

    @Test func emDashesStayInsideTheirSentence() {
        #expect(
            split("Peace must be real—it cannot mean collapse. The innocence of 30 years — since 1989 — is over.") == [
                "Peace must be real—it cannot mean collapse.", "The innocence of 30 years — since 1989 — is over.",
            ])
    }

    @Test func timesOfDay() {
        #expect(
            split("At 9 a.m. Mr. Healey landed. He left at 6 p.m. The visit was short.") == [
                "At 9 a.m. Mr. Healey landed.", "He left at 6 p.m.", "The visit was short.",
            ])
    }

    @Test func urlsAndEmailAddresses() {
        #expect(
            split("Details are at www.example.gov.uk/news. Write to press.office@example.org. Replies take a day.") == [
                "Details are at www.example.gov.uk/news.", "Write to press.office@example.org.", "Replies take a day.",
            ])
    }

    @Test func listItems() {
        #expect(split("1. Sanctions are extended 2. Aid is doubled") == ["1. Sanctions are extended", "2. Aid is doubled"])
    }

    @Test func rangesMapBackToTheParagraph() {
        let paragraph = "  First one.   Second one.  "
        let ranges = segmenter.sentenceRanges(in: paragraph)
        #expect(ranges.map { String(paragraph[$0]) } == ["First one.", "Second one."])
    }

    @Test func emptyAndTerminatorFreeText() {
        #expect(split("") == [])
        #expect(split("   ") == [])
        #expect(split("no terminator here") == ["no terminator here"])
    }
}

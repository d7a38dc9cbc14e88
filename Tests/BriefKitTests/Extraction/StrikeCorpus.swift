@testable import BriefKit

/// A corpus of our own on another subject: three outlets on a water workers' strike, with
/// overlapping quotes, a multi-paragraph quote, pronoun attributions, scheduled events and a
/// disagreement on a figure. The brief date is Tuesday 10 June 2025.
enum StrikeCorpus {
    static let date = BriefDate("2025-06-10")!

    static let articles: [(String, String)] = [
        (
            "harbour-herald",
            """
            Water strike enters second day
            About 1,200 water workers joined the strike in Portbridge on Monday, union officials said.
            Tom Okafor, general secretary of the Water Workers Union, rejected the latest offer from the city.
            “We will not accept a pay cut dressed up as reform,” Mr Okafor said.
            Mayor Elena Ruiz met union leaders on Monday evening. “We are close to a deal, but the money has to come from somewhere,” she said.
            Portbridge City Council will vote on the revised offer on Thursday.
            It is unclear whether the council can afford the revised offer without raising water bills.
            """
        ),
        (
            "coast-daily",
            """
            Portbridge council faces strike vote
            About 900 water workers joined the strike in Portbridge on Monday, according to the council.
            Okafor told reporters: “We will not accept a pay cut dressed up as reform. Our members keep this city running.”
            Elena Ruiz, the Mayor of Portbridge, said:
            “The offer on the table is fair and final.
            “I urge both sides to return to talks before the council meets.”
            Workers walked out last Friday after talks collapsed.
            A second strike is planned for next Monday if the council rejects the deal.
            """
        ),
        (
            "wire-service",
            """
            Amid the dispute, residents were told to boil tap water as a precaution.
            Union leader Tom Okafor called the proposal “a pay cut dressed up as reform” and said members would stay out.
            Ahead of the vote, Mrs Ruiz said the offer was “fair”.
            The council, which stated: “No decision has been taken on water bills or on the reserve fund,” declined to comment further.
            The Water Workers Union said it could call a second strike next Monday.
            """
        ),
    ]

    static func brief() throws -> Brief {
        try BriefBuilder().build(documents: TestSupport.documents(articles), date: date)
    }
}

/// The word lists the synthetic corpus is built from: plain English news vocabulary, plus
/// names made from syllables so that a large corpus has the long tail of rare words that
/// real news has.
enum SyntheticVocabulary {
    static let firstNames = [
        "Anna", "Ben", "Clara", "David", "Elena", "Farid", "Grace", "Hugo", "Ines", "James",
        "Karen", "Luis", "Maria", "Nadia", "Oscar", "Priya", "Rafael", "Sara", "Tomas", "Ursula",
        "Victor", "Wendy", "Yusuf", "Zoe", "Amir", "Beatrice", "Carlos", "Dana", "Erik", "Fiona",
    ]
    static let syllables = [
        "bar", "ken", "lo", "mir", "dan", "sel", "tor", "vik", "ra", "no", "wes", "ham", "ber",
        "gal", "lin", "mon", "ste", "vo", "ka", "dor", "fen", "ril", "sa", "ton", "mar", "quin",
    ]
    static let roles = [
        "Health Minister", "Finance Minister", "Defence Secretary", "Energy Secretary",
        "Foreign Minister", "Interior Minister", "Transport Secretary", "Trade Commissioner",
        "Prime Minister", "Mayor", "Governor", "Chief Executive", "Union leader", "Chair",
    ]
    static let countries = [
        "France", "Germany", "Spain", "Italy", "Poland", "Canada", "Japan", "Brazil", "India",
        "Kenya", "Norway", "Mexico", "Australia", "Ireland", "Portugal", "Chile",
    ]
    static let organisations = [
        "the European Commission", "the World Bank", "the United Nations", "the Treasury",
        "the Ministry of Health", "the Central Bank", "the Transport Authority", "Parliament",
        "the Senate", "the Energy Regulator", "the Competition Authority", "the Red Cross",
    ]
    static let topics = [
        "water tariffs", "grid investment", "hospital waiting lists", "rail fares",
        "fishing quotas", "housing subsidies", "steel tariffs", "school funding",
        "border checks", "carbon pricing", "pension reform", "broadband rollout",
        "drought relief", "port security", "vaccine supply", "farm subsidies",
    ]
    static let events = ["summit", "vote", "hearing", "conference", "meeting", "debate", "inquiry"]
    static let weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
    static let units = ["million euros", "per cent", "billion dollars", "thousand jobs", "million pounds"]
    static let outlets = [
        "Herald", "Courier", "Gazette", "Observer", "Tribune", "Chronicle", "Post", "Times",
        "Ledger", "Standard", "Sentinel", "Dispatch", "Record", "Examiner", "Monitor", "Journal",
    ]
    static let backgroundSubjects = [
        "Analysts", "Opposition figures", "Business groups", "Local officials", "Economists",
        "Campaigners", "Trade unions", "Diplomats", "Residents", "Investors",
    ]
    static let backgroundVerbs = [
        "have warned about", "remain divided over", "have long argued about", "are watching",
        "have questioned", "have welcomed", "expressed concern about", "called for clarity on",
    ]
    static let groupKinds = [
        "Institute", "Foundation", "Association", "Council", "Trust", "Centre", "Alliance", "Group",
    ]
    static let backgroundTails = [
        "for several months", "since the last election", "amid rising costs",
        "as the budget deadline approaches", "after a difficult winter", "in recent weeks",
        "despite earlier assurances", "ahead of the next round of talks",
    ]
}

/// Word lists for finding people and organisations: the rules of thumb of English news
/// style, written down. All entries lower-case unless noted.
enum NameLexicon {
    /// Nouns that head a role or title ("Defence Secretary", "Prime Minister").
    static let roleHeads: Set<String> = [
        "president", "minister", "secretary", "chancellor", "senator", "governor", "mayor", "general",
        "admiral", "commander", "adviser", "advisor", "ambassador", "spokesperson", "spokesman",
        "spokeswoman", "chief", "director", "leader", "chairman", "chairwoman", "chair", "ceo", "speaker",
        "judge", "justice", "attorney", "king", "queen", "prince", "princess", "pope", "envoy", "premier",
        "representative", "congressman", "congresswoman", "commissioner", "councillor", "councilor",
        "chancellor", "officer", "colonel", "captain", "lieutenant", "sergeant", "marshal", "inspector",
        "superintendent", "executive", "founder", "head", "deputy", "mp", "mep", "sen", "rep", "gov", "gen",
        "lt", "col", "capt", "sheriff", "prosecutor", "coach", "manager", "editor", "correspondent",
        "economist", "analyst", "professor", "prof", "bishop", "archbishop", "cardinal", "rabbi", "imam",
        "emir", "sultan", "sheikh", "ayatollah", "dictator", "monarch", "whip", "treasurer", "auditor",
        "regulator", "negotiator", "delegate", "emissary", "chief of staff",
    ]

    /// Words that may stand before a role head inside a title ("Defence", "National Security").
    static let roleModifiers: Set<String> = [
        "vice", "prime", "deputy", "foreign", "home", "defence", "defense", "treasury", "health", "finance",
        "interior", "justice", "trade", "state", "national", "security", "shadow", "acting", "former",
        "first", "chief", "executive", "general", "attorney", "press", "communications", "energy",
        "education", "transport", "environment", "culture", "business", "economy", "labour", "work",
        "pensions", "housing", "culture", "digital", "science", "international", "development", "cabinet",
        "minority", "majority", "opposition", "party", "senior", "junior", "lord", "high", "supreme",
        "commerce", "agriculture", "army", "navy", "air", "force", "military", "foreign affairs",
    ]

    /// Role heads and modifiers together, for the one look-up most tokens get.
    static let roleWords: Set<String> = roleHeads.union(roleModifiers)

    /// Honorifics written right before a name. Knighthoods stay part of the name ("Sir Keir Starmer").
    static let honorifics: Set<String> = ["mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "lord", "lady", "rev", "prof"]
    static let nameKeepingHonorifics: Set<String> = ["sir", "dame", "lord", "lady"]

    /// Lower-case particles inside names ("Ursula von der Leyen").
    static let nameParticles: Set<String> = ["von", "van", "der", "de", "del", "della", "da", "di", "du", "la", "le", "bin", "al", "ibn"]

    /// Words that mark an organisation's name ("Ministry of Defence", "Fox News").
    static let organizationWords: Set<String> = [
        "ministry", "department", "council", "party", "corps", "committee", "commission", "parliament",
        "congress", "senate", "assembly", "union", "bank", "agency", "group", "company", "corporation",
        "corp", "inc", "ltd", "plc", "llc", "news", "times", "post", "journal", "network", "organisation",
        "organization", "association", "institute", "university", "college", "court", "police", "army",
        "navy", "marines", "government", "administration", "foundation", "fund", "alliance", "coalition",
        "federation", "board", "authority", "service", "services", "command", "forces", "guard", "cabinet",
        "office", "bureau", "reserve", "exchange", "commission", "tribunal", "house", "street", "treasury",
        "pentagon", "kremlin", "times", "telegraph", "guardian", "press", "media", "broadcasting", "tv",
        "radio", "airlines", "motors", "industries", "holdings", "partners", "labs", "technologies",
    ]

    /// Organisations known by a bare name. Keys are upper-cased.
    static let knownOrganizations: Set<String> = [
        "NATO", "EU", "UN", "WHO", "IMF", "OPEC", "G7", "G20", "WTO", "OECD", "FBI", "CIA", "NSA", "MI5", "MI6",
        "BBC", "CNN", "NBC", "ABC", "CBS", "AP", "AFP", "REUTERS", "BLOOMBERG", "PENTAGON", "KREMLIN",
        "CONGRESS", "PARLIAMENT", "SENATE", "WHITE HOUSE", "DOWNING STREET", "ELYSEE", "HAMAS", "HEZBOLLAH",
        "TALIBAN", "AUKUS", "NHS", "UNICEF", "INTERPOL", "EUROPOL", "ASEAN", "AFRICAN UNION", "RED CROSS",
    ]

    /// Acronyms that are not organisations.
    static let nonOrganizationAcronyms: Set<String> = [
        "GDP", "CEO", "TV", "AI", "PM", "AM", "BST", "GMT", "EST", "UTC", "ID", "PR", "COVID", "HIV", "AIDS",
        "USD", "GBP", "EUR", "IT", "OK", "DNA", "UK", "US", "USA", "UAE", "CO2", "LGBT", "LGBTQ", "VAT",
        "MP", "MPS", "MEP", "II", "III", "IV", "Q1", "Q2", "Q3", "Q4", "PDF", "URL", "FAQ", "ICU", "GP",
    ]

    /// Countries and their alias sets; the first form is the one shown.
    static let countryAliases: [[String]] = [
        ["United States", "US", "U.S.", "USA", "U.S.A.", "America"],
        ["United Kingdom", "UK", "U.K.", "Britain", "Great Britain"],
        ["European Union", "EU", "E.U."],
        ["United Nations", "UN", "U.N."],
        ["NATO", "Nato"],
    ]

    /// Places: never people, never organisations (countries acting are handled apart).
    static let places: Set<String> = [
        "europe", "asia", "africa", "america", "americas", "australia", "antarctica", "middle east",
        "indo-pacific", "atlantic", "pacific", "arctic", "balkans", "baltic", "caribbean", "gulf",
        "washington", "london", "paris", "berlin", "brussels", "moscow", "kyiv", "kiev", "beijing", "tokyo",
        "new york", "rome", "madrid", "warsaw", "geneva", "vienna", "jerusalem", "tehran", "delhi",
        "new delhi", "ottawa", "canberra", "dublin", "edinburgh", "cardiff", "belfast", "lisbon", "athens",
        "ankara", "istanbul", "cairo", "riyadh", "dubai", "doha", "seoul", "pyongyang", "taipei", "hong kong",
        "singapore", "sydney", "toronto", "chicago", "los angeles", "san francisco", "oval office",
        "capitol", "capitol hill", "berlin wall", "white hall", "whitehall", "westminster", "crimea",
        "donbas", "gaza", "west bank", "kharkiv", "odesa", "mariupol", "zaporizhzhia",
    ]

    /// Country names (places that can also act, as governments do).
    static let countries: Set<String> = [
        "afghanistan", "albania", "algeria", "argentina", "armenia", "australia", "austria", "azerbaijan",
        "bangladesh", "belarus", "belgium", "bolivia", "bosnia", "brazil", "britain", "bulgaria", "canada",
        "chile", "china", "colombia", "croatia", "cuba", "cyprus", "czechia", "denmark", "egypt", "england",
        "estonia", "ethiopia", "finland", "france", "georgia", "germany", "ghana", "greece", "hungary",
        "iceland", "india", "indonesia", "iran", "iraq", "ireland", "israel", "italy", "japan", "jordan",
        "kazakhstan", "kenya", "korea", "kosovo", "kuwait", "latvia", "lebanon", "libya", "lithuania",
        "luxembourg", "malaysia", "mexico", "moldova", "morocco", "netherlands", "new zealand", "nigeria",
        "north korea", "norway", "pakistan", "palestine", "peru", "philippines", "poland", "portugal",
        "qatar", "romania", "russia", "saudi arabia", "scotland", "serbia", "slovakia", "slovenia",
        "somalia", "south africa", "south korea", "spain", "sudan", "sweden", "switzerland", "syria",
        "taiwan", "thailand", "turkey", "ukraine", "venezuela", "vietnam", "wales", "yemen", "zimbabwe",
        "united states", "united kingdom", "us", "uk", "usa", "u.s.", "u.k.", "america",
    ]

    /// Adjectives of nationality and region (they qualify roles; they are never names).
    static let nationalities: Set<String> = [
        "american", "british", "english", "scottish", "welsh", "irish", "french", "german", "italian",
        "spanish", "portuguese", "dutch", "belgian", "swiss", "austrian", "polish", "czech", "hungarian",
        "romanian", "bulgarian", "greek", "turkish", "russian", "ukrainian", "belarusian", "chinese",
        "japanese", "korean", "indian", "pakistani", "iranian", "iraqi", "israeli", "palestinian", "saudi",
        "syrian", "egyptian", "canadian", "mexican", "brazilian", "argentine", "australian", "european",
        "african", "asian", "western", "eastern", "northern", "southern", "nordic", "baltic", "anglo-american",
        "transatlantic", "swedish", "norwegian", "danish", "finnish", "estonian", "latvian", "lithuanian",
        "georgian", "armenian", "nigerian", "kenyan", "south african", "north korean", "south korean",
        "taiwanese", "vietnamese", "thai", "indonesian", "filipino", "afghan", "lebanese", "jordanian",
        "qatari", "emirati", "kuwaiti", "libyan", "moroccan", "algerian", "tunisian", "ethiopian",
        "congressional", "parliamentary", "federal", "royal", "republican", "democratic", "conservative",
        "labour", "liberal", "socialist", "communist", "green",
    ]

    /// Days and months: capitalised, but never names.
    static let calendarWords: Set<String> = Set(BriefDate.weekdayWords + BriefDate.monthWords + ["christmas", "easter", "ramadan"])

    /// Words that open sentences but never names, beyond stop words.
    static let sentenceOpeners: Set<String> = [
        "amid", "ahead", "despite", "following", "meanwhile", "however", "regarding", "turning", "prior",
        "conversely", "speaking", "according", "although", "while", "after", "before", "during", "since",
        "yet", "still", "also", "instead", "indeed", "moreover", "furthermore", "nevertheless", "beyond",
        "earlier", "later", "today", "yesterday", "tomorrow", "tonight", "last", "next", "this", "that",
        "these", "those", "many", "several", "some", "most", "both", "each", "every", "another", "other",
        "sources", "officials", "critics", "analysts", "experts", "reports", "tensions", "relations",
        "diplomatic", "underscoring", "asked", "like", "unlike", "as", "in", "on", "at", "for", "with",
        "from", "by", "about", "against", "among", "between", "without", "within", "under", "over",
        "through", "until", "upon", "whether", "if", "when", "where", "what", "who", "why", "how", "here",
        "there", "now", "then", "so", "but", "and", "or", "nor", "not", "no", "yes", "all", "any",
    ]

}

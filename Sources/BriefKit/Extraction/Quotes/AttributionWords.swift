/// The words of English news style that attribute a quotation: its cues, and the words a
/// speaker's noun phrase is made of or stops at. General grammar, not any one corpus.
enum AttributionWords {
    /// Verbs of saying that attribute a quote, beyond ``SpeechVerbs/all`` (which other stages
    /// share): verbs a reporter uses for a source's words ("the Times reports:", "Vitter demanded").
    static let extraCues: Set<String> = [
        "reports", "reported", "demanded", "asking", "explaining", "recalling",
        "insisting", "pleaded", "quipped", "joked", "shouted", "wondered", "concluded", "testified",
        "boasted", "complained", "countered", "retorted", "added", "tweeting", "posting", "announcing",
        "recounted", "conceding", "acknowledging", "urging", "promising", "vowing", "suggesting", "calls",
        "describes", "claiming", "sings", "sang", "chanted", "chanting", "characterized", "characterised", "accused", "accuses", "accusing", "reads", "read",
        "agreed", "labeled", "labelled", "dubbed", "attacked", "denounced", "praised",
        "branded", "termed",
    ]

    /// Every cue verb.
    static let cues: Set<String> = SpeechVerbs.all.union(extraCues)

    /// Abbreviations whose full stop does not end the sentence ("Mr.", "Sen.", "Lt.").
    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "sen", "rep", "reps", "gov", "gen", "lt", "col", "capt", "sgt", "maj", "adm",
        "prof", "rev", "st", "jr", "sr", "ft", "mt", "no", "cmdr", "cpl", "pvt", "supt", "insp", "atty",
        "amb", "hon", "pres", "sec", "vs", "messrs",
    ]

    /// Titles and honorifics that stand before a name and are not part of it.
    static let titles: Set<String> = NameLexicon.roleWords.union(NameLexicon.honorifics).union(abbreviations)

    /// Words that stand between a subject and its verb of saying ("he also said", "she has said").
    static let adverbs: Set<String> = [
        "also", "later", "then", "again", "previously", "once", "often", "repeatedly", "reportedly",
        "recently", "further", "simply", "just", "has", "had", "have", "was", "is", "will", "would", "had",
        "once", "even", "still", "now", "since", "first", "last", "finally", "publicly", "privately",
        "separately", "earlier", "not", "never", "always", "frequently", "flatly", "quickly", "has been",
        "did", "does", "do", "can", "could", "may", "might", "should", "must",
    ]

    /// Common irregular verbs in the past tense: a subject's noun phrase ends before them
    /// ("Foreign Minister Anna Berg spoke"); regular ones end in "-ed".
    static let irregularPastVerbs: Set<String> = [
        "spoke", "gave", "made", "wrote", "took", "sent", "met", "went", "came", "saw", "held", "led", "left",
        "began", "brought", "found", "thought", "knew", "became", "put", "set", "kept", "sought", "won", "lost",
        "paid", "ran", "read", "heard", "felt", "told", "drew", "chose", "struck", "rose", "fell", "broke",
    ]

    /// Function words allowed inside a speaker's noun phrase ("a spokesman for the ministry").
    static let phraseWords: Set<String> = Set(["the", "a", "an"]).union(phraseLinks)

    /// The function words of ``phraseWords`` that link its parts: a phrase never opens with one.
    static let phraseLinks: Set<String> = ["of", "for", "at", "in", "and", "&"]

    /// Prepositions that take a gerund ("for saying"), whose subject is the clause's.
    static let gerundPrepositions: Set<String> = [
        "for", "by", "after", "before", "without", "of", "in", "on", "from", "while", "since", "about",
    ]

    /// Past participles that can name a thing after its noun ("a box labeled “X”", "a plan
    /// dubbed “Y”") as well as be a speaker's verb.
    static let namingParticiples: Set<String> = ["labeled", "labelled", "dubbed", "titled", "marked", "termed", "called", "branded"]

    /// Verbs of thinking whose subject is a person ("Wines believes that…").
    static let thinkingVerbs: Set<String> = ["believes", "believed", "thinks", "thought", "feels", "felt", "fears", "feared", "hopes", "hoped"]

    /// Prepositions of place and movement after a participle ("marching through the streets").
    static let placePrepositions: Set<String> = [
        "through", "across", "in", "at", "on", "from", "near", "outside", "inside", "around", "along", "into", "onto", "toward", "towards",
    ]

    /// Words before a noun: a cue after one is a noun ("the states", "a report").
    static let determiners: Set<String> = [
        "the", "a", "an", "these", "those", "its", "their", "his", "her", "our", "my", "your", "this", "that", "some", "many",
    ]

    /// Pronouns that name one person, resolved to the person the text is about.
    static let personalPronouns: Set<String> = ["he", "she", "he’s", "she’s", "he's", "she's", "he’d", "she’d", "he'd", "she'd"]

    /// Pronouns and relatives that give no speaker by themselves.
    static let otherPronouns: Set<String> = ["they", "we", "i", "you", "this", "that", "which", "who", "one"]

    /// "they": resolved to a plural body or group the text has just named ("Critics of the
    /// program… They sent a letter… “…,” they wrote").
    static let pluralPronoun = "they"

    /// "it": an organisation or a document the text has quoted before ("…,” the Times wrote.
    /// “…,” it added.").
    static let thingPronoun = "it"

    /// Nouns for people, beyond roles: a description headed by one can be "he" or "she".
    static let personNouns: Set<String> = [
        "woman", "man", "person", "candidate", "nominee", "doctor", "lawyer", "official", "aide", "mother",
        "father", "wife", "husband", "son", "daughter", "brother", "sister", "friend", "voter", "resident",
        "student", "teacher", "worker", "businessman", "businesswoman", "activist", "historian", "author",
        "writer", "lawmaker", "republican", "democrat", "politician", "diplomat", "expert", "scientist",
        "researcher", "witness", "victim", "survivor", "owner", "founder", "farmer", "driver", "nurse",
        "physician", "veteran", "supporter", "critic", "mayor", "governor", "narrator", "announcer", "host",
        "reporter", "journalist", "columnist", "niece", "nephew", "uncle", "aunt", "girl", "boy", "neighbor",
        "neighbour", "partner", "colleague", "employee", "protester", "demonstrator", "officer", "questioner",
    ]

    /// Nouns for things that carry someone's words ("Zelensky’s letter, which stated:").
    static let documentNouns: Set<String> = [
        "letter", "statement", "communication", "message", "note", "memo", "email", "e-mail", "tweet",
        "post", "readout", "summary", "release", "op-ed", "column", "speech", "address", "remarks",
        "interview", "transcript", "filing", "complaint", "ruling", "order", "decree", "document", "text",
        "notice", "announcement", "report", "video", "ad", "advertisement", "book", "essay", "blog",
        "editorial", "letters", "statements", "tweets", "posts", "clip", "footage",
    ]

    /// Verbs that make a document's author its subject ("the ministry issued a statement").
    static let publishingVerbs: Set<String> = [
        "issued", "released", "sent", "published", "posted", "wrote", "provided", "gave", "delivered",
        "put", "shared", "circulated", "signed", "penned", "tweeted", "made",
    ]

    /// Words that open a sentence with an adverbial phrase before its subject ("Following the
    /// call, Sir Keir praised…").
    static let adverbialOpeners: Set<String> = [
        "following", "after", "before", "during", "in", "on", "at", "amid", "despite", "when", "while", "as",
        "speaking", "since", "with", "without", "earlier", "later", "meanwhile", "however", "separately",
        "asked", "responding", "addressing", "writing", "according", "by", "for", "from", "under", "to",
        "although", "though", "if", "because", "once", "upon", "last", "this", "on",
    ]
}

/// Word lists the segmenter consults at a full stop. All lower-case except ``titles``.
enum Abbreviations {
    /// Titles written before a name ("Mr. Smith", "St. Louis"): a full stop after them
    /// never ends a sentence. Matched case-sensitively, so "st." (street) is not one.
    static let titles: Set<String> = [
        "Mr", "Mrs", "Ms", "Mx", "Messrs", "Mme", "Mlle", "Dr", "Prof", "Gen", "Sen", "Rep", "Gov",
        "Lt", "Col", "Capt", "Cpt", "Sgt", "Cpl", "Pvt", "Maj", "Adm", "Cmdr", "Cdr", "Brig", "Rev",
        "Hon", "Pres", "Supt", "Det", "Insp", "Atty", "Amb", "Fr", "St", "Ste", "Mt", "Ft", "Rt", "Sens",
        "Reps", "Govs", "Drs", "Profs", "MR", "MRS", "MS", "DR",
    ]

    /// Abbreviations that never end a sentence ("e.g.", "vs.").
    static let neverFinal: Set<String> = ["e.g", "i.e", "vs", "v", "cf", "viz", "approx", "esp", "incl", "ca"]

    /// Times of day: they end a sentence when a capital follows, unless what came before is
    /// only a short prepositional phrase ("At 5 a.m. Mr. Smith went ...").
    static let timesOfDay: Set<String> = ["a.m", "p.m"]

    /// Abbreviations that may end a sentence: the sentence ends when a capital letter follows,
    /// not when a number does ("No. 10", "Jan. 5", "p. 55").
    static let mayEnd: Set<String> = [
        "etc", "al", "co", "cos", "corp", "inc", "ltd", "llc", "plc", "bros", "jr", "sr", "no", "nos", "n°",
        "p", "pp", "para", "fig", "figs", "vol", "vols", "ch", "sec", "art", "ed", "eds", "est", "dept",
        "div", "govt", "assn", "assoc", "intl", "natl", "univ", "ave", "blvd", "rd", "st", "hwy", "sq",
        "ft", "in", "yd", "mi", "oz", "lb", "lbs", "kg", "km", "hr", "hrs", "min", "mins", "sec", "yr", "yrs",
        "mo", "mos", "wk", "wks", "tel", "ext", "misc", "max",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
        // US states as AP style abbreviates them.
        "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "kans",
        "ky", "la", "md", "mass", "mich", "minn", "miss", "mont", "neb", "nev", "okla", "ore", "pa",
        "tenn", "tex", "va", "vt", "wash", "wis", "wyo",
    ]

    /// Words that commonly open an English sentence. After a dotted acronym ("the U.S.") or
    /// an initial, the sentence ends only when one of these follows: "in the U.S. How about
    /// you?" ends, "the U.S. Government" does not.
    static let sentenceStarters: Set<String> = [
        "the", "a", "an", "this", "that", "these", "those", "it", "its", "it's", "it’s", "he", "she", "they",
        "we", "i", "you", "his", "her", "their", "our", "my", "your", "there", "here", "but", "and", "or",
        "so", "yet", "however", "meanwhile", "in", "on", "at", "for", "from", "with", "after", "before",
        "during", "while", "when", "where", "what", "who", "whom", "whose", "why", "how", "which", "if",
        "as", "although", "though", "because", "since", "then", "now", "some", "many", "most", "all",
        "both", "each", "every", "no", "not", "other", "another", "such", "also", "still", "only", "even",
        "yes", "more", "few", "one", "is", "are", "was", "were", "do", "does", "did", "can", "could",
        "will", "would", "should", "has", "have", "had", "let", "please", "thus", "therefore", "instead",
        "despite", "under", "over", "among", "between", "without", "according", "last", "next", "earlier",
        "later", "today", "yesterday", "tomorrow", "mr", "mrs", "ms", "dr", "sir", "lord", "dame",
    ]

    /// Prepositions that open a time phrase ("At 5 a.m.").
    static let timePrepositions: Set<String> = [
        "at", "by", "until", "till", "from", "before", "after", "around", "about", "since", "on", "to", "past",
    ]
}

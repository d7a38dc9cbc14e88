/// Verbs of saying, for attributions ("he said", "said Mr Trump", "Smith added."): one list
/// for every stage.
enum SpeechVerbs {
    /// Every verb of saying brief knows, in its inflections: the segmenter joins a short
    /// attribution to its quote with them, the name finder tells people by them, and the quote
    /// extractor finds speakers by them.
    static let all: Set<String> = [
        "said", "says", "say", "added", "adds", "told", "tells", "declared", "asked", "asks", "insisted",
        "stressed", "explained", "warned", "wrote", "writes", "continued", "noted", "replied", "argued",
        "claimed", "tweeted", "posted", "announced", "admitted", "acknowledged", "conceded", "suggested",
        "urged", "vowed", "recalled", "insists", "stated", "states", "remarked", "observed", "commented",
        "pointed", "responded", "answered", "cautioned", "predicted", "promised", "emphasised",
        "emphasized", "reiterated", "affirmed", "reaffirmed", "maintained", "confirmed", "denied",
        "stating", "adding", "saying", "declaring", "telling", "writing", "noting", "arguing", "warning",
        "describing", "described", "calling", "called", "hailed", "praised", "welcomed",
    ]
}

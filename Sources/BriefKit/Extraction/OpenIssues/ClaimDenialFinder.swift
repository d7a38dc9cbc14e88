/// Finds reports that someone denies: a sentence with a verb of denial ("refuted", "denied",
/// "dismissed") aimed back at what the text has just reported ("these claims", "the reports",
/// "this", or opening with "However"), and the reported claims in the one or two sentences
/// before it ("reports suggested that…", "sources indicated…", "reportedly"). Each is one
/// disagreement with two sides, the reported and the denied, each credited to every source
/// that carries the same sentence.
struct ClaimDenialFinder {
    static let denialVerbs: Set<String> = [
        "refuted", "refutes", "refute", "denied", "denies", "deny", "dismissed", "dismisses", "rejected", "rejects",
        "disputed", "disputes", "contradicted", "contradicts", "downplayed", "downplays", "debunked", "disputing",
        "denying", "rejecting", "dismissing",
    ]
    /// Words that point back at something reported ("refuted these claims").
    static let claimNouns: Set<String> = [
        "claims", "claim", "reports", "report", "suggestion", "suggestions", "speculation", "rumours", "rumors",
        "allegations", "allegation", "account", "accounts", "idea", "notion",
    ]
    static let backPointers: Set<String> = ["these", "those", "this", "that", "such", "the", "it", "them"]
    /// Words that mark a sentence as reporting a claim rather than stating a fact.
    static let reportWords: Set<String> = [
        "reports", "reported", "reportedly", "suggested", "suggests", "indicated", "indicate", "claimed", "claims",
        "speculation", "rumoured", "rumored", "alleged", "allegedly", "according", "sources", "purportedly",
    ]

    /// What every verb of denial holds, in either case of its first letter.
    static let denialStems = PhraseSet(
        ["refut", "deni", "deny", "dismiss", "reject", "disput", "contradict", "downplay", "debunk"].flatMap {
            [$0, $0.prefix(1).uppercased() + $0.dropFirst()]
        })

    struct Found {
        var claims: [Int]
        var denial: Int
    }

    /// The claim–denial pairs of the corpus's sentences, the denial's index ascending.
    func find(in corpus: SegmentedCorpus) -> [Found] {
        var found: [Found] = []
        // A byte search turns away most sentences before they are tokenized.
        let mayDeny = corpus.sentences.parallelMap(grain: 1_024) { Self.denialStems.occurs(in: $0.text) }
        for (index, sentence) in corpus.sentences.enumerated() where mayDeny[index] {
            let words = Tokenizer.words(sentence.text)
            guard let verb = words.firstIndex(where: Self.denialVerbs.contains) else { continue }
            let object = words[(verb + 1)...].prefix(3)
            let pointsBack =
                (object.first.map(Self.backPointers.contains) ?? false && object.contains(where: Self.claimNouns.contains))
                || ["it", "this", "them"].contains(object.first ?? "") || words.first == "however"
            guard pointsBack else { continue }
            // The reported claims just before it, in the same paragraph of the same document.
            var claims: [Int] = []
            var k = index - 1
            while k >= 0, k >= index - 2, corpus.sentences[k].documentIndex == sentence.documentIndex,
                corpus.sentences[k].ref.paragraph == sentence.ref.paragraph
            {
                if Tokenizer.words(corpus.sentences[k].text).contains(where: Self.reportWords.contains) { claims.insert(k, at: 0) }
                k -= 1
            }
            if !claims.isEmpty { found.append(Found(claims: claims, denial: index)) }
        }
        return found
    }

    /// What the claim says: the words after "that" following a verb of reporting ("reports
    /// suggested that the deal could be back on the table" -> "the deal could be back on the
    /// table"), else nil.
    static func claimedMatter(_ text: String) -> String? {
        let tokens = WordToken.tokenize(text)
        for (i, token) in tokens.enumerated() where token.lowercased == "that" && i > 0 && i + 1 < tokens.count {
            guard reportWords.contains(tokens[i - 1].lowercased) else { continue }
            var matter = String(text[tokens[i + 1].range.lowerBound...])
            while let last = matter.last, ".!".contains(last) { matter.removeLast() }
            return matter
        }
        return nil
    }
}

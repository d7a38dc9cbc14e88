/// Titles: the brief's own, and each source's.
public enum BriefTitle {
    /// The headline most similar to the key points (the story the brief tells); without
    /// headlines, the opening words of the top key point.
    public static func choose(for corpus: SegmentedCorpus, keyPoints: [KeyPoint], analysis: CorpusAnalysis) -> String {
        let headlines = corpus.documents.compactMap(\.headline)
        let pointVectors = keyPoints.map { analysis.vectors.vector(for: $0.text) }
        var best: (title: String, score: Double)?
        for headline in headlines {
            let vector = analysis.vectors.vector(for: headline)
            let score = pointVectors.reduce(0) { $0 + vector.cosine($1) }
            if score > best?.score ?? -1 { best = (headline, score) }
        }
        if let best { return best.title }
        if let top = keyPoints.first { return shortened(top.text) }
        return "Brief"
    }

    /// A source's headline, or the opening words of its first sentence.
    public static func sourceTitle(of document: Document, firstSentence: String?) -> String {
        document.headline ?? firstSentence.map { shortened($0) } ?? document.id
    }

    /// At most `maxWords` words, with an ellipsis when cut.
    static func shortened(_ text: String, maxWords: Int = 12) -> String {
        let words = text.split(separator: " ")
        guard words.count > maxWords else { return text }
        var cut = words.prefix(maxWords).joined(separator: " ")
        while let last = cut.last, last.isPunctuation { cut.removeLast() }
        return cut + "…"
    }
}

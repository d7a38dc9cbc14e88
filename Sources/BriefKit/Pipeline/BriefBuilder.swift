/// The pipeline from documents to a ``Brief``, as a straight line of stages that tests and
/// benchmarks can also call one by one: segment, analyse, score, select key points, extract
/// the sections (actors, then quotes, agenda and open issues), assemble.
public struct BriefBuilder: Sendable {
    public var segmenter = SentenceSegmenter()
    public var scorer: any SentenceScorer = CentralityScorer()
    public var selector = KeyPointSelector()
    public var actorExtractor = ActorExtractor()
    public var quoteExtractor = QuoteExtractor()
    public var agendaExtractor = AgendaExtractor()
    public var openIssueExtractor = OpenIssueExtractor()
    /// Sentences longer than this many characters are cut into pieces before ranking.
    public var maxSentenceLength = SegmentedCorpus.defaultMaxSentenceLength

    public init() {}

    /// Builds the brief of `documents` for `date`.
    /// - Parameters:
    ///   - title: the brief's title; when nil, the headline closest to the key points.
    ///   - points: how many key points at most.
    ///   - words: a word budget for the key points (whole sentences in rank order until it is
    ///     reached); with it, `points` only bounds the count.
    /// - Throws: ``BriefError/noSentences`` when no document has a sentence.
    public func build(
        documents: [Document], date: BriefDate, title: String? = nil, points: Int = 10,
        words: Int? = nil
    ) throws(BriefError) -> Brief {
        var timings = StageTimings()
        return try build(documents: documents, date: date, title: title, points: points, words: words, timings: &timings)
    }

    /// Builds the brief as ``build(documents:date:title:points:words:)`` does, adding the time
    /// of each stage (segment, index, rank, extract) to `timings`.
    public func build(
        documents: [Document], date: BriefDate, title: String? = nil, points: Int = 10,
        words: Int? = nil, timings: inout StageTimings
    ) throws(BriefError) -> Brief {
        // A dateline's "March 4" is dated in the year that puts it just before the brief; a
        // file's modification day dates a source that gives no date of its own.
        let documents = documents.map { $0.resolvingDates(for: date) }
        let corpus = timings.measure(.segment) {
            SegmentedCorpus(documents: documents, segmenter: segmenter, maxSentenceLength: maxSentenceLength)
        }
        timings.sentences = corpus.sentences.count
        timings.cutSentences = corpus.cutSentences
        guard !corpus.sentences.isEmpty else { throw .noSentences }
        let analysis = timings.measure(.index) { CorpusAnalysis(corpus) }
        // Reports the text denies, found once: no key point, and an open issue with its denial.
        let (scores, keyPoints, denials) = timings.measure(.rank) {
            let scores = scorer.scores(for: corpus, analysis: analysis)
            let denials = ClaimDenialFinder().find(in: corpus)
            let excluded = Set(denials.flatMap(\.claims))
            return (
                scores,
                selector.select(count: points, wordBudget: words, from: corpus, analysis: analysis, scores: scores, excluding: excluded),
                denials
            )
        }
        var steps: [StageTimings.Step] = []
        let brief = timings.measure(.extract) {
            assemble(
                corpus: corpus, analysis: analysis, scores: scores, keyPoints: keyPoints, denials: denials, date: date, title: title,
                steps: &steps)
        }
        timings.steps += steps
        return brief
    }

    /// The sources list entries of documents that were not segmented (those a window left
    /// out): titled by their headline, else their first paragraph's opening words.
    public static func sources(of documents: [Document]) -> [Source] {
        documents.map { document in
            Source(
                id: document.id, title: BriefTitle.sourceTitle(of: document, firstSentence: document.paragraphs.first),
                path: document.path, metadata: document.metadata)
        }
    }

    private func assemble(
        corpus: SegmentedCorpus, analysis: CorpusAnalysis, scores: [Double], keyPoints: [KeyPoint],
        denials: [ClaimDenialFinder.Found], date: BriefDate, title: String?, steps: inout [StageTimings.Step]
    ) -> Brief {
        let context = StageTimings.step("extract.context", in: &steps) {
            ExtractionContext(corpus: corpus, analysis: analysis, date: date)
        }
        let actorAnalysis = StageTimings.step("extract.actors", in: &steps) {
            actorExtractor.extract(from: context, keyPoints: keyPoints)
        }
        let quotes = StageTimings.step("extract.quotes", in: &steps) {
            quoteExtractor.extract(from: context, actors: actorAnalysis)
        }
        let agenda = StageTimings.step("extract.agenda", in: &steps) {
            agendaExtractor.extract(from: context, actors: actorAnalysis.actors, scores: scores)
        }
        let openIssues = StageTimings.step("extract.open-issues", in: &steps) {
            openIssueExtractor.extract(from: context, scores: scores, agenda: agenda, denials: denials)
        }
        // Items that open with "he" or "she" name their person.
        let resolver = ReferentResolver(context: context, actors: actorAnalysis, quoteExtractor: quoteExtractor)
        let (keyPoints, resolvedAgenda, resolvedIssues) = StageTimings.step("extract.referents", in: &steps) {
            (resolver.resolve(keyPoints), resolver.resolve(agenda), resolver.resolve(openIssues))
        }
        var firstSentences = [String?](repeating: nil, count: corpus.documents.count)
        for sentence in corpus.sentences.reversed() { firstSentences[sentence.documentIndex] = sentence.text }
        let briefSources = zip(corpus.documents, firstSentences).map { document, first in
            Source(
                id: document.id, title: BriefTitle.sourceTitle(of: document, firstSentence: first), path: document.path,
                metadata: document.metadata)
        }
        return Brief(
            title: title ?? BriefTitle.choose(for: corpus, keyPoints: keyPoints, analysis: analysis),
            date: date,
            sources: briefSources,
            keyPoints: keyPoints,
            agenda: resolvedAgenda,
            actors: actorAnalysis.actors,
            quotes: quotes,
            openIssues: resolvedIssues
        )
    }
}

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
    /// Picks the archive's earlier briefs of the corpus's subject.
    public var subjectMatcher = SubjectMatcher()
    /// Marks the sections against the earlier briefs.
    public var noveltyMarker = NoveltyMarker()
    /// Tells a folder's stories apart; nil briefs every article as one story.
    public var storyGrouper: StoryGrouper? = StoryGrouper()
    /// Sentences longer than this many characters are cut into pieces before ranking.
    public var maxSentenceLength = SegmentedCorpus.defaultMaxSentenceLength

    public init() {}

    /// Builds the brief of `documents` for `date`.
    /// - Parameters:
    ///   - title: the brief's title; when nil, the headline closest to the key points.
    ///   - points: how many key points at most.
    ///   - words: a word budget for the key points (whole sentences in rank order until it is
    ///     reached); with it, `points` only bounds the count.
    ///   - earlier: the archive's earlier briefs (any subject: those of the corpus's subject
    ///     are picked by ``subjectMatcher``); each item is then marked new, updated or
    ///     reported (``Novelty``), and `points` and `words` count only new and updated points.
    ///   - onlyNew: leave out the key points an earlier brief reported.
    /// - Throws: ``BriefError/noSentences`` when no document has a sentence.
    public func build(
        documents: [Document], date: BriefDate, title: String? = nil, points: Int = 10,
        words: Int? = nil, earlier: [Brief] = [], onlyNew: Bool = false
    ) throws(BriefError) -> Brief {
        var timings = StageTimings()
        return try build(
            documents: documents, date: date, title: title, points: points, words: words, earlier: earlier, onlyNew: onlyNew,
            timings: &timings)
    }

    /// Builds the brief as ``build(documents:date:title:points:words:earlier:onlyNew:)`` does,
    /// adding the time of each stage (segment, index, rank, extract) to `timings`.
    public func build(
        documents: [Document], date: BriefDate, title: String? = nil, points: Int = 10,
        words: Int? = nil, earlier: [Brief] = [], onlyNew: Bool = false, timings: inout StageTimings
    ) throws(BriefError) -> Brief {
        let (brief, madeFrom) = try buildKeepingInputs(
            documents: documents, date: date, title: title, points: points, words: words, earlier: earlier, onlyNew: onlyNew,
            timings: &timings)
        // What the brief was made from is freed on another thread: the caller renders it meanwhile.
        madeFrom.releaseInBackground()
        return brief
    }

    /// The brief, and what it was made from (the corpus and its analysis), held by nothing else.
    /// (Never inlined: its own references must be let go before it returns, not moved past
    /// the hand-over into its caller.)
    @inline(never)
    private func buildKeepingInputs(
        documents: [Document], date: BriefDate, title: String?, points: Int,
        words: Int?, earlier: [Brief], onlyNew: Bool, timings: inout StageTimings
    ) throws(BriefError) -> (brief: Brief, madeFrom: Handover) {
        // A dateline's "March 4" is dated in the year that puts it just before the brief; a
        // file's modification day dates a source that gives no date of its own.
        let documents = documents.map { $0.resolvingDates(for: date) }
        let folder = timings.measure(.segment) {
            SegmentedCorpus(documents: documents, segmenter: segmenter, maxSentenceLength: maxSentenceLength)
        }
        guard !folder.sentences.isEmpty else { throw .noSentences }
        // A folder of several stories is briefed on its main one; the others are listed.
        let (corpus, vectors, otherStories) = timings.measure(.index) { mainStory(of: folder) }
        // The corpus's paragraphs and name mentions need the corpus alone: they are found on
        // another thread while it is analysed and ranked, whose single-core steps (the walk
        // over copies) leave cores idle.
        let found = BackgroundResult { [actorExtractor] in
            let paragraphs = ExtractionContext.paragraphs(of: corpus)
            let originals = vectors.textOriginals.originals.count == corpus.sentences.count ? vectors.textOriginals : nil
            return FoundMentions(
                paragraphs: paragraphs, mentions: actorExtractor.mentions(in: corpus, paragraphs: paragraphs, originals: originals))
        }
        let analysis = timings.measure(.index) { CorpusAnalysis(corpus, vectors: vectors) }
        timings.sentences = corpus.sentences.count
        timings.cutSentences = corpus.cutSentences
        timings.sentenceClasses = analysis.copies.members.count
        // Reports the text denies, found once: no key point, and an open issue with its denial.
        let (scores, keyPoints, denials, reports) = timings.measure(.rank) {
            let scores = scorer.scores(for: corpus, analysis: analysis)
            let denials = ClaimDenialFinder().find(in: corpus)
            let excluded = Set(denials.flatMap(\.claims))
            let reports = EarlierReports(
                briefs: subjectMatcher.sameSubject(earlier.filter { $0.date < date }, corpus: corpus, analysis: analysis, scores: scores))
            return (
                scores,
                selector.select(
                    count: points, wordBudget: words, from: corpus, analysis: analysis, scores: scores, excluding: excluded,
                    earlier: reports),
                denials, reports
            )
        }
        var steps: [StageTimings.Step] = []
        let (brief, context) = timings.measure(.extract) {
            assemble(
                corpus: corpus, analysis: analysis, found: found, scores: scores, keyPoints: keyPoints, denials: denials, date: date,
                title: title, steps: &steps)
        }
        timings.steps += steps
        var marked = noveltyMarker.mark(brief, against: reports, onlyNew: onlyNew)
        marked.otherStories = otherStories
        marked.alsoReported = Self.alsoReported(
            corpus: corpus, analysis: analysis, scores: scores, shown: Set(keyPoints.flatMap(\.provenance) + brief.openIssues.flatMap(\.provenance)))
        return (marked, Handover((documents, folder, corpus, vectors, analysis, scores, context)))
    }

    /// The folder's main story (``storyGrouper``), segmented, with its sentences' term vectors,
    /// and its other stories, each titled by its most central article. A folder of one story
    /// is its own main story.
    func mainStory(of folder: SegmentedCorpus) -> (corpus: SegmentedCorpus, vectors: TermVectors, others: [OtherStory]) {
        let vectors = TermVectors(texts: folder.sentences.map(\.text))
        guard let storyGrouper, folder.documents.count > 1, folder.documents.count <= storyGrouper.maximumArticles else {
            return (folder, vectors, [])
        }
        let articles = storyGrouper.articleVectors(of: folder, vectors: vectors)
        let stories = storyGrouper.stories(of: articles, sentenceCounts: StoryGrouper.sentenceCounts(of: folder))
        guard stories.count > 1 else { return (folder, vectors, []) }
        let entries = Self.sources(of: folder)
        let others = stories.dropFirst().map { members in
            let sources = members.map { entries[$0] }
            let central = StoryGrouper.centralMember(of: members, articles: articles).flatMap { members.firstIndex(of: $0) } ?? 0
            return OtherStory(title: sources[central].title, sources: sources)
        }
        let main = SegmentedCorpus(documents: stories[0].map { folder.documents[$0] }, segmenter: segmenter, maxSentenceLength: maxSentenceLength)
        return (main, TermVectors(texts: main.sentences.map(\.text)), others)
    }

    /// A corpus's paragraphs and the name mentions found in them (``ActorExtractor/mentions(in:paragraphs:originals:)``).
    struct FoundMentions: Sendable {
        var paragraphs: [[ExtractionContext.Paragraph]]
        var mentions: JoinedArrays<NameMention>
    }

    /// The best-ranked sentences beyond those `shown` (the key points' facts; the open issues',
    /// which report a matter as open, not as fact), each fact once (and each class of copies),
    /// at most ``Brief/maximumAlsoReported`` (``Brief/alsoReported``).
    static func alsoReported(corpus: SegmentedCorpus, analysis: CorpusAnalysis, scores: [Double], shown: Set<SentenceRef>) -> [String] {
        var kept: [Int] = []
        // A class of copies is looked at once, at its best-ranked sentence: its other copies
        // report the same fact in nearly the same words. Only those best sentences are put
        // in order (in corpus order first, so that ties still go to the earlier sentence).
        let classOf = analysis.copies.classOf
        var classBest = analysis.copies.representatives
        for (index, c) in classOf.enumerated() where scores[index] > scores[classBest[Int(c)]] { classBest[Int(c)] = index }
        let bests = classOf.indices.filter { classBest[Int(classOf[$0])] == $0 }
        for position in BestFirst(bests.map { scores[$0] }) {
            if kept.count >= Brief.maximumAlsoReported { break }
            let index = bests[position]
            let sentence = corpus.sentences[index]
            guard !shown.contains(sentence.ref), LineClassifier.wordCount(sentence.text) >= 4 else { continue }
            if kept.contains(where: { analysis.overlap($0, index).cosine >= FactThresholds.sameFact }) { continue }
            kept.append(index)
        }
        return kept.map { corpus.sentences[$0].text }
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

    /// The sources list entries of a segmented corpus's documents, in corpus order: titled by
    /// their headline, else their first sentence.
    static func sources(of corpus: SegmentedCorpus) -> [Source] {
        var firstSentences = [String?](repeating: nil, count: corpus.documents.count)
        for i in corpus.sentences.indices where firstSentences[corpus.sentences[i].documentIndex] == nil {
            firstSentences[corpus.sentences[i].documentIndex] = corpus.sentences[i].text
        }
        return zip(corpus.documents, firstSentences).map { document, first in
            Source(
                id: document.id, title: BriefTitle.sourceTitle(of: document, firstSentence: first), path: document.path,
                metadata: document.metadata)
        }
    }

    /// Sentences up to which figure disagreements are found while the actors are built (the
    /// people's pass leaves a core idle). Past it they are found after, when the name mentions,
    /// the run's largest structure, are freed: at 100,000 articles (2.2-3.7 million sentences),
    /// holding every figure beside them took the peak to 3,953-4,056 MiB (docs/benchmarks.md,
    /// eighth round). At 10,000 (220,000-370,000) it adds a few MiB.
    static let figuresBesideActorsLimit = 1_000_000

    private func assemble(
        corpus: SegmentedCorpus, analysis: CorpusAnalysis, found: BackgroundResult<FoundMentions>, scores: [Double],
        keyPoints: [KeyPoint], denials: [ClaimDenialFinder.Found], date: BriefDate, title: String?, steps: inout [StageTimings.Step]
    ) -> (brief: Brief, context: ExtractionContext) {
        // Waits for the paragraphs and mentions when they are not found yet. The mentions are
        // let go once the actors are built (they are the largest structure of a run).
        var taken = Optional(StageTimings.step("extract.mentions", in: &steps) { found.take() })
        let context = ExtractionContext(corpus: corpus, analysis: analysis, date: date, paragraphs: taken!.paragraphs)
        // What does not depend on the actors is found while they are built from their
        // mentions (mostly on one core) and while quotes are merged: it keeps the other cores
        // busy. (Its time is counted in the steps that wait for it, agenda and open issues.)
        // One piece of work at a time, for memory: the actors' mentions are the run's peak.
        let agendaCandidates = BackgroundResult { [agendaExtractor] in agendaExtractor.candidates(in: context) }
        // The figures too, on a corpus small enough that holding them beside the mentions
        // costs little; on a larger one they wait until the mentions are let go.
        let findFigures = { @Sendable in FigureDisagreementFinder().find(in: context.corpus, analysis: context.analysis, scores: scores) }
        let figuresBesideActors = corpus.sentences.count <= Self.figuresBesideActorsLimit ? BackgroundResult(findFigures) : nil
        let actorAnalysis = StageTimings.step("extract.actors", in: &steps) {
            actorExtractor.actors(from: taken.take()!.mentions, context: context, keyPoints: keyPoints)
        }
        let figures = figuresBesideActors ?? BackgroundResult(findFigures)
        let quotes = StageTimings.step("extract.quotes", in: &steps) {
            quoteExtractor.extract(from: context, actors: actorAnalysis)
        }
        let agenda = StageTimings.step("extract.agenda", in: &steps) {
            agendaExtractor.extract(from: context, candidates: agendaCandidates.take(), actors: actorAnalysis.actors, scores: scores)
        }
        let openIssues = StageTimings.step("extract.open-issues", in: &steps) {
            openIssueExtractor.extract(from: context, scores: scores, agenda: agenda, denials: denials, figures: figures.take())
        }
        // Items that open with "he" or "she" name their person.
        let resolver = ReferentResolver(context: context, actors: actorAnalysis, quoteExtractor: quoteExtractor)
        let (keyPoints, resolvedAgenda, resolvedIssues) = StageTimings.step("extract.referents", in: &steps) {
            (resolver.resolve(keyPoints), resolver.resolve(agenda), resolver.resolve(openIssues))
        }
        let briefSources = Self.sources(of: corpus)
        let brief = Brief(
            title: title ?? BriefTitle.choose(for: corpus, keyPoints: keyPoints, analysis: analysis),
            date: date,
            sources: briefSources,
            keyPoints: keyPoints,
            agenda: resolvedAgenda,
            actors: actorAnalysis.actors,
            quotes: quotes,
            openIssues: resolvedIssues
        )
        // The context goes back with the brief, to be freed with the corpus (its paragraphs are
        // millions of allocations).
        return (brief, context)
    }
}

/// Finds the people and organisations of the corpus, merges their aliases and gives each
/// person the most specific role the corpus states.
///
/// - A person is a name the corpus marks as one somewhere: with a title ("Treasury Secretary
///   Scott Bessent"), an honorific ("Mr Healey"), a role in apposition, or a verb of saying.
/// - Surnames ("Healey", "Mr Healey") join the person with that surname; "Sir Keir" joins
///   by first name; a role alone ("the Prime Minister") joins the one person holding it.
/// - Organisations: names with an organisation word ("Marine Corps"), known bodies ("NATO",
///   "White House") and acronyms, compared without case ("Nato" is "NATO").
/// - Countries and places are their own kind, never organisations: their aliases are one
///   ("US", "United States") and every mention counts.
/// - Days, months, nationalities and sentence-opening words are never actors.
public struct ActorExtractor: Sendable {
    /// The most people and organisations listed.
    public var maximumActors = 30
    /// The most countries and places listed.
    public var maximumPlaces = 12

    public init() {}

    /// The actors of `context`, most salient first, and every resolved mention.
    public func extract(from context: ExtractionContext, keyPoints: [KeyPoint]) -> ActorAnalysis {
        actors(
            from: mentions(in: context.corpus, paragraphs: context.paragraphs, originals: context.analysis.textOriginals),
            context: context, keyPoints: keyPoints)
    }

    /// Every name mention of `corpus`, whose paragraphs are `paragraphs`
    /// (``ExtractionContext/paragraphs(of:)``), in document order (each document's where it
    /// was found); `originals`, when known, are its sentences' first occurrences. The first
    /// half of ``extract(from:keyPoints:)``, the half that runs on every core; it needs the
    /// corpus alone, not its analysis.
    func mentions(
        in corpus: SegmentedCorpus, paragraphs: [[ExtractionContext.Paragraph]], originals: FirstOccurrences?
    ) -> JoinedArrays<NameMention> {
        let finder = MentionFinder(corpus: corpus, originals: originals)
        // Documents are searched on every core, a paragraph that repeats an earlier one word
        // for word not again: it takes the earlier one's mentions. Mentions stay in document
        // order, each document's where it was found (not copied into one array).
        let twins = ParagraphTwins(paragraphs)
        let found = Array(paragraphs.indices).parallelMap { document in
            paragraphs[document].enumerated().map { paragraphIndex, paragraph -> [NameMention] in
                guard twins.original(ofParagraph: paragraphIndex, inDocument: document) == nil else { return [] }
                return finder.mentions(in: paragraph, paragraphIndex: paragraphIndex)
            }
        }
        return JoinedArrays(
            Array(paragraphs.indices).parallelMap { document in
                found[document].indices.map { paragraphIndex -> [NameMention] in
                    guard let original = twins.original(ofParagraph: paragraphIndex, inDocument: document) else {
                        return found[document][paragraphIndex]
                    }
                    return found[original.document][original.paragraph].map { mention in
                        var mention = mention
                        mention.documentIndex = document
                        mention.paragraphIndex = paragraphIndex
                        return mention
                    }
                }.joinedInParallel()
            })
    }

    /// The actors `mentions` (``mentions(in:paragraphs:originals:)``) name, most salient first, and every resolved
    /// mention: people and organisations built from their mentions, each mostly on one core,
    /// the two side by side.
    func actors(from mentions: JoinedArrays<NameMention>, context: ExtractionContext, keyPoints: [KeyPoint]) -> ActorAnalysis {
        let organizations = BackgroundResult {
            var organizations = OrganizationBuilder()
            organizations.add(mentions)
            return organizations
        }
        var people = PeopleBuilder()
        people.add(mentions, in: context.paragraphs)

        let candidates = people.candidates() + organizations.take().candidates()
        let matcher = ActorMatcher(actors: candidates.map(\.outline))
        let named = keyPoints.map { matcher.actors(in: $0.text) }
        let salience = candidates.map { candidate -> Int in
            candidate.outline.mentions + 2 * candidate.documents.count
                + 3 * named.filter { $0.contains(candidate.outline.name) }.count
        }
        let order = candidates.indices.sorted { (salience[$0], -$0) > (salience[$1], -$1) }
        let isPlace = { (index: Int) in candidates[index].outline.kind == .place }
        // Only the actors listed get their role, sources and provenance written out.
        // Places by how often the corpus names them: their count is the point of listing them.
        let places = candidates.indices.filter(isPlace).sorted {
            (candidates[$0].outline.mentions, candidates[$0].documents.count, -$0) > (candidates[$1].outline.mentions, candidates[$1].documents.count, -$1)
        }
        let listed = order.filter { !isPlace($0) }.prefix(maximumActors) + places.prefix(maximumPlaces)
        let actors = listed.map { candidates[$0].actor(context) }
        return ActorAnalysis(actors: actors, personMentions: people.resolvedMentions)
    }
}

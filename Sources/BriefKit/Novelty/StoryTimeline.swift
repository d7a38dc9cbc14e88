/// A story told across the archive's days: every key point, quote, agenda item and open issue
/// of the briefs that matches the story's words or actor, on the day it first came up, with
/// its sources; a later day lists what was new or updated that day, and counts its repeats.
///
/// Pure: it reads briefs (oldest first or not) and never the file system. A day's item is a
/// repeat when an earlier day's matching item reported the same matter (as
/// ``EarlierReports`` decides it for a daily brief), and an update when it gave another figure.
public struct StoryTimeline: Hashable, Sendable {
    /// What a story follows.
    public struct Query: Hashable, Sendable {
        /// Words that must all occur in an item (stemmed: "pension" finds "pensions").
        public var words: String
        /// An actor the item must mention (by name or alias) or, for a quote, have said it.
        public var actor: String?
        /// The first and last day read.
        public var since: BriefDate?
        public var until: BriefDate?

        public init(words: String, actor: String? = nil, since: BriefDate? = nil, until: BriefDate? = nil) {
            self.words = words
            self.actor = actor
            self.since = since
            self.until = until
        }

        /// True when the query names something to follow.
        public var isEmpty: Bool {
            Tokenizer.terms(words).isEmpty && Tokenizer.words(actor ?? "").isEmpty
        }
    }

    /// One item of the story on the day it came up.
    public struct Entry: Hashable, Sendable {
        /// The sections an entry comes from.
        public enum Kind: String, Hashable, Sendable, CaseIterable {
            case keyPoint = "key point", quote, agenda, openIssue = "open issue"
            /// An open issue of an earlier day that this day's sources settle.
            case resolved
        }

        public var kind: Kind
        /// The item as the brief gave it (an agenda item with its day first).
        public var text: String
        /// The quote's speaker.
        public var speaker: String?
        /// The sources that reported it, as a reader knows them: headline (outlet).
        public var sources: [String]
        /// New, or an update of an earlier day's item (with the earlier value and day).
        public var novelty: Novelty
    }

    /// One archived day of the story.
    public struct Day: Hashable, Sendable {
        public var date: BriefDate
        /// The day's brief's title.
        public var title: String
        /// What was new or updated that day, in the brief's order of sections.
        public var entries: [Entry]
        /// How many of the day's matching items repeated an earlier day's.
        public var repeats: Int
    }

    /// The days on which the story came up, oldest first.
    public var days: [Day]

    /// Every entry of every day.
    public var entries: [Entry] { days.flatMap(\.entries) }
    /// How many matching items repeated an earlier day's, over all days.
    public var repeats: Int { days.reduce(0) { $0 + $1.repeats } }

    /// The story of `query` in `briefs`.
    public init(briefs: [Brief], query: Query) {
        let terms = Set(Tokenizer.terms(query.words))
        let actorWords = Tokenizer.words(query.actor ?? "")
        var told = EarlierReports(briefs: [])
        var days: [Day] = []
        // Every source label of the days read so far: a settled issue names the sources of the
        // day that listed it.
        var known: [String: String] = [:]
        for brief in briefs.sorted(by: { $0.date < $1.date }) {
            if let since = query.since, brief.date < since { continue }
            if let until = query.until, brief.date > until { continue }
            let matcher = ItemMatcher(brief: brief, terms: terms, actorWords: actorWords)
            var story = brief
            story.keyPoints = brief.keyPoints.filter { matcher.matches($0.text) }
            story.quotes = brief.quotes.filter { matcher.matches($0.text, speaker: $0.speaker) }
            story.agenda = brief.agenda.filter { matcher.matches($0.text) }
            story.openIssues = brief.openIssues.filter { matcher.matches($0.text) }
            story.alsoReported = []
            let resolved = (brief.comparison?.resolvedIssues ?? []).filter { matcher.matches($0.issue.text) }
            let total = story.keyPoints.count + story.quotes.count + story.agenda.count + story.openIssues.count + resolved.count
            guard total > 0 else { continue }

            let todays = Self.sourceLabels(of: brief)
            let label = { (id: String) in todays[id] ?? known[id] ?? id }
            var entries: [Entry] = []
            func add(_ kind: Entry.Kind, _ text: String, speaker: String? = nil, sources: [String], _ novelty: Novelty, own: Novelty?) {
                // The brief's own mark knows an update the story's earlier items may not hold.
                let mark = novelty.status == .new && own?.status == .updated ? own! : novelty
                guard mark.isNews else { return }
                entries.append(Entry(kind: kind, text: text, speaker: speaker, sources: sources.map(label), novelty: mark))
            }
            for point in story.keyPoints {
                add(.keyPoint, point.text, sources: point.sources, told.novelty(ofKeyPoint: point.text), own: point.novelty)
            }
            for quote in story.quotes {
                add(.quote, quote.text, speaker: quote.speaker, sources: quote.sources, told.novelty(ofQuote: quote.text), own: quote.novelty)
            }
            for item in story.agenda {
                add(
                    .agenda, "\(item.date?.longDescription ?? item.when): \(item.text)", sources: item.sources, told.novelty(ofAgendaItem: item),
                    own: item.novelty)
            }
            for issue in story.openIssues {
                add(.openIssue, issue.text, sources: issue.sources, told.novelty(ofOpenIssue: issue), own: issue.novelty)
            }
            for settled in resolved {
                let text = settled.issue.text + (settled.settledBy.map { " Now reported: \($0)" } ?? "")
                entries.append(
                    Entry(
                        kind: .resolved, text: text, sources: settled.issue.sources.map { known[$0] ?? label($0) },
                        novelty: Novelty(
                            status: .updated, firstReported: settled.listed, previousValue: "open", previousDate: settled.listed,
                            previousText: settled.issue.text)))
            }
            told.append(story)
            known.merge(todays) { _, today in today }
            days.append(Day(date: brief.date, title: brief.title, entries: entries, repeats: total - entries.count))
        }
        self.days = days
    }

    /// Each source id of `brief` as a reader knows the source: its headline and outlet.
    private static func sourceLabels(of brief: Brief) -> [String: String] {
        Dictionary(
            brief.sources.map { source in (source.id, source.outlet.map { "\(source.title) (\($0))" } ?? source.title) },
            uniquingKeysWith: { first, _ in first })
    }
}

/// Whether one brief's items belong to a story: all its words, and its actor by any name the
/// brief knows the actor by.
private struct ItemMatcher {
    let terms: Set<String>
    /// The word sequences that name the actor: the query's words, and every name and alias of
    /// the brief's actors whose name or alias holds them.
    let actorForms: [[String]]

    init(brief: Brief, terms: Set<String>, actorWords: [String]) {
        self.terms = terms
        guard !actorWords.isEmpty else {
            actorForms = []
            return
        }
        var forms = [actorWords]
        for actor in brief.actors {
            let names = ([actor.name] + actor.aliases).map(Tokenizer.words).filter { !$0.isEmpty }
            if names.contains(where: { Self.contains($0, actorWords) }) {
                forms += names
            }
        }
        actorForms = forms
    }

    func matches(_ text: String, speaker: String? = nil) -> Bool {
        if !terms.isEmpty {
            let have = Set(Tokenizer.terms(text + " " + (speaker ?? "")))
            guard terms.isSubset(of: have) else { return false }
        }
        guard !actorForms.isEmpty else { return true }
        let words = Tokenizer.words(text)
        let said = Tokenizer.words(speaker ?? "")
        return actorForms.contains { Self.contains(words, $0) || Self.contains(said, $0) }
    }

    /// True when `words` holds `run` as consecutive words.
    static func contains(_ words: [String], _ run: [String]) -> Bool {
        guard !run.isEmpty, run.count <= words.count else { return false }
        return (0...(words.count - run.count)).contains { start in words[start..<(start + run.count)].elementsEqual(run) }
    }
}

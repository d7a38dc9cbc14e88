import Foundation

/// The DUC 2007 update task as a daily brief sees it: each topic's articles come in three
/// subsets in time order (A, B, C). A is briefed into an empty archive, then B with only what
/// is new against A's brief, then C against A's and B's; B and C are scored with ROUGE-2 as
/// NIST scored them (jackknifed over the four human summaries), beside the participants'
/// summaries scored by the same code, and by their stale rate: the share of their sentences
/// whose content the earlier subsets' articles already held.
public struct UpdateEvaluation: Sendable {
    /// One subset of a topic: its articles, their newest day, the human summaries and the
    /// participants' summaries.
    public struct Subset: Sendable {
        public var name: String
        public var documents: String
        public var newestDay: BriefDate?
        public var references: [String]
        public var peers: [String: String]
    }

    /// One topic: its subsets A, B and C in order.
    public struct Topic: Sendable {
        public var id: String
        public var subsets: [Subset]
    }

    public var topics: [Topic]
    /// How many words of each summary count.
    public var words = 100
    /// The content-term overlap (``EarlierReports/overlap(_:_:)``) at which a sentence restates
    /// one of the earlier subsets' sentences, for the stale rate.
    public var staleOverlap = 0.5

    /// Reads the topics of `folder`: folders `<topic>-A`, `-B`, `-C`, each with `docs/`,
    /// `refs/`, `peers/` and `cluster.json` (its `docs[].date` give the subset's newest day).
    /// - Throws: ``BriefError/missingPath(_:)``, or ``BriefError/emptyCorpus(_:)`` when no topic has all three subsets.
    public init(folder: String) throws(BriefError) {
        guard FileManager.default.fileExists(atPath: folder) else { throw .missingPath(folder) }
        let names = EvaluationFolder.names(in: folder)
        var byTopic: [String: [Subset]] = [:]
        for name in names {
            let base = folder + "/" + name
            guard let dash = name.lastIndex(of: "-"), FileManager.default.fileExists(atPath: base + "/docs"),
                FileManager.default.fileExists(atPath: base + "/refs")
            else { continue }
            var peers: [String: String] = [:]
            for (file, text) in EvaluationFolder.texts(in: base + "/peers") { peers[String(file.dropLast(4))] = text }
            byTopic[String(name[..<dash]), default: []].append(
                Subset(
                    name: name, documents: base + "/docs", newestDay: Self.newestDay(in: base + "/cluster.json"),
                    references: EvaluationFolder.texts(in: base + "/refs").map(\.1), peers: peers))
        }
        topics = byTopic.keys.sorted().compactMap { id in
            let subsets = byTopic[id]!.sorted { $0.name < $1.name }
            return subsets.count >= 2 ? Topic(id: id, subsets: subsets) : nil
        }
        guard !topics.isEmpty else { throw .emptyCorpus([folder]) }
    }

    private static func newestDay(in clusterFile: String) -> BriefDate? {
        guard let data = FileManager.default.contents(atPath: clusterFile),
            let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
            let docs = object["docs"] as? [[String: Any]]
        else { return nil }
        return docs.compactMap { ($0["date"] as? String).flatMap(BriefDate.init) }.max()
    }

    /// brief's summaries of one topic's subsets, in order: the first briefed alone, each later
    /// one with only its new and updated key points against the briefs before it (the first
    /// as a daily brief keeps it: ten points), within ``words``.
    public func summaries(of topic: Topic, pipeline: BriefPipeline = BriefPipeline(), onlyNew: Bool = true) throws(BriefError) -> [Brief] {
        var archive: [Brief] = []
        var summaries: [Brief] = []
        var previous: BriefDate?
        for (index, subset) in topic.subsets.enumerated() {
            let corpus = try pipeline.read([subset.documents])
            if corpus.documents.isEmpty { throw .emptyCorpus([subset.documents]) }
            var day = subset.newestDay ?? BriefPipeline.defaultDate(for: corpus.documents)
            if let previous, day <= previous { day = previous.adding(days: 1) }
            previous = day
            let summary = try pipeline.build(
                documents: corpus.documents, date: day, points: 1_000, words: words, earlier: archive, onlyNew: onlyNew)
            summaries.append(summary)
            // The archive keeps the brief a reader saw: the first subset's daily brief, then
            // each update.
            archive.append(
                index == 0 ? try pipeline.build(documents: corpus.documents, date: day, earlier: archive) : summary)
        }
        return summaries
    }

    /// A summary's text as ROUGE reads it: one sentence per line.
    public static func text(of brief: Brief) -> String {
        brief.keyPoints.map(\.text).joined(separator: "\n") + "\n"
    }

    /// ROUGE-`n` recall of `peer`, jackknifed as NIST did: the mean over each way of leaving
    /// one of the `references` out of the -f A recall against the rest.
    public static func jackknifed(_ peer: String, references: [String], rouge: Rouge, n: Int = 2) -> Double {
        guard references.count > 1 else { return rouge.score(peer: peer, references: references, n: n).recall }
        let scores = references.indices.map { left in
            rouge.score(peer: peer, references: references.enumerated().filter { $0.offset != left }.map(\.element), n: n).recall
        }
        return scores.reduce(0, +) / Double(scores.count)
    }

    /// How many of `summary`'s sentences (one per line) restate one of `earlier`'s sentences:
    /// their content terms overlap by at least ``staleOverlap``.
    public func staleCount(of summary: String, earlier: [Set<String>]) -> (stale: Int, sentences: Int) {
        let sentences = sentences(of: summary)
        return (staleSentences(of: summary, earlier: earlier).count, sentences.count)
    }

    /// The sentences of `summary` that restate one of `earlier`'s (see ``staleCount(of:earlier:)``).
    /// With `facts` (each earlier sentence's), a sentence that gives a figure or day its match
    /// does not allow reports a change, not held content, and is not stale.
    public func staleSentences(of summary: String, earlier: [Set<String>], facts: [SentenceFacts]? = nil) -> [String] {
        sentences(of: summary).filter { sentence in
            let terms = Set(Tokenizer.terms(sentence))
            let now = facts == nil ? nil : SentenceFacts(sentence)
            return earlier.indices.contains { i in
                guard EarlierReports.overlap(terms, earlier[i]) >= staleOverlap else { return false }
                guard let facts, let now else { return true }
                return EarlierReports.changedValue(from: facts[i], to: now) == nil
            }
        }
    }

    /// ``staleCount(of:earlier:)`` where a sentence reporting a changed figure or day is not
    /// stale (see ``staleSentences(of:earlier:facts:)``).
    public func staleCount(of summary: String, earlier: [Set<String>], facts: [SentenceFacts]) -> (stale: Int, sentences: Int) {
        (staleSentences(of: summary, earlier: earlier, facts: facts).count, sentences(of: summary).count)
    }

    /// The sentences of a summary within ``words``: one per line, a line with several split.
    func sentences(of summary: String) -> [String] { Self.sentences(of: summary, words: words) }

    static func sentences(of summary: String, words: Int = 100) -> [String] {
        var kept: [String] = []
        var used = 0
        let segmenter = SentenceSegmenter()
        for line in summary.split(separator: "\n") where used < words {
            for sentence in segmenter.sentences(in: String(line)) where used < words {
                kept.append(sentence)
                used += LineClassifier.wordCount(sentence)
            }
        }
        return kept
    }

    /// The sentences of a subset's articles.
    public func sentences(of subset: Subset, pipeline: BriefPipeline = BriefPipeline()) throws(BriefError) -> [String] {
        let corpus = try pipeline.read([subset.documents])
        return SegmentedCorpus(documents: corpus.documents, segmenter: pipeline.builder.segmenter).sentences.map(\.text)
    }
}

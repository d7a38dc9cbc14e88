import Foundation

/// Measures ``StoryGrouper`` on folders whose stories are known by construction: every DUC
/// cluster is one story, so it must stay whole; two clusters put in one folder are two stories,
/// which must come apart; a cluster with one article of another beside it must lead with the
/// cluster and set the stray article apart.
public struct StoryEvaluation: Sendable {
    /// One story's articles, read once.
    public struct Story: Sendable {
        public var name: String
        public var documents: [Document]
    }

    /// What one threshold gave over every folder.
    public struct Result: Sendable, Equatable {
        public var threshold: Double
        /// Single stories, and how many came out in more than one piece.
        public var single = 0, singleSplit = 0
        /// Articles set apart from their own single story.
        public var articlesSplitOff = 0
        /// Folders of two stories, and how many came out as exactly those two.
        public var pairs = 0, pairsSeparated = 0
        /// Folders of two stories whose pieces hold articles of both.
        public var pairsMixed = 0
        /// Folders of one story and one stray article, and how many led with the story whole,
        /// the stray article apart.
        public var strays = 0, straysSeparated = 0
    }

    public var stories: [Story]

    /// The stories: one per folder of articles (a DUC cluster's `docs/`, or any folder).
    public init(stories: [Story]) {
        self.stories = stories
    }

    /// Reads each DUC-layout set's clusters, and any plain folders, as stories.
    /// - Throws: what reading throws.
    public init(ducSets: [String], folders: [String] = [], pipeline: BriefPipeline = BriefPipeline()) throws(BriefError) {
        var stories: [Story] = []
        for set in ducSets {
            for cluster in try DUCEvaluation(folder: set).clusters {
                stories.append(Story(name: cluster.name, documents: try pipeline.read([cluster.documents]).documents))
            }
        }
        for folder in folders {
            stories.append(Story(name: (folder as NSString).lastPathComponent, documents: try pipeline.read([folder]).documents))
        }
        self.stories = stories
    }

    /// The folders made of the stories, each with its stories' article counts in order: every
    /// story alone; each story with the next (the last with the first); each story with the
    /// next one's first article.
    func folders() -> [(kind: Kind, documents: [Document], sizes: [Int])] {
        var folders: [(Kind, [Document], [Int])] = stories.map { (.single, $0.documents, [$0.documents.count]) }
        guard stories.count > 1 else { return folders }
        for (index, story) in stories.enumerated() {
            let next = stories[(index + 1) % stories.count]
            folders.append((.pair, story.documents + next.documents, [story.documents.count, next.documents.count]))
            if let stray = next.documents.first { folders.append((.stray, story.documents + [stray], [story.documents.count, 1])) }
        }
        return folders
    }

    enum Kind { case single, pair, stray }

    /// The grouping's results at each of `thresholds`.
    public func evaluate(thresholds: [Double], builder: BriefBuilder = BriefBuilder()) -> [Result] {
        let prepared = folders().map { folder in
            let documents = folder.documents.enumerated().map { index, document in
                var document = document
                document.id = "\(index)-\(document.id)"
                return document
            }
            let corpus = SegmentedCorpus(documents: documents, segmenter: builder.segmenter)
            return (folder.kind, corpus, TermVectors(texts: corpus.sentences.map(\.text)), folder.sizes)
        }
        return thresholds.map { threshold in
            var grouper = builder.storyGrouper ?? StoryGrouper()
            grouper.threshold = threshold
            var result = Result(threshold: threshold)
            for (kind, corpus, vectors, sizes) in prepared {
                let found = grouper.stories(of: corpus, vectors: vectors)
                // The true story of each document index: 0 for the first `sizes[0]`, then 1.
                let truth = { (index: Int) in index < sizes[0] ? 0 : 1 }
                switch kind {
                case .single:
                    result.single += 1
                    if found.count > 1 { result.singleSplit += 1 }
                    result.articlesSplitOff += corpus.documents.count - (found.first?.count ?? 0)
                case .pair:
                    result.pairs += 1
                    let pure = found.allSatisfy { Set($0.map(truth)).count == 1 }
                    if !pure { result.pairsMixed += 1 }
                    if found.count == 2 && pure { result.pairsSeparated += 1 }
                case .stray:
                    result.strays += 1
                    if found.first?.count == sizes[0], found.first?.allSatisfy({ truth($0) == 0 }) == true {
                        result.straysSeparated += 1
                    }
                }
            }
            return result
        }
    }
}

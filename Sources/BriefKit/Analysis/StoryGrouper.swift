import Foundation

/// Tells the stories of a folder apart: groups its articles by what they are about, so that a
/// folder holding several stories is briefed on its main one, the others listed, instead of
/// mixing them.
///
/// Each article is a TF-IDF vector over its terms: the number of its sentences that hold a
/// term, times the term's rarity among the folder's sentences, times ``nameWeight`` for a
/// name; scaled to unit length. Articles are joined by group-average agglomerative clustering:
/// two groups merge while the mean cosine over all their pairs of articles reaches
/// ``threshold`` and ``cohesionRatio`` of the groups' own mean. The mean is computed from the
/// groups' summed vectors (`ΣA · ΣB / (|A| |B|)`), so no pair is visited. The mean of all
/// pairs, not the closest pair, decides: two stories that share one or two similar articles
/// (both about "Britain" and "London") stay apart, while one story told over several days,
/// whose articles each resemble a few others, stays together.
///
/// Up to ``exactLimit`` groups are clustered exactly (a matrix of their mean similarities,
/// updated as groups merge); a larger folder first merges mutual nearest neighbours found
/// through ``SimilarityGraph``, in rounds, until it is small enough or nothing more merges.
/// Tuned on DUC 2003 and the seeds, checked on DUC 2004 (`brief eval stories`): no cluster
/// of either loses an article but DUC 2003's reprinted statute text.
public struct StoryGrouper: Sendable {
    /// The mean cosine between two groups' articles at which they are one story.
    public var threshold = 0.05
    /// How much more a name weighs than another word: the people, places and organisations
    /// an article is about tell its story best, while the words every story uses ("said",
    /// "officials", "week") tie unrelated articles together.
    public var nameWeight = 3.0
    /// How close two groups must be compared with how close each group's own articles are:
    /// their mean similarity must reach this share of the groups' cohesion. Stories differ in
    /// how tightly they are told (five rewrites of one wire story; ten articles over a month),
    /// so a fixed threshold alone either splits the loose ones or joins the tight ones.
    public var cohesionRatio = 0.2
    /// In a folder of more than ``exactLimit`` articles, how many of its heaviest terms stand
    /// for each article, so that the groups' summed vectors stay small.
    public var largeFolderTerms = 80
    /// The largest folder told apart; a larger one is briefed as one story. The rounds that
    /// make a large folder small enough to cluster exactly sum ever longer vectors, and on
    /// 10,000 articles of one shape they doubled the whole run.
    public var maximumArticles = 2_000
    /// The fewest sentences an article needs to be set apart from the main story.
    public var minimumSentences = 3
    /// How many groups are clustered exactly.
    public var exactLimit = 60

    public init() {}

    /// The stories of `corpus`: each a list of document indices in corpus order; the main
    /// story first (the most articles, then the earliest), then the others in that order.
    /// A corpus of one document, or none, is one story.
    public func stories(of corpus: SegmentedCorpus, vectors: TermVectors) -> [[Int]] {
        stories(of: articleVectors(of: corpus, vectors: vectors), sentenceCounts: Self.sentenceCounts(of: corpus))
    }

    /// The number of sentences of each document of `corpus`.
    public static func sentenceCounts(of corpus: SegmentedCorpus) -> [Int] {
        var counts = [Int](repeating: 0, count: corpus.documents.count)
        for sentence in corpus.sentences { counts[sentence.documentIndex] += 1 }
        return counts
    }

    /// The stories of documents with these ``articleVectors(of:vectors:)`` and sentence
    /// counts. An article of fewer than ``minimumSentences`` sentences says too little to be
    /// told apart: it stays with the main story.
    public func stories(of articles: [SparseVector], sentenceCounts: [Int]) -> [[Int]] {
        let eligible = articles.indices.filter { sentenceCounts[$0] >= minimumSentences }
        guard eligible.count > 1, articles.count <= maximumArticles else { return articles.isEmpty ? [] : [Array(articles.indices)] }
        var found = stories(of: eligible.map { articles[$0] }).map { $0.map { eligible[$0] } }
        found[0] = (found[0] + articles.indices.filter { sentenceCounts[$0] < minimumSentences }).sorted()
        return found
    }

    /// The stories of the documents whose ``articleVectors(of:vectors:)`` are `articles`, each
    /// a list of indices into `articles`, main story first (every article counts).
    public func stories(of articles: [SparseVector]) -> [[Int]] {
        let count = articles.count
        guard count > 1 else { return count == 1 ? [[0]] : [] }
        var groups = articles.enumerated().map { Group(member: $0.offset, vector: $0.element) }
        while groups.count > exactLimit {
            let merged = mergeMutualNeighbours(groups)
            if merged.count == groups.count { break }
            groups = merged
        }
        groups = clusterExactly(groups)
        return
            groups
            .map { $0.members.sorted() }
            .sorted { ($0.count, -($0.first ?? 0)) > ($1.count, -($1.first ?? 0)) }
    }

    /// The member of `members` closest to the story's other articles (the greatest summed
    /// cosine with them; the first on a tie): the article that stands for the story.
    public static func centralMember(of members: [Int], articles: [SparseVector]) -> Int? {
        guard let first = members.first else { return nil }
        let sum = Group(members: members, articles: articles).vector
        return members.dropFirst().reduce(first) { best, member in
            articles[member].dot(sum) > articles[best].dot(sum) ? member : best
        }
    }

    /// The mean cosine between the articles of the story `members` and those of `others`
    /// (0 when either is empty).
    public static func meanSimilarity(_ members: [Int], _ others: [Int], articles: [SparseVector]) -> Double {
        guard !members.isEmpty, !others.isEmpty else { return 0 }
        let a = Group(members: members, articles: articles), b = Group(members: others, articles: articles)
        return a.linkage(b)
    }

    /// One unit vector per document: over the terms of its sentences, each weighted by
    /// `s · idf`, where `s` counts the document's sentences that hold the term and `idf` is
    /// the term's rarity among the folder's sentences (``TermVectors``), times ``nameWeight``
    /// for a name (``nameTerms(of:vectors:)``).
    public func articleVectors(of corpus: SegmentedCorpus, vectors: TermVectors) -> [SparseVector] {
        // Each document's sentences, as a range of the corpus's (they come document by document).
        var ranges = [Range<Int>](repeating: 0..<0, count: corpus.documents.count)
        for (index, sentence) in corpus.sentences.enumerated() {
            let range = ranges[sentence.documentIndex]
            ranges[sentence.documentIndex] = range.isEmpty ? index..<(index + 1) : range.lowerBound..<(index + 1)
        }
        let names = nameWeight == 1 ? [] : Self.nameTerms(of: corpus, vectors: vectors)
        let large = corpus.documents.count > exactLimit
        return ranges.parallelMap(grain: 64) { range in
            var terms: [Int32: Int] = [:]
            for index in range { for term in vectors.vectors[index].terms { terms[term, default: 0] += 1 } }
            var weighted = terms.map { term, count in
                (term, Double(count) * vectors.inverseFrequency(ofTermID: term) * (names.contains(term) ? nameWeight : 1))
            }
            if large && weighted.count > largeFolderTerms { weighted = Array(weighted.sorted { ($0.1, -$0.0) > ($1.1, -$1.0) }.prefix(largeFolderTerms)) }
            let sorted = weighted.sorted { $0.0 < $1.0 }
            let weights = sorted.map(\.1)
            let norm = weights.reduce(0) { $0 + $1 * $1 }.squareRoot()
            return SparseVector(terms: sorted.map(\.0), weights: norm > 0 ? weights.map { $0 / norm } : weights)
        }
    }

    /// The terms that are names: those whose words, where they do not open a sentence, are
    /// capitalised at least 60 % of the time ("Pinochet", "Healey", "Swissair"; not "said").
    static func nameTerms(of corpus: SegmentedCorpus, vectors: TermVectors) -> Set<Int32> {
        // On every core, slices of sentences counted apart (each with its own memo), then summed.
        let slices = blockRanges(count: corpus.sentences.count, size: 4_096).parallelMap(grain: 1) { slice in
            var capitalised: [Int32: Int] = [:], seen: [Int32: Int] = [:]
            // Each spelling's term, found once: a word met again costs one look-up.
            var spellings: [Substring: Int32] = [:]
            for sentence in corpus.sentences[slice] {
                let scalars = sentence.text.unicodeScalars
                let words = scalars.split(whereSeparator: { !($0.properties.isAlphabetic || $0.properties.numericType != nil || $0 == "'" || $0 == "’") })
                for scalarWord in words.dropFirst() {
                    guard let first = scalarWord.first, first.properties.isAlphabetic else { continue }
                    let word = Substring(scalarWord)
                    let term: Int32
                    if let known = spellings[word] {
                        term = known
                    } else {
                        let lowered = word.lowercased()
                        term = StopWords.english.contains(lowered) ? -1 : vectors.termIDs[PorterStemmer.stem(lowered)] ?? -1
                        spellings[word] = term
                    }
                    guard term >= 0 else { continue }
                    seen[term, default: 0] += 1
                    if first.properties.isUppercase { capitalised[term, default: 0] += 1 }
                }
            }
            return (seen, capitalised)
        }
        var capitalised: [Int32: Int] = [:], seen: [Int32: Int] = [:]
        for (sliceSeen, sliceCapitalised) in slices {
            seen.merge(sliceSeen, uniquingKeysWith: +)
            capitalised.merge(sliceCapitalised, uniquingKeysWith: +)
        }
        return Set(seen.compactMap { term, count in Double(capitalised[term] ?? 0) >= 0.6 * Double(count) ? term : nil })
    }

    /// True when groups whose mean similarity is `linkage` are one story: it reaches
    /// ``threshold`` and ``cohesionRatio`` times their cohesion (the geometric mean of the two
    /// groups' own mean similarities; a single article takes the other group's).
    private func joins(_ a: Group, _ b: Group, linkage: Double) -> Bool {
        guard linkage >= threshold else { return false }
        let reference: Double
        switch (a.cohesion, b.cohesion) {
        case let (x?, y?): reference = (x * y).squareRoot()
        case let (x?, nil), let (nil, x?): reference = x
        case (nil, nil): return true
        }
        return linkage >= cohesionRatio * reference
    }

    /// Group-average clustering of `groups` with a matrix of mean similarities: the closest
    /// pair merges while it reaches the threshold, and the merged group's means follow from
    /// its parts' (Lance–Williams).
    private func clusterExactly(_ groups: [Group]) -> [Group] {
        var groups = groups
        let n = groups.count
        var linkage = [[Double]](repeating: [Double](repeating: 0, count: n), count: n)
        for i in 0..<n {
            for j in (i + 1)..<n {
                let value = groups[i].linkage(groups[j])
                linkage[i][j] = value
                linkage[j][i] = value
            }
        }
        var alive = [Bool](repeating: true, count: n)
        while true {
            var best = (i: -1, j: -1, value: threshold)
            for i in 0..<n where alive[i] {
                for j in (i + 1)..<n where alive[j] && linkage[i][j] >= best.value {
                    if (linkage[i][j] > best.value || best.i < 0) && joins(groups[i], groups[j], linkage: linkage[i][j]) {
                        best = (i, j, linkage[i][j])
                    }
                }
            }
            guard best.i >= 0 else { break }
            let (i, j) = (best.i, best.j)
            let (ni, nj) = (Double(groups[i].members.count), Double(groups[j].members.count))
            for k in 0..<n where alive[k] && k != i && k != j {
                let value = (ni * linkage[i][k] + nj * linkage[j][k]) / (ni + nj)
                linkage[i][k] = value
                linkage[k][i] = value
            }
            groups[i] = groups[i].merged(with: groups[j])
            alive[j] = false
        }
        return groups.indices.filter { alive[$0] }.map { groups[$0] }
    }

    /// One round for a large folder: each group's nearest neighbour by mean similarity among
    /// its neighbours in the similarity graph of the groups' summed vectors; groups that are
    /// each other's nearest, at the threshold or above, merge.
    private func mergeMutualNeighbours(_ groups: [Group]) -> [Group] {
        // A mean similarity is at most the cosine of the sums, so the graph misses no pair
        // that reaches the threshold (beyond its cap on neighbours).
        let graph = SimilarityGraph(vectors: groups.map(\.vector), threshold: threshold)
        let nearest = groups.indices.map { i -> Int? in
            var best: (j: Int, value: Double)? = nil
            for edge in graph.neighbors[i] {
                let value = groups[i].linkage(groups[edge.target])
                if value >= threshold, joins(groups[i], groups[edge.target], linkage: value),
                    best.map({ value > $0.value || (value == $0.value && edge.target < $0.j) }) ?? true
                {
                    best = (edge.target, value)
                }
            }
            return best?.j
        }
        var merged: [Group] = []
        for i in groups.indices {
            if let j = nearest[i], nearest[j] == i {
                if i < j { merged.append(groups[i].merged(with: groups[j])) }
            } else {
                merged.append(groups[i])
            }
        }
        return merged
    }
}

/// A group of articles and the sum of their unit vectors.
private struct Group {
    let members: [Int]
    let vector: SparseVector
    /// The mean cosine over the pairs of articles in the group; nil for a single article.
    /// Kept, not derived on demand: the exact step asks it of every pair it weighs.
    let cohesion: Double?

    init(member: Int, vector: SparseVector) {
        self.init(members: [member], vector: vector)
    }

    init(members: [Int], articles: [SparseVector]) {
        self.init(members: members, vector: members.dropFirst().reduce(articles[members[0]]) { $0.adding(articles[$1]) })
    }

    private init(members: [Int], vector: SparseVector) {
        self.members = members
        self.vector = vector
        let size = Double(members.count)
        cohesion = size > 1 ? (vector.dot(vector) - size) / (size * (size - 1)) : nil
    }

    /// The mean cosine over every pair of an article here and one in `other`.
    func linkage(_ other: Group) -> Double {
        vector.dot(other.vector) / Double(members.count * other.members.count)
    }

    func merged(with other: Group) -> Group {
        Group(members: members + other.members, vector: vector.adding(other.vector))
    }
}

extension SparseVector {
    /// The sum with `other`, term by term.
    func adding(_ other: SparseVector) -> SparseVector {
        var terms: [Int32] = [], weights: [Double] = []
        terms.reserveCapacity(self.terms.count + other.terms.count)
        weights.reserveCapacity(self.terms.count + other.terms.count)
        var i = 0, j = 0
        while i < self.terms.count || j < other.terms.count {
            if j >= other.terms.count || (i < self.terms.count && self.terms[i] < other.terms[j]) {
                terms.append(self.terms[i]); weights.append(self.weights[i]); i += 1
            } else if i >= self.terms.count || other.terms[j] < self.terms[i] {
                terms.append(other.terms[j]); weights.append(other.weights[j]); j += 1
            } else {
                terms.append(self.terms[i]); weights.append(self.weights[i] + other.weights[j]); i += 1; j += 1
            }
        }
        return SparseVector(terms: terms, weights: weights)
    }
}

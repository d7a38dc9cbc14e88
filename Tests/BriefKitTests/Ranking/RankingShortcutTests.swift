import BriefBenchmarkKit
import Testing

@testable import BriefKit

/// The ranking stage's shortcuts for large corpora give exactly what the plain computation
/// gives: the walk in blocks on every core, and the key-point pool that stops reading early.
@Suite struct RankingShortcutTests {
    /// LexRank as one serial loop per step (the textbook form), for comparison.
    private func serialLexRank(
        _ graph: SimilarityGraph, damping: Double = 0.85, iterations: Int = 100,
        tolerance: Double = 1e-10
    ) -> [Double] {
        let n = graph.neighbors.count
        let outWeight = graph.neighbors.map { $0.reduce(0) { $0 + $1.similarity } }
        var incoming = [[(source: Int, similarity: Double)]](repeating: [], count: n)
        for (source, edges) in graph.neighbors.enumerated() {
            for edge in edges { incoming[edge.target].append((source, edge.similarity)) }
        }
        var rank = [Double](repeating: 1 / Double(n), count: n)
        for _ in 0..<iterations {
            var dangling = 0.0
            var share = [Double](repeating: 0, count: n)
            for i in 0..<n {
                if outWeight[i] > 0 { share[i] = rank[i] / outWeight[i] } else { dangling += rank[i] }
            }
            let base = (1 - damping) / Double(n) + damping * dangling / Double(n)
            var delta = 0.0
            for j in 0..<n {
                var sum = 0.0
                for edge in incoming[j] { sum += share[edge.source] * edge.similarity }
                let value = base + damping * sum
                delta += abs(value - rank[j])
                rank[j] = value
            }
            if delta < tolerance { break }
        }
        let top = rank.max()!
        return rank.map { $0 / top }
    }

    /// A random graph of `n` nodes, some with no edges out.
    private func randomGraph(_ n: Int, seed: UInt64) -> SimilarityGraph {
        var generator = SplitMix64(seed: seed)
        let neighbors = (0..<n).map { i -> [SimilarityGraph.Edge] in
            let count = Int.random(in: 0...6, using: &generator)
            return (0..<count).map { _ in
                var target = Int.random(in: 0..<n, using: &generator)
                if target == i { target = (i + 1) % n }
                return SimilarityGraph.Edge(target: target, similarity: Double.random(in: 0.1...1, using: &generator))
            }
        }
        return SimilarityGraph(neighbors: neighbors)
    }

    @Test func lexRankInBlocksIsTheSerialWalkToTheLastBit() {
        // Several blocks of 16,384 nodes, so that the blocks and the cores really split the work.
        let graph = randomGraph(40_000, seed: 11)
        let (blocks, serial) = (LexRank.centrality(graph), serialLexRank(graph))
        #expect(blocks.count == serial.count)
        let differing = zip(blocks, serial).filter { $0 != $1 }.count
        #expect(differing == 0, "\(differing) of \(serial.count) ranks differ")
        // A walk that converges early (a cycle's ranks are equal at once) stops where the serial one does.
        let cycle = SimilarityGraph(neighbors: (0..<5).map { [SimilarityGraph.Edge(target: ($0 + 1) % 5, similarity: 0.5)] })
        #expect(LexRank.centrality(cycle) == serialLexRank(cycle))
        #expect(LexRank.centrality(cycle, iterations: 3) == [1, 1, 1, 1, 1])
        #expect(LexRank.centrality(SimilarityGraph(neighbors: [])) == [])
    }

    @Test func keyPointPoolIsTheBestEligibleSentencesByAdjustedScore() throws {
        // Sentences that are eligible or not (too short, a lead-in ending in a colon), some
        // opening with a pronoun (readability 0.75); scores drawn from a few values, so that
        // many tie and the tie-break by position matters (eighths: 4/8 at readability 0.75
        // is exactly 3/8, so sentences tie across scores too).
        var generator = SplitMix64(seed: 5)
        let words = ["council", "budget", "river", "flood", "vote", "mayor", "barrier", "homes", "steel", "costs"]
        let articles = (0..<30).map { a -> (String, String) in
            let sentences = (0..<60).map { _ -> String in
                let length = Int.random(in: 3...12, using: &generator)
                var text = (0..<length).map { _ in words.randomElement(using: &generator)! }.joined(separator: " ")
                if Bool.random(using: &generator) { text = "they " + text }
                return text.prefix(1).uppercased() + text.dropFirst() + (Int.random(in: 0..<8, using: &generator) == 0 ? ":" : ".")
            }
            return ("source-\(a)", "Headline \(a)\n\n" + sentences.joined(separator: " "))
        }
        let corpus = SegmentedCorpus(documents: TestSupport.documents(articles))
        #expect(corpus.sentences.count > 1_500)
        let scores = corpus.sentences.indices.map { _ in Double(Int.random(in: 0...8, using: &generator)) / 8 }
        let adjusted = corpus.sentences.indices.map { i -> Double in
            let text = corpus.sentences[i].text
            return KeyPointSelector.canStandAlone(text) ? scores[i] * KeyPointEligibility.readability(text) : -1
        }
        let everyEligible = corpus.sentences.indices.filter { adjusted[$0] >= 0 }
            .sorted { (adjusted[$0], -$0) > (adjusted[$1], -$1) }
        for size in [1, 50, 200, 1_000, everyEligible.count + 10] {
            for blockSize in [1, 7, 1_024] {
                let (pool, values) = KeyPointSelector().candidatePool(
                    size: size, corpus: corpus, scores: scores,
                    blockSize: blockSize)
                #expect(pool == Array(everyEligible.prefix(size)), "pool of \(size), blocks of \(blockSize)")
                #expect(pool.allSatisfy { values[$0] == adjusted[$0] })
            }
        }
        // With copy classes (every sentence printed by three articles), a class's sentences
        // past its first in the pool are passed over: blocks of one read each sentence, so
        // larger blocks, which skip them unread, must give the same pool.
        let reprinted = SegmentedCorpus(
            documents: TestSupport.documents(articles + articles.map { ($0.0 + "-b", $0.1) } + articles.map { ($0.0 + "-c", $0.1) }))
        let texts = reprinted.sentences.map(\.text)
        let copies = SentenceCopies(vectors: TermVectors(texts: texts).vectors, texts: texts, documents: reprinted.sentences.map(\.documentIndex))
        #expect(copies.members.count * 2 < texts.count)
        let reprintedScores = reprinted.sentences.indices.map { scores[$0 % scores.count] }
        for size in [1, 50, 1_000] {
            let one = KeyPointSelector().candidatePool(size: size, corpus: reprinted, scores: reprintedScores, copies: copies, blockSize: 1)
            #expect(Set(one.pool.map { copies.classOf[$0] }).count == one.pool.count)
            for blockSize in [7, 1_024] {
                let other = KeyPointSelector().candidatePool(size: size, corpus: reprinted, scores: reprintedScores, copies: copies, blockSize: blockSize)
                #expect(other.pool == one.pool, "pool of \(size), blocks of \(blockSize)")
                #expect(other.pool.allSatisfy { other.adjusted[$0] == one.adjusted[$0] })
            }
        }
    }

    @Test func termVectorsDoNotDependOnTheSlicing() throws {
        // The seed sentences with possessives, numbers and stop words, tokenized in slices of
        // one sentence, of seven, and all at once: same ids, frequencies and vectors.
        let texts = SegmentedCorpus(documents: try TestSupport.seedDocuments()).sentences.map(\.text)
        let whole = TermVectors(texts: texts, sliceSize: texts.count)
        for size in [1, 7, 16_384] {
            let sliced = TermVectors(texts: texts, sliceSize: size)
            #expect(sliced.termIDs == whole.termIDs, "slices of \(size)")
            #expect(sliced.documentFrequency == whole.documentFrequency)
            #expect(sliced.vectors == whole.vectors)
        }
    }

    /// A sentence reprinted word for word takes its original's vector and terms, tokenized
    /// once: the same ids, frequencies and vectors as when each copy is read on its own (here,
    /// each made unlike the others by a trailing stop word, which adds no term), in slices of
    /// any size, copies before, within and after a slice's end.
    @Test func repeatedSentencesGetTheVectorsOfSentencesReadAlone() throws {
        let seed = SegmentedCorpus(documents: try TestSupport.seedDocuments()).sentences.map(\.text)
        var random = SplitMix64(seed: 23)
        var texts: [String] = []
        var alone: [String] = []
        for (index, text) in seed.enumerated() {
            texts.append(text)
            alone.append(text + String(repeating: " the", count: alone.count))
            for _ in 0..<Int(random.next() % 3) where index > 0 {
                let earlier = Int(random.next() % UInt64(index + 1))
                texts.append(seed[earlier])
                alone.append(seed[earlier] + String(repeating: " the", count: alone.count))
            }
        }
        let originals = FirstOccurrences(texts: texts)
        #expect(originals.originals.enumerated().filter { $0.offset != Int($0.element) }.count > seed.count / 2)
        let reference = TermVectors(texts: alone, sliceSize: 16_384)
        #expect(FirstOccurrences(texts: alone).originals.enumerated().allSatisfy { $0.offset == Int($0.element) })
        for size in [1, 7, 16_384] {
            let repeated = TermVectors(texts: texts, sliceSize: size)
            #expect(repeated.termIDs == reference.termIDs, "slices of \(size)")
            #expect(repeated.documentFrequency == reference.documentFrequency)
            #expect(repeated.vectors == reference.vectors)
        }
        // The copy classes are the same whether signatures are shared or made for each copy.
        let vectors = reference.vectors
        let documents = texts.indices.map { $0 / 3 }
        let shared = SentenceCopies(vectors: vectors, texts: texts, documents: documents, originals: originals)
        #expect(shared.classOf == SentenceCopies(vectors: vectors, texts: texts, documents: documents).classOf)
    }

    /// First occurrences are byte for byte: a text only canonically equal ("é" written as "e"
    /// and an accent) is an original of its own.
    @Test func firstOccurrencesAreTheSameBytes() {
        let texts = ["Café opens.", "Storm hits.", "Cafe\u{301} opens.", "Café opens.", "Storm hits.", "", ""]
        #expect(texts[0] == texts[2])
        #expect(FirstOccurrences(texts: texts).originals == [0, 1, 2, 0, 1, 5, 5])
    }

    /// The furniture check in one pass over the bytes, and the opening letters read as bytes,
    /// give what a search for each marker and the characters' letters give, on seeded lines
    /// of markers, wire codes, openings, other case and letters beyond ASCII.
    @Test func furnitureInOnePassIsFurnitureMarkerByMarker() {
        func reference(_ text: String) -> Bool {
            let bytes = Array(text.utf8)
            for marker in KeyPointEligibility.furnitureMarkers where ByteMatch.containsIgnoringASCIICase(bytes, marker) { return true }
            if text.hasPrefix("Eds:") || text.hasPrefix("EDS:") { return true }
            if bytes.count >= 4 {
                for i in 0..<(bytes.count - 3) where bytes[i] == 38 && bytes[i + 3] == 59 {
                    if (65...90).contains(bytes[i + 1]) && (65...90).contains(bytes[i + 2]) { return true }
                }
            }
            return KeyPointEligibility.furnitureOpenings.contains(String(text.prefix { $0.isLetter }).lowercased())
        }
        let pieces = [
            "HTTPS://", "http:/", "https://x", "www.", "WwW", "pic.twitter.com", "pic.twitter.co", "(@", "(", "@", "&UR;", "&Ur;",
            "&QC", ";", "&", "Eds:", "EDS", "Click", "click", "Here", "hereby", "Watch", "é", "e\u{301}", "Ünder", "ß", "—", " ", ",",
            "storm", "The", "200", "said", ".", "\u{200D}", "\r\n",
        ]
        var random = SplitMix64(seed: 31)
        var furniture = 0
        for _ in 0..<20_000 {
            let text = random.text(of: pieces, count: 1...6)
            #expect(KeyPointEligibility.isFurniture(text) == reference(text), "\(text.debugDescription)")
            #expect(KeyPointEligibility.openingLetters(of: text) == String(text.prefix { $0.isLetter }).lowercased())
            if reference(text) { furniture += 1 }
        }
        // Both answers are common, so the comparison means something.
        #expect(furniture > 2_000 && furniture < 18_000)
    }
}

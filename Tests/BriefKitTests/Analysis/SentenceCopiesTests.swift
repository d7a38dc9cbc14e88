import BriefBenchmarkKit
import Synchronization
import Testing

@testable import BriefKit

/// Classes of near-identical sentences, on sentences whose answers are known by construction,
/// and the walk on classes against the walk on every sentence.
@Suite struct SentenceCopiesTests {
    /// The classes of `sentences`, each `(article, text)`.
    static func copies(_ sentences: [(Int, String)]) -> SentenceCopies {
        let vectors = TermVectors(texts: sentences.map(\.1))
        return SentenceCopies(vectors: vectors.vectors, texts: sentences.map(\.1), documents: sentences.map(\.0))
    }

    static let wire = "The regional council approved a flood defence budget after a long debate on barriers for the river district."

    @Test func aReprintWithASwappedWordIsACopy() {
        let copies = Self.copies([
            (0, Self.wire),
            (1, "The regional council approved a flood defence budget after a lengthy debate on barriers for the river district."),
            (2, Self.wire),
        ])
        #expect(copies.classOf == [0, 0, 0])
        #expect(copies.members.map(Array.init) == [[0, 1, 2]])
        #expect(copies.representative(of: 2) == 0)
        #expect(copies.representatives == [0])
    }

    /// The classes' lists, made from each sentence's class after the walk: each class's
    /// sentences in corpus order, classes in order of their first sentence.
    @Test func classListsHoldEachClassesSentencesInOrder() {
        let members = SentenceCopies.ClassMembers(classOf: [0, 1, 0, 2, 1, 1], classCount: 3)
        #expect(members.map(Array.init) == [[0, 2], [1, 4, 5], [3]])
        #expect(SentenceCopies.ClassMembers(classOf: [], classCount: 0).isEmpty)
    }

    @Test func anotherFigureOrDayKeepsSentencesApart() {
        let copies = Self.copies([
            (0, "The strike closed 40 schools across the region on Monday, the teachers union said."),
            (1, "The strike closed 45 schools across the region on Monday, the teachers union said."),
            (2, "The strike closed 40 schools across the region on Tuesday, the teachers union said."),
            (3, "The strike closed 40 schools across the region on Monday, the teachers union said."),
        ])
        #expect(copies.classOf == [0, 1, 2, 0])
    }

    @Test func unrelatedSentencesAndOneArticleRepeatingItselfStayApart() {
        let copies = Self.copies([
            (0, Self.wire),
            (0, Self.wire),
            (1, "Engineers warned that costs could rise sharply if steel prices keep climbing through the year."),
            (2, "Short line."),
        ])
        #expect(copies.isEmpty)
        #expect(copies.members.count == 4)
    }

    @Test func classesDoNotDependOnHowManyCopiesThereAre() {
        // 3,000 reprints of one sentence and 3,000 of another: two classes, every copy found.
        let other = "Residents of the coastal towns had campaigned for new sea walls since the storms of last winter."
        let sentences = (0..<6_000).map { i in (i / 2, i.isMultiple(of: 2) ? Self.wire : other) }
        let copies = Self.copies(sentences)
        #expect(copies.members.count == 2)
        #expect(copies.members.map(\.count) == [3_000, 3_000])
    }

    @Test func comparingInBatchesGivesTheClassesOfOneWalk() {
        // 40 wire sentences reprinted by 300 articles, each reprint with one word of the
        // sentence's own swapped for another at random, some printed twice by an article:
        // copies whose first leader may be in the same batch or an earlier one.
        var random = SplitMix64(seed: 20)
        let words = ["council", "budget", "debate", "barriers", "river", "district", "harbour", "schools", "teachers", "union"]
        let wires = (0..<40).map { s in
            (0..<12).map { w in words[(s * 7 + w * 3) % words.count] + String(UnicodeScalar(UInt8(97 + (s + w) % 26))) }
        }
        var sentences: [(Int, String)] = []
        for article in 0..<300 {
            for wire in wires where random.next() % 3 == 0 {
                var reprint = wire
                reprint[Int(random.next() % UInt64(wire.count))] = words[Int(random.next() % UInt64(words.count))]
                sentences.append((article, reprint.joined(separator: " ") + "."))
                // An article that repeats itself: its second copy cannot join the class its
                // first is in, so the walk goes past the first leader it copies.
                if random.next() % 8 == 0 { sentences.append((article, reprint.joined(separator: " ") + ".")) }
            }
        }
        let vectors = TermVectors(texts: sentences.map(\.1)).vectors
        let classes = [1, 97, 4_096, sentences.count].map { size in
            SentenceCopies(vectors: vectors, texts: sentences.map(\.1), documents: sentences.map(\.0), batchSize: size)
        }
        #expect(sentences.count > 3_000)
        #expect(classes[0].members.count < sentences.count / 10)
        for other in classes.dropFirst() {
            #expect(other.classOf == classes[0].classOf)
            #expect(other.members == classes[0].members)
        }
    }

    /// Articles in corpus order (as a segmented corpus has them) are checked by each class's
    /// latest article, any other order by a set of pairs: the same classes either way. Here the
    /// articles of a corpus with repeated sentences are renumbered out of order, which keeps
    /// which sentences share an article and so must keep the classes.
    @Test func articlesInOrderAndOutOfOrderGiveTheSameClasses() {
        var random = SplitMix64(seed: 7)
        let wires = [Self.wire, "Residents of the coastal towns had campaigned for new sea walls since the storms of last winter."]
        var sentences: [(Int, String)] = []
        for article in 0..<400 {
            for wire in wires where random.next() % 2 == 0 {
                sentences.append((article, wire))
                // Printed twice by one article: the second stays out of the first's class.
                if random.next() % 5 == 0 { sentences.append((article, wire)) }
            }
        }
        let texts = sentences.map(\.1)
        let vectors = TermVectors(texts: texts).vectors
        let inOrder = SentenceCopies(vectors: vectors, texts: texts, documents: sentences.map(\.0))
        let renumbered = SentenceCopies(vectors: vectors, texts: texts, documents: sentences.map { ($0.0 * 7_919) % 400 })
        #expect(inOrder.members.count > 2)
        #expect(inOrder.members.count < sentences.count / 20)
        #expect(renumbered.classOf == inOrder.classOf)
        #expect(renumbered.members == inOrder.members)
        // No class holds two sentences of one article.
        for members in inOrder.members {
            #expect(Set(members.map { sentences[Int($0)].0 }).count == members.count)
        }
    }

    @Test func aCopyIsLookedAtOnlyWhenItsRepresentativeHasTheProperty() {
        let lengthy = Self.wire.replacingOccurrences(of: "long", with: "lengthy")
        let sentences = [(0, Self.wire), (1, lengthy), (2, Self.wire), (3, "Short line.")]
        let copies = Self.copies(sentences)
        #expect(copies.classOf == [0, 0, 0, 1])
        let looked = Mutex<[Int]>([])
        // The property: the sentence's length, for sentences holding "flood" (all the copies).
        let lengths = copies.values(grain: 1) { i -> Int? in
            looked.withLock { $0.append(i) }
            return sentences[i].1.contains("flood") ? sentences[i].1.count : nil
        }
        #expect(lengths == [Self.wire.count, lengthy.count, Self.wire.count, nil])
        // Each representative once, and the copies of the one that has it.
        #expect(looked.withLock { $0.sorted() } == [0, 1, 2, 3])
        let none = copies.values(grain: 1) { i -> Int? in
            looked.withLock { $0.append(i) }
            return nil
        }
        #expect(none == [nil, nil, nil, nil])
        #expect(looked.withLock { $0.count } == 4 + 2)
    }

    /// The walk on classes of identical sentences (a class of m joined to each other with
    /// similarity 1) gives every sentence the centrality the walk on all the sentences gives it.
    @Test func theWalkOnClassesIsTheWalkOnEverySentence() {
        let sizes = [3, 1, 2, 1]
        let between: [[Double]] = [
            [0, 0.4, 0.2, 0],
            [0.4, 0, 0.5, 0.3],
            [0.2, 0.5, 0, 0],
            [0, 0.3, 0, 0],
        ]
        // Every sentence, class by class.
        let classOf = sizes.enumerated().flatMap { c, size in [Int](repeating: c, count: size) }
        let full = SimilarityGraph(
            neighbors: classOf.indices.map { i in
                classOf.indices.compactMap { j -> SimilarityGraph.Edge? in
                    guard i != j else { return nil }
                    let similarity = classOf[i] == classOf[j] ? 1 : between[classOf[i]][classOf[j]]
                    return similarity > 0 ? SimilarityGraph.Edge(target: j, similarity: similarity) : nil
                }
            })
        let classes = SimilarityGraph(
            neighbors: between.map { row in
                row.indices.compactMap { j in row[j] > 0 ? SimilarityGraph.Edge(target: j, similarity: row[j]) : nil }
            })
        let expected = LexRank.centrality(full)
        let perClass = LexRank.centrality(classes, sizes: sizes.map(Double.init))
        for (i, c) in classOf.enumerated() {
            #expect(abs(perClass[c] - expected[i]) < 1e-6, "sentence \(i) of class \(c)")
        }
    }

    @Test func aFactReprintedByEveryOutletIsCreditedToEveryOutletOnce() throws {
        let outlets = (0..<60).map { "paper-\($0)" }
        let articles = outlets.enumerated().map { i, outlet in
            let swapped = i.isMultiple(of: 3) ? Self.wire.replacingOccurrences(of: "long", with: "lengthy") : Self.wire
            return (
                outlet,
                """
                Council budget
                \(swapped)
                The mayor of the district number \(i) said the vote in hall \(i) came after \(i + 2) hours.
                """
            )
        }
        let brief = try BriefBuilder().build(documents: TestSupport.documents(articles), date: BriefDate("2025-03-05")!)
        let points = brief.keyPoints.filter { $0.text.contains("flood defence budget") }
        #expect(points.count == 1)
        let point = try #require(points.first)
        #expect(Set(point.sources) == Set(outlets))
        #expect(point.sources.count == outlets.count)
    }
}

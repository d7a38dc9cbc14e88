/// Finds figures the sources disagree on: for each thing counted ("dead", "flight", "%"),
/// each source's figure for it (the one it gives most often), in sentences that report the
/// same as another source's, grouped into sides of figures that agree (ranges that
/// overlap: "more than 600" and "600-700" agree); two sides or more are a disagreement
/// ("the dead: 3 (A) · 4 (B, C) · 7 (D)").
///
/// A figure narrowed by a name that most sources reporting that thing do not put beside it
/// ("All Nippon Airways cancelled over 100 flights" against "350 flights were cancelled")
/// counts a part, not the same thing. A figure for anything but people harmed or moved also
/// needs two words of context in common with another source's (what is counted, and how).
struct FigureDisagreementFinder {
    /// One disagreement: the thing counted and its sides, each with its sentences.
    struct Found: Sendable {
        var unit: String
        var noun: String
        var sides: [(values: [String], members: [(sentence: Int, quantity: Quantity)])]
        var weight: Double
    }

    static let casualtyUnits: Set<String> = ["dead", "injured", "missing", "evacuated"]
    /// Units of time: "15 years" and "20 years" are ages, terms or spans of different things
    /// far more often than two reports of one.
    static let durations: Set<String> = ["year", "month", "week", "day", "hour", "minut", "second", "decad", "centuri"]
    /// Term overlap at which two sentences with figures report the same thing.
    static let sameReportOverlap = 0.3

    func find(in corpus: SegmentedCorpus, analysis: CorpusAnalysis, scores: [Double]) -> [Found] {
        // Every figure of the corpus, with its sentence, by what it counts.
        // Blocks of sentences on every core, each remembering the stems it has found; a
        // sentence reprinted word for word has its original's figures.
        let originals = analysis.textOriginals
        let own = blockRanges(count: corpus.sentences.count, size: 2_048).parallelMap(grain: 1) { block in
            var stems: [String: String] = [:]
            return block.map { i in
                guard originals.isOriginal(i), SentenceFacts.mayHoldFacts(corpus.sentences[i].text) else { return [Quantity]() }
                return Quantity.all(in: corpus.sentences[i].text, stems: &stems)
            }
        }.joinedInParallel()
        // Where each figure stands, by what it counts: a sentence and a place among its
        // original's figures (twelve bytes; the figures themselves stay in `own`, once each).
        var byUnit: [String: [FigurePlace]] = [:]
        for (index, original) in originals.originals.enumerated() {
            for (position, quantity) in own[Int(original)].enumerated() {
                byUnit[quantity.unit, default: []].append(FigurePlace(sentence: Int32(index), original: original, position: Int32(position)))
            }
        }
        // Each thing counted on its own, the things shared out over every core, the most
        // figures first: a large one taken last was left alone on one core at the end. The
        // results go back in the units' order.
        let units = byUnit.keys.sorted().filter { !Self.durations.contains($0) }
        let largestFirst = units.indices.sorted { (byUnit[units[$0]]!.count, $1) > (byUnit[units[$1]]!.count, $0) }
        let foundLargestFirst = largestFirst.parallelMap(grain: 1) { index in
            let figures = byUnit[units[index]]!.map { (sentence: Int($0.sentence), quantity: own[Int($0.original)][Int($0.position)]) }
            return Self.disagreements(on: units[index], among: figures, corpus: corpus, analysis: analysis, scores: scores)
        }
        var foundByUnit = [[Found]](repeating: [], count: units.count)
        for (index, found) in zip(largestFirst, foundLargestFirst) { foundByUnit[index] = found }
        let found = foundByUnit.joinedInParallel()
        return found.sorted { ($0.weight, $1.unit) > ($1.weight, $0.unit) }
    }

    /// Where a figure stands: its sentence, that sentence's first occurrence (whose figures
    /// a reprint shares), and the figure's place among them.
    private struct FigurePlace {
        var sentence: Int32
        var original: Int32
        var position: Int32
    }

    /// The disagreements on the figures for `unit`, whose figures `all` are.
    private static func disagreements(
        on unit: String, among all: [(sentence: Int, quantity: Quantity)], corpus: SegmentedCorpus, analysis: CorpusAnalysis,
        scores: [Double]
    ) -> [Found] {
        var found: [Found] = []
        let sources = Set(all.map { corpus.sentences[$0.sentence].documentIndex })
        guard sources.count >= 2 else { return [] }
        // Names that most of these sources' sentences give say what the story is about.
        var nameSources: [String: Set<Int>] = [:]
        let allNames = Set(all.flatMap(\.quantity.names))
        if !allNames.isEmpty {
            for member in all {
                LetterRuns.forEach(in: corpus.sentences[member.sentence].text) { word in
                    guard allNames.contains(String(word)) else { return }
                    nameSources[String(word), default: []].insert(corpus.sentences[member.sentence].documentIndex)
                }
            }
        }
        let common = Set(nameSources.filter { $0.value.count * 2 >= sources.count && $0.value.count >= 2 }.keys)
        let byNames = Dictionary(grouping: all) { $0.quantity.names.subtracting(common).sorted() }
        for key in byNames.keys.sorted(by: { $0.joined(separator: " ") < $1.joined(separator: " ") }) {
            // Each source's figure for the thing: the one it gives most often (its story's,
            // not a figure it recalls from another), the first on a tie.
            let bySource = Dictionary(grouping: byNames[key]!) { corpus.sentences[$0.sentence].documentIndex }
            var members = bySource.values.map { figures -> (sentence: Int, quantity: Quantity) in
                let counts = Dictionary(grouping: figures) { $0.quantity.text.lowercased() }.mapValues(\.count)
                return figures.max { (counts[$0.quantity.text.lowercased()]!, -$0.sentence) < (counts[$1.quantity.text.lowercased()]!, -$1.sentence) }!
            }.sorted { $0.sentence < $1.sentence }
            // A source's figure counts the same thing as another's only where the two
            // sentences report the same (term overlap), and, but for people harmed, say
            // two words of what is counted alike.
            // (Candidates are the sentence's copies and its neighbours in the similarity
            // graph, whose edges join the classes' representatives.)
            let byClass = Dictionary(grouping: members) { analysis.copies.classOf[$0.sentence] }
            members = members.filter { member in
                let document = corpus.sentences[member.sentence].documentIndex
                func agrees(_ other: (sentence: Int, quantity: Quantity)) -> Bool {
                    corpus.sentences[other.sentence].documentIndex != document
                        && analysis.isSameFact(member.sentence, other.sentence, threshold: Self.sameReportOverlap)
                        && (Self.casualtyUnits.contains(unit) || member.quantity.context.intersection(other.quantity.context).count >= 2)
                }
                let own = analysis.copies.classOf[member.sentence]
                if byClass[own]!.contains(where: agrees) { return true }
                return analysis.neighbors(of: member.sentence).contains { edge in
                    let target = analysis.copies.classOf[edge.target]
                    return target != own && (byClass[target] ?? []).contains(where: agrees)
                }
            }
            guard members.count >= 2 else { continue }
            let sides = Self.sides(of: members)
            guard sides.count >= 2 else { continue }
            // Figures a factor of ten apart or more count different things ("62" and "over 10,000").
            let lows = members.map(\.quantity.low).filter { $0 > 0 }
            if let smallest = lows.min(), let largest = members.map(\.quantity.low).max(), largest >= smallest * 10 { continue }
            let weight = members.map { scores[$0.sentence] }.reduce(0, +)
            found.append(Found(unit: unit, noun: members[0].quantity.noun, sides: sides, weight: weight))
        }
        return found
    }

    /// The figures grouped into sides that agree, lowest first: a figure joins the side
    /// before it when its range overlaps that side's.
    static func sides(
        of members: [(sentence: Int, quantity: Quantity)]
    ) -> [(values: [String], members: [(sentence: Int, quantity: Quantity)])] {
        let sorted = members.sorted { ($0.quantity.low, $0.quantity.high, $0.sentence) < ($1.quantity.low, $1.quantity.high, $1.sentence) }
        var sides: [(values: [String], members: [(sentence: Int, quantity: Quantity)], high: Double)] = []
        // The last side's values as a set too: a side of thousands of reprints stays linear.
        var lastValues: Set<String> = []
        for member in sorted {
            if !sides.isEmpty, member.quantity.low <= sides[sides.count - 1].high {
                sides[sides.count - 1].members.append(member)
                if lastValues.insert(member.quantity.text).inserted { sides[sides.count - 1].values.append(member.quantity.text) }
                sides[sides.count - 1].high = max(sides[sides.count - 1].high, member.quantity.high)
            } else {
                sides.append((values: [member.quantity.text], members: [member], high: member.quantity.high))
                lastValues = [member.quantity.text]
            }
        }
        return sides.map { ($0.values, $0.members) }
    }
}

import Foundation

/// Scores a brief's content against hand-made gold: the distinct facts a human brief of the
/// corpus would hold, the disagreements between its sources, and items that must not appear.
///
/// A gold fact or disagreement is matched by an item whose text holds, for each of its
/// `match` groups, at least one of the group's words (lower case, as substrings: "reaffirm"
/// matches "reaffirmed"). The figures, for the first ``keyPointsScored`` key points:
/// - facts covered: gold facts matched by a key point;
/// - repeated: key points that match only facts an earlier key point already matched;
/// - cannot stand alone: key points, agenda items and open issues that open with a connective,
///   an unresolved pronoun or "The move…", or are cut ("…");
/// - disagreements found: gold disagreements matched by a disagreement (its text and sides);
///   false: disagreements that match none;
/// - must-not: items holding a phrase the gold forbids.
public struct FactEvaluation: Sendable {
    /// One gold file.
    public struct Gold: Codable, Sendable {
        public struct Item: Codable, Sendable {
            public var id: String
            /// What the fact or disagreement is, in the gold author's words.
            public var text: String
            /// Groups of alternative words; an item matches when it holds one of each group.
            public var match: [[String]]
        }
        public struct Forbidden: Codable, Sendable {
            public var text: String
            public var phrases: [String]
        }
        /// Where the articles are: `project` (relative to the working folder) or `eval` (to the
        /// evaluation data's folder), and the path.
        public struct Corpus: Codable, Sendable {
            public var root: String
            public var path: String
        }
        public var name: String
        public var corpus: Corpus
        public var date: String
        /// How the gold was made.
        public var howMade: String
        public var facts: [Item]
        public var disagreements: [Item]
        public var mustNotAppear: [Forbidden]
    }

    /// The figures of one corpus.
    public struct Result: Sendable {
        public var name: String
        public var facts: Int
        public var covered: Int
        public var repeated: Int
        public var cannotStandAlone: Int
        public var disagreements: Int
        public var disagreementsFound: Int
        public var falseDisagreements: Int
        public var mustNot: Int
        /// What was wrong, one line each, for `--details`.
        public var details: [String]
    }

    public static let keyPointsScored = 10

    public init() {}

    static func matches(_ text: String, _ item: Gold.Item) -> Bool {
        let lower = text.lowercased()
        return !item.match.isEmpty && item.match.allSatisfy { group in group.contains { lower.contains($0.lowercased()) } }
    }

    /// True when `text` leans on what comes before it or is cut.
    static func cannotStandAlone(_ text: String, resolutions: [Resolution]) -> Bool {
        if text.hasSuffix("…") { return true }
        switch KeyPointEligibility.opening(of: text) {
        case .independent: return false
        case .personalPronoun: return resolutions.isEmpty
        case .dependent: return true
        }
    }

    /// Scores `brief` against `gold`.
    public func score(_ brief: Brief, against gold: Gold) -> Result {
        var details: [String] = []
        let points = Array(brief.keyPoints.prefix(Self.keyPointsScored))
        var matched: Set<String> = []
        var repeated = 0
        for (index, point) in points.enumerated() {
            let facts = gold.facts.filter { Self.matches(point.text, $0) }.map(\.id)
            if !facts.isEmpty, Set(facts).isSubset(of: matched) {
                repeated += 1
                details.append("repeated: point \(index + 1) (\(facts.joined(separator: ", "))): \(point.text)")
            }
            matched.formUnion(facts)
        }
        for fact in gold.facts where !matched.contains(fact.id) { details.append("not covered: \(fact.id): \(fact.text)") }
        var dangling = 0
        let shown: [(String, String, [Resolution])] =
            points.map { ("point", $0.text, $0.resolutions) } + brief.agenda.map { ("agenda", $0.text, $0.resolutions) }
            + brief.openIssues.map { ("issue", $0.text, $0.resolutions) }
        for (kind, text, resolutions) in shown where Self.cannotStandAlone(text, resolutions: resolutions) {
            dangling += 1
            details.append("cannot stand alone (\(kind)): \(text)")
        }
        let disagreements = brief.openIssues.filter { $0.kind == .disagreement }
        var found: Set<String> = []
        var falseOnes = 0
        for issue in disagreements {
            let text = ([issue.text] + issue.sides.map(\.value)).joined(separator: " ")
            let hits = gold.disagreements.filter { Self.matches(text, $0) }.map(\.id)
            if hits.isEmpty {
                falseOnes += 1
                details.append("false disagreement: \(issue.text)")
            }
            found.formUnion(hits)
        }
        for missed in gold.disagreements where !found.contains(missed.id) { details.append("disagreement missed: \(missed.id): \(missed.text)") }
        var forbidden = 0
        // Quotes are the speakers' words: a rhetorical question is one.
        for rule in gold.mustNotAppear {
            for text in shown.map(\.1) where rule.phrases.contains(where: { text.lowercased().contains($0.lowercased()) }) {
                forbidden += 1
                details.append("must not appear (\(rule.text)): \(text)")
            }
        }
        return Result(
            name: gold.name, facts: gold.facts.count, covered: matched.count, repeated: repeated, cannotStandAlone: dangling,
            disagreements: gold.disagreements.count, disagreementsFound: found.count, falseDisagreements: falseOnes,
            mustNot: forbidden, details: details)
    }
}

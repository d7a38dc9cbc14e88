import Foundation

/// Scores a sentence segmenter on a file in the "Golden Rules" format (pySBD, Pragmatic
/// Segmenter): blocks of `#n`, `> input`, then `= sentence` lines, separated by blank lines.
/// A case passes when every expected sentence matches exactly (after trimming), in order.
public struct GoldenRulesEvaluation: Sendable {
    /// One test case.
    public struct Case: Hashable, Sendable {
        public var number: Int
        public var input: String
        public var expected: [String]
    }

    /// A case whose output differed.
    public struct Failure: Hashable, Sendable {
        public var testCase: Case
        public var actual: [String]
    }

    public var cases: [Case]

    /// Parses the file's text; lines starting with `# ` (comments) are ignored.
    public init(parsing text: String) {
        var cases: [Case] = []
        var current: Case?
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = String(raw)
            if line.hasPrefix("#"), let number = Int(line.dropFirst()) {
                if let done = current { cases.append(done) }
                current = Case(number: number, input: "", expected: [])
            } else if line.hasPrefix("> ") {
                current?.input = String(line.dropFirst(2))
            } else if line.hasPrefix("= ") {
                current?.expected.append(String(line.dropFirst(2)).trimmingCharacters(in: .whitespacesAndNewlines))
            }
        }
        if let done = current { cases.append(done) }
        self.cases = cases
    }

    /// The cases `segmenter` gets wrong.
    public func failures(of segmenter: SentenceSegmenter = SentenceSegmenter()) -> [Failure] {
        cases.compactMap { testCase in
            let actual = segmenter.sentences(in: testCase.input).map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            return actual == testCase.expected ? nil : Failure(testCase: testCase, actual: actual)
        }
    }
}

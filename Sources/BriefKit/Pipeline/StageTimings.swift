import Foundation

/// The stages of a run, in the order they happen.
public enum PipelineStage: String, CaseIterable, Sendable {
    /// Finding, reading and decoding files; article structure and boilerplate.
    case read
    /// Splitting paragraphs into sentences.
    case segment
    /// Term vectors and the sentence-similarity graph.
    case index
    /// Scoring sentences and choosing key points.
    case rank
    /// Actors, quotes, agenda, open issues and the title.
    case extract
    /// Rendering and writing every output format.
    case render
}

/// Wall-clock time spent in each ``PipelineStage``, for `--timings`, progress lines and
/// benchmarks, and the number of sentences the run segmented.
public struct StageTimings: Sendable {
    /// Time per stage; stages that did not run are absent.
    public private(set) var durations: [PipelineStage: Duration] = [:]
    /// Sentences in the segmented corpus (0 until the segment stage has run).
    public var sentences = 0
    /// Sentences over the length limit, cut into pieces for ranking.
    public var cutSentences = 0
    /// Classes of near-identical sentences the ranked corpus holds (``SentenceCopies``;
    /// ``sentences`` when none has a copy).
    public var sentenceClasses = 0
    /// A named step inside a stage ("extract.actors") and how long it took.
    public struct Step: Sendable {
        public var name: String
        public var duration: Duration
    }

    /// Time of the named steps inside stages, in the order they ran.
    public var steps: [Step] = []
    /// Called as each stage starts (a progress line listens here).
    public var onStageStart: (@Sendable (PipelineStage) -> Void)?

    public init(onStageStart: (@Sendable (PipelineStage) -> Void)? = nil) {
        self.onStageStart = onStageStart
    }

    /// Runs `body`, adding its duration to `stage`.
    public mutating func measure<T, E: Error>(_ stage: PipelineStage, _ body: () throws(E) -> T) throws(E) -> T {
        onStageStart?(stage)
        let clock = ContinuousClock()
        let start = clock.now
        defer { durations[stage, default: .zero] += clock.now - start }
        return try body()
    }

    /// Seconds spent in `stage` (0 when it did not run).
    public func seconds(_ stage: PipelineStage) -> Double {
        (durations[stage] ?? .zero).seconds
    }

    /// One line per stage that ran, `stage=<name> seconds=<s>`, in stage order, then one per
    /// step, `step=<stage>.<name> seconds=<s>`.
    public var lines: [String] {
        PipelineStage.allCases.filter { durations[$0] != nil }.map {
            "stage=\($0.rawValue) seconds=\(String(format: "%.4f", seconds($0)))"
        } + steps.map { "step=\($0.name) seconds=\(String(format: "%.4f", $0.duration.seconds))" }
            + (sentences > 0 ? ["sentences=\(sentences) classes=\(sentenceClasses)"] : [])
    }

    /// Runs `body`, recording its duration as step `name` in `steps`.
    public static func step<T>(_ name: String, in steps: inout [Step], _ body: () -> T) -> T {
        let clock = ContinuousClock()
        let start = clock.now
        defer { steps.append(Step(name: name, duration: clock.now - start)) }
        return body()
    }
}

extension Duration {
    /// The duration in seconds, as a `Double`.
    public var seconds: Double {
        Double(components.seconds) + Double(components.attoseconds) / 1e18
    }
}

import BriefKit
import Foundation

/// A one-line progress display on stderr for runs that take more than about a second:
/// shown only when stderr is a terminal, redrawn in place, and erased when the run ends.
final class ProgressLine: @unchecked Sendable {
    private let lock = NSLock()
    private var stage: PipelineStage?
    private var shown = false
    private let started = Date()
    private var timer: DispatchSourceTimer?

    /// A progress line, or nil when stderr is not a terminal or `quiet` is set.
    static func start(quiet: Bool) -> ProgressLine? {
        guard !quiet, isatty(STDERR_FILENO) == 1 else { return nil }
        let progress = ProgressLine()
        let timer = DispatchSource.makeTimerSource(queue: DispatchQueue.global(qos: .utility))
        timer.schedule(deadline: .now() + 1.0, repeating: 0.25)
        timer.setEventHandler { [weak progress] in progress?.draw() }
        progress.timer = timer
        timer.resume()
        return progress
    }

    /// Records the stage now running.
    func enter(_ stage: PipelineStage) {
        lock.withLock { self.stage = stage }
    }

    /// Stops redrawing and erases the line.
    func finish() {
        timer?.cancel()
        timer = nil
        lock.withLock {
            if shown { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
            shown = false
            stage = nil
        }
    }

    private func draw() {
        lock.withLock {
            guard let stage else { return }
            let elapsed = String(format: "%.1f", Date().timeIntervalSince(started))
            FileHandle.standardError.write(Data("\r\u{1B}[Kbrief: \(Self.verb(stage))… \(elapsed) s".utf8))
            shown = true
        }
    }

    private static func verb(_ stage: PipelineStage) -> String {
        switch stage {
        case .read: return "reading articles"
        case .segment: return "splitting sentences"
        case .index: return "comparing sentences"
        case .rank: return "ranking key points"
        case .extract: return "finding actors, quotes, agenda and open issues"
        case .render: return "writing the brief"
        }
    }
}

import Foundation

/// Writes a ``SyntheticCorpus`` into a folder, one `.txt` file per article, using every core.
/// A marker file records what was written, so a folder already holding the same corpus is
/// reused instead of written again.
public struct CorpusWriter: Sendable {
    public let corpus: SyntheticCorpus

    public init(corpus: SyntheticCorpus) {
        self.corpus = corpus
    }

    private var marker: String { "count=\(corpus.count) seed=\(corpus.seed) shape=\(corpus.shape.rawValue) version=2\n" }

    /// Writes the corpus into `folder` (created if needed) unless it is already there.
    /// - Returns: the total size of the articles in bytes.
    @discardableResult
    public func write(to folder: String) throws -> Int {
        let markerPath = folder + "/.corpus"
        let manager = FileManager.default
        if let existing = try? String(contentsOfFile: markerPath, encoding: .utf8), existing == marker {
            return try manager.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".txt") }.reduce(0) {
                $0 + ((try? manager.attributesOfItem(atPath: folder + "/" + $1)[.size] as? Int) ?? 0)
            }
        }
        if manager.fileExists(atPath: folder) { try manager.removeItem(atPath: folder) }
        try manager.createDirectory(atPath: folder, withIntermediateDirectories: true)

        let workers = max(1, ProcessInfo.processInfo.activeProcessorCount)
        let corpus = self.corpus
        let totals = ByteTotals(workers: workers)
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var bytes = 0
            var failure: (any Error)?
            for index in stride(from: worker, to: corpus.count, by: workers) {
                let data = Data(corpus.article(at: index).utf8)
                do {
                    try data.write(to: URL(fileURLWithPath: folder + "/" + corpus.fileName(at: index)))
                } catch {
                    failure = error
                    break
                }
                bytes += data.count
            }
            totals.set(worker, bytes: bytes, failure: failure)
        }
        if let failure = totals.failure { throw failure }
        try marker.write(toFile: markerPath, atomically: true, encoding: .utf8)
        return totals.sum
    }
}

/// Per-worker results of ``CorpusWriter``, each slot written by one worker only.
private final class ByteTotals: @unchecked Sendable {
    private let lock = NSLock()
    private var bytes: [Int]
    private var failures: [(any Error)?]

    init(workers: Int) {
        bytes = Array(repeating: 0, count: workers)
        failures = Array(repeating: nil, count: workers)
    }

    func set(_ worker: Int, bytes count: Int, failure: (any Error)?) {
        lock.withLock {
            bytes[worker] = count
            failures[worker] = failure
        }
    }

    var sum: Int { lock.withLock { bytes.reduce(0, +) } }
    var failure: (any Error)? { lock.withLock { failures.compactMap { $0 }.first } }
}

import Foundation

/// One line of the benchmark table: a corpus size, what the run cost, its stages, and how
/// time grew from the previous size compared with N and N log N.
public struct BenchmarkRow: Sendable {
    public var articles: Int
    public var bytes: Int
    public var measurement: MeasuredProcess.Measurement
    /// Seconds per stage, parsed from `brief generate --timings`.
    public var stages: [String: Double]
    /// Time ratio to the previous row, and that row's N and N log N ratios.
    public var growth: (time: Double, n: Double, nLogN: Double)?

    public init(articles: Int, bytes: Int, measurement: MeasuredProcess.Measurement, previous: BenchmarkRow?) {
        self.articles = articles
        self.bytes = bytes
        self.measurement = measurement
        stages = BenchmarkRow.stages(in: measurement.standardError)
        if let previous, previous.measurement.seconds > 0 {
            let n = Double(articles) / Double(previous.articles)
            let nLogN = n * log(Double(articles)) / log(Double(previous.articles))
            growth = (measurement.seconds / previous.measurement.seconds, n, nLogN)
        }
    }

    public static let stageNames = ["read", "segment", "index", "rank", "extract", "render"]

    public static var header: String {
        (["articles", "MB", "wall s", "peak MiB"] + stageNames + ["x time", "x N", "x NlogN"])
            .joined(separator: "\t")
    }

    public var line: String {
        var cells = [
            String(articles),
            String(format: "%.1f", Double(bytes) / 1_000_000),
            String(format: "%.2f", measurement.seconds),
            String(format: "%.0f", Double(measurement.peakBytes) / 1_048_576),
        ]
        cells += BenchmarkRow.stageNames.map { String(format: "%.2f", stages[$0] ?? 0) }
        if let growth {
            cells += [String(format: "%.1f", growth.time), String(format: "%.1f", growth.n), String(format: "%.1f", growth.nLogN)]
        } else {
            cells += ["-", "-", "-"]
        }
        return cells.joined(separator: "\t")
    }

    /// Parses `brief: timing: stage=<name> seconds=<s>` lines.
    static func stages(in standardError: String) -> [String: Double] {
        var stages: [String: Double] = [:]
        for line in standardError.split(separator: "\n") where line.hasPrefix("brief: timing: ") {
            let fields = line.dropFirst("brief: timing: ".count).split(separator: " ")
            guard fields.count == 2, fields[0].hasPrefix("stage="), fields[1].hasPrefix("seconds="),
                let seconds = Double(fields[1].dropFirst("seconds=".count))
            else { continue }
            stages[String(fields[0].dropFirst("stage=".count))] = seconds
        }
        return stages
    }
}

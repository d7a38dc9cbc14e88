import ArgumentParser
import BriefBenchmarkKit
import Foundation

@main
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "brief-bench",
        abstract: "Benchmarks for brief: synthetic corpora and timed runs of the release build.",
        subcommands: [CorpusCommand.self, RunCommand.self],
        defaultSubcommand: RunCommand.self
    )
}

/// Writes one synthetic corpus.
struct CorpusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "corpus",
        abstract: "Write a deterministic synthetic news corpus of N articles into a folder."
    )

    @Option(help: "How many articles.")
    var articles: Int

    @Option(help: "The random seed: the same seed and count give the same files.")
    var seed: UInt64 = 2025

    @Option(
        help:
            "The corpus shape: stories (groups of about eight outlets), syndicated (a few wire stories reprinted by many papers with small edits) or desk (a desk's day: a story for every three articles)."
    )
    var shape: CorpusShape = .stories

    @Argument(help: "The folder to write (replaced).")
    var folder: String

    func run() throws {
        guard articles >= 1 else { throw ValidationError("--articles must be at least 1") }
        let bytes = try CorpusWriter(corpus: SyntheticCorpus(count: articles, seed: seed, shape: shape)).write(to: folder)
        print("\(articles) \(shape.rawValue) articles, \(bytes) bytes in \(folder)")
    }
}

/// Times whole `brief generate` runs at several corpus sizes.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run brief generate (all formats) on synthetic corpora of each size; print wall time, peak memory and time per stage.",
        discussion: "Build in release mode first: swift build -c release; .build/release/brief-bench run"
    )

    @Option(help: "Corpus sizes in articles, comma-separated.")
    var sizes: String = "100,1000,10000"

    @Option(help: "Corpus shapes, comma-separated: stories, syndicated, desk.")
    var shapes: String = "stories,syndicated,desk"

    @Option(help: "The random seed of the corpora.")
    var seed: UInt64 = 2025

    @Option(help: "Where corpora and outputs are kept between runs.")
    var work: String = NSTemporaryDirectory() + "brief-bench"

    @Option(help: "The brief executable to time (default: the one beside brief-bench).")
    var brief: String?

    @Option(help: "Runs per size; the fastest is reported.")
    var repeats: Int = 1

    func run() throws {
        let counts = try sizes.split(separator: ",").map { part -> Int in
            guard let count = Int(part.trimmingCharacters(in: .whitespaces)), count >= 1 else {
                throw ValidationError("--sizes takes positive whole numbers, e.g. 100,1000 (got \(sizes))")
            }
            return count
        }
        let executable = brief ?? siblingExecutable("brief")
        guard FileManager.default.isExecutableFile(atPath: executable) else {
            throw ValidationError("no brief executable at \(executable); build it with swift build -c release")
        }
        let kinds = try shapes.split(separator: ",").map { part -> CorpusShape in
            guard let shape = CorpusShape(rawValue: part.trimmingCharacters(in: .whitespaces)) else {
                throw ValidationError("--shapes takes stories, syndicated or desk, comma-separated (got \(shapes))")
            }
            return shape
        }
        for shape in kinds {
            print("shape: \(shape.rawValue)")
            try run(shape: shape, counts: counts, executable: executable)
        }
    }

    private func run(shape: CorpusShape, counts: [Int], executable: String) throws {
        var rows: [BenchmarkRow] = []
        print(BenchmarkRow.header)
        for count in counts {
            let folder = "\(work)/corpus-\(shape.rawValue)-\(count)-\(seed)"
            let bytes = try CorpusWriter(corpus: SyntheticCorpus(count: count, seed: seed, shape: shape)).write(to: folder)
            var best: MeasuredProcess.Measurement?
            for _ in 0..<max(1, repeats) {
                let measurement = try MeasuredProcess(
                    executable: executable,
                    arguments: [
                        "generate", folder, "--date", "2025-06-02", "--format", "all",
                        "--output-dir", "\(work)/output-\(shape.rawValue)-\(count)", "--timings", "--force",
                    ]
                ).run()
                guard measurement.status == 0 else {
                    throw ValidationError("brief failed on \(count) articles (exit \(measurement.status)):\n\(measurement.standardError)")
                }
                if best == nil || measurement.seconds < best!.seconds { best = measurement }
            }
            let row = BenchmarkRow(articles: count, bytes: bytes, measurement: best!, previous: rows.last)
            rows.append(row)
            print(row.line)
        }
    }

    private func siblingExecutable(_ name: String) -> String {
        let own = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        return own.deletingLastPathComponent().appendingPathComponent(name).path
    }
}

extension CorpusShape: ExpressibleByArgument {}

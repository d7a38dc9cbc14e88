import ArgumentParser
import BriefKit
import Foundation

struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Measure brief against public evaluation data.",
        subcommands: [GoldenRulesCommand.self, DUC2004Command.self, QuotesEvalCommand.self, ExtractionEvalCommand.self]
    )
}

struct GoldenRulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "golden-rules",
        abstract: "Score the sentence segmenter on a Golden Rules file.",
        discussion: "For example: brief eval golden-rules ../shared/eval/sentence-boundaries/golden-rules-en.txt"
    )

    @Argument(help: ArgumentHelp("A file in the Golden Rules format.", valueName: "file"))
    var file: String

    func run() throws {
        try reportingErrors { () throws(BriefError) in
            guard let data = FileManager.default.contents(atPath: file) else {
                throw FileManager.default.fileExists(atPath: file) ? .unreadable(path: file, reason: "permission denied") : .missingPath(file)
            }
            let evaluation = GoldenRulesEvaluation(parsing: String(decoding: data, as: UTF8.self))
            let failures = evaluation.failures()
            for failure in failures {
                Terminal.output("FAIL #\(failure.testCase.number): \(failure.testCase.input)\n")
                for sentence in failure.testCase.expected { Terminal.output("  expected: \(sentence)\n") }
                for sentence in failure.actual { Terminal.output("  got:      \(sentence)\n") }
            }
            let total = evaluation.cases.count
            let passed = total - failures.count
            let percent = total == 0 ? 0 : Double(passed) * 100 / Double(total)
            Terminal.output("golden-rules: \(passed)/\(total) passed (\(String(format: "%.1f", percent))%)\n")
        }
    }
}

struct DUC2004Command: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "duc2004",
        abstract: "Summarize every DUC 2004 cluster and score it with ROUGE beside the stored systems.",
        discussion: """
            Writes <output>/<cluster>.txt (one sentence per line), then prints ROUGE-1 and ROUGE-2 \
            recall (ROUGE-1.5.5 settings of Hong et al. 2014: first 100 words, Porter stemming with \
            WordNet exceptions, stop words kept, -f A) on all clusters, the first half (tuning) \
            and the second half (held out). For example:
            brief eval duc2004 ../shared/eval/duc2004 --output /tmp/duc-brief
            """
    )

    @Argument(help: ArgumentHelp("The DUC-layout folder (one folder per cluster with docs/ and refs/).", valueName: "dir"))
    var folder: String

    @Option(help: ArgumentHelp("Where the summaries are written.", valueName: "dir"))
    var output: String = "output/duc2004"

    @Option(help: "The word budget of each summary.")
    var words: Int = 100

    @Option(help: ArgumentHelp("WordNet's exception lists (Debian: wordnet-base).", valueName: "dir"))
    var exceptions: String = "/usr/share/wordnet"

    @Option(help: ArgumentHelp("Stored systems to score beside brief (names in baselines/).", valueName: "name"))
    var system: [String] = ["LexRank", "Centroid", "GreedyKL", "CLASSY04", "Submodular", "DPP", "ICSISumm"]

    func run() throws {
        try reportingErrors { () throws(BriefError) in
            let evaluation = try DUCEvaluation(folder: folder)
            var summaries: [String: String] = [:]
            for cluster in evaluation.clusters {
                let summary = try evaluation.summarize(cluster, words: words)
                summaries[cluster.name] = summary
                try AtomicFileWriter.write(summary, to: "\(output)/\(cluster.name).txt")
            }
            let table = Rouge.exceptions(inFolder: exceptions)
            if table.isEmpty { Terminal.warning("warning: no WordNet exception lists in \(exceptions); ROUGE will read about 0.4 low") }
            let rouge = Rouge(wordLimit: 100, exceptions: table)
            let half = evaluation.clusters.count / 2
            let parts = [Array(evaluation.clusters), Array(evaluation.clusters.prefix(half)), Array(evaluation.clusters.suffix(from: half))]
            var rows: [(String, [String: String])] = [("brief", summaries)]
            for name in system {
                rows.append((name, Dictionary(uniqueKeysWithValues: evaluation.clusters.compactMap { c in c.baselines[name].map { (c.name, $0) } })))
            }
            Terminal.output("system        R-1 all  R-2 all   R-1 1st half  R-2 1st half   R-1 2nd half  R-2 2nd half\n")
            for (name, texts) in rows {
                let scores = parts.map { DUCEvaluation.score(texts, on: $0, rouge: rouge) }
                let cells = scores.map { String(format: "%7.2f  %7.2f", $0.r1, $0.r2) }
                Terminal.output(name.padding(toLength: 12, withPad: " ", startingAt: 0) + "  " + cells.joined(separator: "      ") + "\n")
            }
            Terminal.output("(\(evaluation.clusters.count) clusters; summaries in \(output))\n")
        }
    }
}

struct QuotesEvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quotes",
        abstract: "Score the quotes and their speakers on a PolNeAR-layout folder (docs/, gold/).",
        discussion: """
            Briefs each article alone and matches its quotes with the attributions whose content \
            has quote marks (a match overlaps by at least half of the shorter span). Prints \
            precision, recall and F1, speaker accuracy on the matched quotes (by the annotators' \
            words, and with relative pronouns and definite descriptions resolved), and the quotes that \
            are not verbatim in their article, for all articles, the first half and the second \
            half. For example: brief eval quotes ../shared/eval/polnear-dev
            """
    )

    @Argument(help: ArgumentHelp("The PolNeAR-layout folder (docs/<article>.txt and gold/<article>.json).", valueName: "dir"))
    var folder: String

    @Flag(help: "Also list every missed, extra and wrongly attributed quote, article by article.")
    var details = false

    func run() throws {
        try reportingErrors { () throws(BriefError) in
            let evaluation = try QuoteEvaluation(folder: folder)
            let results = try evaluation.evaluateWithFindings()
            let scores = results.map(\.score)
            if details {
                for finding in results.flatMap(\.findings) {
                    Terminal.output(
                        "\(finding.article)\t\(finding.kind.rawValue)\tbrief: \(finding.speaker ?? "-")\tgold: "
                            + "\(finding.goldSpeaker ?? "-")\t\(finding.text.replacingOccurrences(of: "\n", with: " ").prefix(160))\n")
                }
            }
            let half = scores.count / 2
            let parts = [("all", scores[...]), ("first half", scores[..<half]), ("second half", scores[half...])]
            Terminal.output("quotes: \(scores.count) articles\n")
            for (name, part) in parts {
                let score = QuoteEvaluation.Score.total(part)
                func percent(_ value: Double) -> String { String(format: "%.1f", value * 100) }
                Terminal.output(
                    "\(name): \(part.count) articles, \(score.goldQuotes) gold quotes, \(score.foundQuotes) found, "
                        + "\(score.matched) matching (\(score.goldMatched) gold quotes found); precision \(percent(score.precision)), recall \(percent(score.recall)), "
                        + "F1 \(percent(score.f1)); speaker accuracy \(percent(score.speakerAccuracy))% "
                        + "(\(score.noSpeaker) matched without a speaker), \(percent(score.resolvedSpeakerAccuracy))% with relative pronouns "
                        + "and definite descriptions resolved; not verbatim \(score.notVerbatim)\n")
            }
        }
    }
}

struct ExtractionEvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extraction",
        abstract: "Score the HTML reader on the article-extraction benchmark's pages.",
        discussion: """
            Reads every html/<id>.html.gz page with brief's HTML reader and scores the text it \
            gives (body and subheadings) against ground-truth.json with the benchmark's metric: \
            4-word shingles, each page's counts normalised, precision and recall averaged over the \
            pages, F1 from the averages. Prints the figures for all pages and both halves, then \
            every page under an F1 of 0.5 with the reason it gave nothing, if it did. For example: \
            brief eval extraction ../shared/eval/article-extraction
            """
    )

    @Argument(help: ArgumentHelp("The benchmark folder (ground-truth.json and html/).", valueName: "dir"))
    var folder: String

    @Flag(help: "List every page's precision, recall and F1, worst first.")
    var details = false

    @Option(help: ArgumentHelp("Also write each page's extraction to <dir>/<id>.txt.", valueName: "dir"))
    var output: String?

    func run() throws {
        try reportingErrors { () throws(BriefError) in
            let evaluation = try ExtractionEvaluation(folder: folder)
            let results = evaluation.evaluate()
            if let output {
                for result in results { try AtomicFileWriter.write(result.extraction, to: "\(output)/\(result.page.id).txt") }
            }
            func figure(_ value: Double?) -> String { value.map { String(format: "%.3f", $0) } ?? "  -  " }
            func line(_ result: ExtractionEvaluation.PageResult) -> String {
                let counts = result.counts
                let note = result.skipReason.map { " (\($0))" } ?? ""
                return "  \(result.page.id.prefix(12))  F1 \(figure(counts.f1))  P \(figure(counts.precision))  "
                    + "R \(figure(counts.recall))  \(result.page.url ?? "")\(note)\n"
            }
            if details {
                for result in results.sorted(by: { ($0.counts.f1, $0.page.id) < ($1.counts.f1, $1.page.id) }) {
                    Terminal.output(line(result))
                }
            }
            let half = results.count / 2
            let parts = [("all", results[...]), ("first half", results[..<half]), ("second half", results[half...])]
            Terminal.output("extraction: \(results.count) pages\n")
            for (name, part) in parts {
                let summary = ExtractionEvaluation.Summary(Array(part))
                Terminal.output(
                    "\(name): \(summary.pages) pages; F1 \(figure(summary.f1)), precision \(figure(summary.precision)), "
                        + "recall \(figure(summary.recall)); \(summary.pagesUnderHalf) under 0.5, \(summary.pagesAtZero) under 0.1\n")
            }
            let weak = results.filter { $0.counts.f1 < 0.5 }
            if !weak.isEmpty && !details {
                Terminal.output("pages under 0.5:\n")
                for result in weak { Terminal.output(line(result)) }
            }
        }
    }
}

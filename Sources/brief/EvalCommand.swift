import ArgumentParser
import BriefKit
import Foundation

struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Measure brief against public evaluation data.",
        subcommands: [
            GoldenRulesCommand.self, DUC2004Command.self, QuotesEvalCommand.self, ExtractionEvalCommand.self, FactsEvalCommand.self,
            UpdateEvalCommand.self, StoriesEvalCommand.self,
        ]
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
            and the second half (held out); on DUC 2003 Task 2 also on the clusters independent of \
            DUC 2004 (as its clusters.tsv marks them). For example:
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
            for name in system where evaluation.clusters.contains(where: { $0.baselines[name] != nil }) {
                rows.append((name, Dictionary(uniqueKeysWithValues: evaluation.clusters.compactMap { c in c.baselines[name].map { (c.name, $0) } })))
            }
            Terminal.output("system        R-1 all  R-2 all   R-1 1st half  R-2 1st half   R-1 2nd half  R-2 2nd half\n")
            for (name, texts) in rows {
                let scores = parts.map { DUCEvaluation.score(texts, on: $0, rouge: rouge) }
                let cells = scores.map { String(format: "%7.2f  %7.2f", $0.r1, $0.r2) }
                Terminal.output(name.padding(toLength: 12, withPad: " ", startingAt: 0) + "  " + cells.joined(separator: "      ") + "\n")
            }
            let independent = evaluation.independentOfDUC2004
            if !independent.isEmpty {
                let score = DUCEvaluation.score(summaries, on: independent, rouge: rouge)
                Terminal.output(
                    String(format: "brief on the %d clusters independent of DUC 2004: R-1 %.2f  R-2 %.2f\n", independent.count, score.r1, score.r2))
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

struct FactsEvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "facts",
        abstract: "Score key points, agenda and open issues against hand-made gold (facts, disagreements, items that must not appear).",
        discussion: """
            Briefs each gold file's corpus on its date and prints, per corpus and in all: the gold \
            facts covered by the first ten key points, key points that repeat a fact, items that \
            cannot stand alone, gold disagreements found and false ones, and forbidden items. A \
            gold file names its corpus relative to the working folder (root "project") or to \
            --eval-data (root "eval"). For example: \
            brief eval facts Tests/BriefKitTests/Fixtures/fact-gold --eval-data ../shared/eval
            """
    )

    @Argument(help: ArgumentHelp("Gold files (JSON), or folders of them.", valueName: "gold"))
    var gold: [String]

    @Option(help: ArgumentHelp("The evaluation data's folder, for corpora with root \"eval\".", valueName: "dir"))
    var evalData: String = "../shared/eval"

    @Flag(help: "Also list every fact not covered, repeat, item that cannot stand alone and wrong disagreement.")
    var details = false

    func run() throws {
        try reportingErrors { () throws(BriefError) in
            var files: [String] = []
            for path in gold {
                var isFolder: ObjCBool = false
                guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { throw .missingPath(path) }
                if isFolder.boolValue {
                    let names = ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).filter { $0.hasSuffix(".json") }.sorted()
                    files += names.map { path + "/" + $0 }
                } else {
                    files.append(path)
                }
            }
            guard !files.isEmpty else { throw .emptyCorpus(gold) }
            var results: [FactEvaluation.Result] = []
            for file in files {
                guard let data = FileManager.default.contents(atPath: file),
                    let gold = try? JSONDecoder().decode(FactEvaluation.Gold.self, from: data)
                else { throw .invalidDocument(path: file, reason: "not a fact gold file") }
                guard let date = BriefDate(gold.date) else { throw .invalidDate(gold.date) }
                let corpus = gold.corpus.root == "eval" ? evalData + "/" + gold.corpus.path : gold.corpus.path
                let brief = try BriefPipeline().brief(of: [corpus], date: date)
                let result = FactEvaluation().score(brief, against: gold)
                results.append(result)
                if details { for line in result.details { Terminal.output("\(gold.name)\t\(line)\n") } }
            }
            Terminal.output("corpus                 facts covered  repeated  cannot stand alone  disagreements found  false  must-not\n")
            func row(_ name: String, _ r: [FactEvaluation.Result]) {
                func sum(_ key: KeyPath<FactEvaluation.Result, Int>) -> Int { r.map { $0[keyPath: key] }.reduce(0, +) }
                Terminal.output(
                    name.padding(toLength: 22, withPad: " ", startingAt: 0)
                        + String(
                            format: " %6d/%-6d %8d %19d %13d/%-6d %5d %9d\n", sum(\.covered), sum(\.facts), sum(\.repeated),
                            sum(\.cannotStandAlone), sum(\.disagreementsFound), sum(\.disagreements), sum(\.falseDisagreements),
                            sum(\.mustNot)))
            }
            for result in results { row(result.name, [result]) }
            if results.count > 1 { row("all", results) }
        }
    }
}

struct StoriesEvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stories",
        abstract: "Measure how a folder's stories are told apart, on folders mixed from DUC clusters.",
        discussion: """
            Each DUC cluster is one story. The command groups every cluster alone (it must stay \
            whole), every cluster with the next one (two stories, which must come apart) and every \
            cluster with the next one's first article (the cluster must lead, the stray article \
            apart), and prints what each threshold of the grouping gives. For example: \
            brief eval stories ../shared/eval/duc2003-task2 ../shared/eval/duc2004 --folder seeds
            """
    )

    @Argument(help: ArgumentHelp("DUC-layout folders (one folder per cluster with docs/ and refs/).", valueName: "dir"))
    var sets: [String] = []

    @Option(help: ArgumentHelp("A folder of articles on one story, used as one more story.", valueName: "dir"))
    var folder: [String] = []

    @Option(parsing: .upToNextOption, help: ArgumentHelp("The mean similarities to try (default: the grouping's own).", valueName: "value"))
    var threshold: [Double] = []

    func run() throws {
        try reportingErrors { () throws(BriefError) in
            let evaluation = try StoryEvaluation(ducSets: sets, folders: folder)
            let thresholds = threshold.isEmpty ? [StoryGrouper().threshold] : threshold
            Terminal.output("threshold  single stories split  articles split off  pairs separated  pairs mixed  strays set apart\n")
            for r in evaluation.evaluate(thresholds: thresholds) {
                Terminal.output(
                    String(
                        format: "%9.3f %15d/%-5d %18d %10d/%-5d %12d %11d/%-5d\n", r.threshold, r.singleSplit, r.single, r.articlesSplitOff,
                        r.pairsSeparated, r.pairs, r.pairsMixed, r.straysSeparated, r.strays))
            }
        }
    }
}

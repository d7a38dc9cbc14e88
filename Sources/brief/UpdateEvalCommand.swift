import ArgumentParser
import BriefKit
import Foundation

struct UpdateEvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "update",
        abstract: "Score what's-new briefs on a DUC 2007 update-layout folder beside the participants.",
        discussion: """
            For each topic, briefs subset A into an empty archive, then B with only its new and \
            updated key points against A's brief, then C against A's and B's, each within \
            --words. Prints, for B and C, ROUGE-2 recall as NIST scored the task (first 100 \
            words, Porter stemming with WordNet exceptions, stop words kept, jackknifed over the \
            four human summaries), beside every participant's summary scored by the same code, \
            and the stale rate: the share of sentences whose content terms overlap one sentence \
            of the earlier subsets' articles by --stale-overlap or more. For example: \
            brief eval update ../shared/eval/duc2007-update-dev --output /tmp/update
            """
    )

    @Argument(help: ArgumentHelp("The folder of <topic>-A, -B, -C subsets (docs/, refs/, peers/).", valueName: "dir"))
    var folder: String

    @Option(help: ArgumentHelp("Where brief's summaries are written (<subset>.txt).", valueName: "dir"))
    var output: String?

    @Option(help: ArgumentHelp("WordNet's exception lists (Debian: wordnet-base).", valueName: "dir"))
    var exceptions: String = "/usr/share/wordnet"

    @Option(help: "The content-term overlap at which a sentence restates an earlier one.")
    var staleOverlap: Double = 0.5

    @Option(help: "How many participants to list, best first.")
    var peers: Int = 5

    @Flag(help: "Also list brief's stale sentences, subset by subset.")
    var details = false

    @Flag(help: "Also print how each topic's later subsets match each topic's first brief (the subject test).")
    var subjects = false

    func run() throws {
        try reportingErrors { () throws(BriefError) in
            var evaluation = try UpdateEvaluation(folder: folder)
            evaluation.staleOverlap = staleOverlap
            let table = Rouge.exceptions(inFolder: exceptions)
            if table.isEmpty { Terminal.warning("warning: no WordNet exception lists in \(exceptions); ROUGE will read about 0.4 low") }
            let rouge = Rouge(wordLimit: 100, exceptions: table)
            // Per subset letter (B, C): each system's scores and stale counts over the topics.
            var rows: [String: [String: (r2: [Double], stale: Int, loose: Int, sentences: Int)]] = [:]
            var earlier: [Set<String>] = []
            var earlierFacts: [SentenceFacts] = []
            func add(_ letter: String, _ system: String, _ r2: Double, _ summaries: [String]) {
                var row = rows[letter, default: [:]][system, default: ([], 0, 0, 0)]
                row.r2.append(r2)
                for summary in summaries {
                    row.stale += evaluation.staleCount(of: summary, earlier: earlier, facts: earlierFacts).stale
                    let loose = evaluation.staleCount(of: summary, earlier: earlier)
                    row.loose += loose.stale
                    row.sentences += loose.sentences
                }
                rows[letter, default: [:]][system] = row
            }
            var firstBriefs: [Brief] = []
            for topic in evaluation.topics {
                let updates = try evaluation.summaries(of: topic)
                earlier = []
                earlierFacts = []
                for (index, subset) in topic.subsets.enumerated() {
                    let letter = String(subset.name.suffix(1))
                    let summary = UpdateEvaluation.text(of: updates[index])
                    if let output { try AtomicFileWriter.write(summary, to: "\(output)/\(subset.name).txt") }
                    if index > 0 {
                        add(letter, "brief", UpdateEvaluation.jackknifed(summary, references: subset.references, rouge: rouge), [summary])
                        if details {
                            for sentence in evaluation.staleSentences(of: summary, earlier: earlier) {
                                let changed = evaluation.staleSentences(of: sentence, earlier: earlier, facts: earlierFacts).isEmpty
                                Terminal.output("\(subset.name)\t\(changed ? "changed" : "stale")\t\(sentence)\n")
                            }
                        }
                        let single = try BriefPipeline().brief(of: [subset.documents], date: updates[index].date, points: 1_000, words: evaluation.words)
                        let singleText = UpdateEvaluation.text(of: single)
                        add(letter, "brief alone", UpdateEvaluation.jackknifed(singleText, references: subset.references, rouge: rouge), [singleText])
                        for (id, text) in subset.peers {
                            add(letter, id, UpdateEvaluation.jackknifed(text, references: subset.references, rouge: rouge), [text])
                        }
                        add(letter, "humans", .nan, subset.references)
                    }
                    let sentences = try evaluation.sentences(of: subset)
                    earlier += sentences.map { Set(Tokenizer.terms($0)) }
                    earlierFacts += sentences.map(SentenceFacts.init)
                }
                if subjects, let first = topic.subsets.first {
                    firstBriefs.append(try BriefPipeline().brief(of: [first.documents], date: updates[0].date))
                }
            }
            func percent(_ stale: Int, _ sentences: Int) -> String {
                sentences == 0 ? "  -  " : String(format: "%5.1f%%", 100 * Double(stale) / Double(sentences))
            }
            for letter in rows.keys.sorted() {
                let row = rows[letter]!
                func mean(_ values: [Double]) -> Double { values.reduce(0, +) / Double(max(values.count, 1)) }
                let participants = row.keys.filter { $0.first?.isNumber == true }.sorted { (mean(row[$0]!.r2), $1) > (mean(row[$1]!.r2), $0) }
                let shown =
                    ["brief", "brief alone"] + participants.prefix(peers)
                    + ["58", "35"].filter { id in participants.contains(id) && !participants.prefix(peers).contains(id) }
                Terminal.output("subset \(letter) (\(row["brief"]?.r2.count ?? 0) topics)   ROUGE-2   stale  (loose: a changed figure counted)\n")
                for system in shown {
                    guard let values = row[system] else { continue }
                    let rank = participants.firstIndex(of: system).map { " (#\($0 + 1) of \(participants.count))" } ?? ""
                    let label = system == "58" ? "58 CLASSY04" : system == "35" ? "35 lead" : system
                    Terminal.output(
                        label.padding(toLength: 18, withPad: " ", startingAt: 0)
                            + String(format: "%8.5f", mean(values.r2)) + "  " + percent(values.stale, values.sentences) + "  "
                            + percent(values.loose, values.sentences) + rank + "\n")
                }
                if let humans = row["humans"] {
                    Terminal.output(
                        "humans".padding(toLength: 18, withPad: " ", startingAt: 0) + "       -  " + percent(humans.stale, humans.sentences) + "  "
                            + percent(humans.loose, humans.sentences) + "\n")
                }
                let better = participants.filter { mean(row[$0]!.r2) > mean(row["brief"]!.r2) }.count
                Terminal.output("brief ranks #\(better + 1) of \(participants.count + 1) on \(letter)\n\n")
            }
            if subjects {
                let matcher = SubjectMatcher()
                Terminal.output("subject test: each topic's later subsets against each topic's first brief (cosine; same subject at \(matcher.threshold))\n")
                for topic in evaluation.topics {
                    for subset in topic.subsets.dropFirst() {
                        let corpus = try BriefPipeline().read([subset.documents])
                        let segmented = SegmentedCorpus(documents: corpus.documents, segmenter: SentenceSegmenter())
                        let analysis = CorpusAnalysis(segmented)
                        let scores = CentralityScorer().scores(for: segmented, analysis: analysis)
                        let cells = firstBriefs.map {
                            String(format: "%5.2f", matcher.similarity(of: $0, corpus: segmented, analysis: analysis, scores: scores))
                        }
                        Terminal.output(subset.name + "  " + cells.joined(separator: " ") + "\n")
                    }
                }
            }
        }
    }
}

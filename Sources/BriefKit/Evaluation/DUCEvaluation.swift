import Foundation

/// Runs the summarizer on a DUC-layout folder (one folder per cluster with `docs/`, `refs/`
/// and optionally `baselines/`) and scores it with ``Rouge``, beside the stored systems.
public struct DUCEvaluation: Sendable {
    /// One cluster: its articles' folder, its human references and the stored systems' summaries.
    public struct Cluster: Sendable {
        public var name: String
        public var documents: String
        public var references: [String]
        public var baselines: [String: String]
    }

    public var clusters: [Cluster]
    /// The clusters that share neither their id nor an article with DUC 2004, as the set's
    /// `clusters.tsv` marks them (columns `same_id_in_duc2004` and `docs_shared_with_duc2004`,
    /// DUC 2003's): the part of the set that is independent of DUC 2004. Empty when no table
    /// says.
    public var independentOfDUC2004: [Cluster] = []

    /// Reads the clusters of `folder`, sorted by name.
    /// - Throws: ``BriefError/missingPath(_:)``, or ``BriefError/emptyCorpus(_:)`` when no folder holds `refs/`.
    public init(folder: String) throws(BriefError) {
        guard FileManager.default.fileExists(atPath: folder) else { throw .missingPath(folder) }
        let names = EvaluationFolder.names(in: folder)
        clusters = names.compactMap { name in
            let base = folder + "/" + name
            guard FileManager.default.fileExists(atPath: base + "/refs"), FileManager.default.fileExists(atPath: base + "/docs") else { return nil }
            var baselines: [String: String] = [:]
            for (file, text) in EvaluationFolder.texts(in: base + "/baselines") { baselines[String(file.dropLast(4))] = text }
            return Cluster(name: name, documents: base + "/docs", references: EvaluationFolder.texts(in: base + "/refs").map(\.1), baselines: baselines)
        }
        guard !clusters.isEmpty else { throw .emptyCorpus([folder]) }
        if let table = FileManager.default.contents(atPath: folder + "/clusters.tsv") {
            let rows = String(decoding: table, as: UTF8.self).split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
            if let header = rows.first, let sameID = header.firstIndex(of: "same_id_in_duc2004"),
                let shared = header.firstIndex(of: "docs_shared_with_duc2004")
            {
                let independent = Set(
                    rows.dropFirst().filter { $0.count > max(sameID, shared) && $0[sameID] == "no" && $0[shared] == "0" }.map { String($0[0]) })
                independentOfDUC2004 = clusters.filter { independent.contains($0.name) }
            }
        }
    }

    /// brief's summary of `cluster`: key points within `words`, one sentence per line.
    public func summarize(_ cluster: Cluster, words: Int, pipeline: BriefPipeline = BriefPipeline()) throws(BriefError) -> String {
        let brief = try pipeline.brief(of: [cluster.documents], date: BriefDate(year: 2000, month: 1, day: 1)!, points: 1_000, words: words)
        return brief.keyPoints.map(\.text).joined(separator: "\n") + "\n"
    }

    /// Mean ROUGE-1 and ROUGE-2 recall (×100) of `summaries` (cluster name to text) over `clusters`.
    public static func score(_ summaries: [String: String], on clusters: [Cluster], rouge: Rouge) -> (r1: Double, r2: Double) {
        var r1 = 0.0, r2 = 0.0
        for cluster in clusters {
            let peer = summaries[cluster.name] ?? ""
            r1 += rouge.score(peer: peer, references: cluster.references, n: 1).recall
            r2 += rouge.score(peer: peer, references: cluster.references, n: 2).recall
        }
        let n = Double(max(clusters.count, 1))
        return (100 * r1 / n, 100 * r2 / n)
    }
}

import BriefXML
import Foundation

/// Scores the HTML reader on the article-extraction benchmark's layout: `ground-truth.json`
/// (`{"<id>": {"articleBody": …, "url": …}}`) and `html/<id>.html.gz` (or `.html`).
///
/// The metric is the benchmark's own. Each page's extraction (the text brief reads from it:
/// body and subheadings, not the headline) and its true body are split into word tokens
/// (runs of letters, digits and `_`, case kept) and counted as 4-token shingles; true positives
/// are the shingles both have (as many as the fewer), false positives the extraction's extra
/// ones, false negatives the truth's. A page's three counts are divided by their sum, so every
/// page weighs the same. Precision is averaged over the pages with something extracted (and
/// counts as 0 on a page that extracted only wrong text); recall over the pages with a true
/// body (an empty extraction scores 0); F1 comes from the two averages.
public struct ExtractionEvaluation: Sendable {
    /// One page of the benchmark.
    public struct Page: Sendable {
        public var id: String
        public var url: String?
        public var path: String
        /// The hand-made article body.
        public var truth: String
    }

    /// A page's normalised counts: true positives, false positives and false negatives over
    /// their sum (all zero when both texts are empty).
    public struct Counts: Sendable, Equatable {
        public var truePositives: Double
        public var falsePositives: Double
        public var falseNegatives: Double

        /// Nil when nothing was extracted (the benchmark leaves such a page out of precision).
        public var precision: Double? {
            if falsePositives == 0 && falseNegatives == 0 { return 1 }
            return truePositives + falsePositives == 0 ? nil : truePositives / (truePositives + falsePositives)
        }

        /// Nil when the page has no true body.
        public var recall: Double? {
            if falsePositives == 0 && falseNegatives == 0 { return 1 }
            return truePositives + falseNegatives == 0 ? nil : truePositives / (truePositives + falseNegatives)
        }

        public var f1: Double {
            let p = precision ?? 0
            let r = recall ?? 0
            return p + r == 0 ? 0 : 2 * p * r / (p + r)
        }
    }

    /// One page's result.
    public struct PageResult: Sendable {
        public var page: Page
        public var counts: Counts
        /// The extracted text; empty when the reader skipped the page.
        public var extraction: String
        /// Why the reader skipped the page, when it did.
        public var skipReason: String?
    }

    /// Precision, recall and F1 over a set of pages.
    public struct Summary: Sendable, Equatable {
        public var pages: Int
        public var precision: Double
        public var recall: Double
        public var f1: Double
        /// Pages whose F1 is below one half, and below one tenth.
        public var pagesUnderHalf: Int
        public var pagesAtZero: Int

        public init(_ results: [PageResult]) {
            let precisions = results.compactMap(\.counts.precision)
            let recalls = results.compactMap(\.counts.recall)
            pages = results.count
            precision = precisions.isEmpty ? 0 : precisions.reduce(0, +) / Double(precisions.count)
            recall = recalls.isEmpty ? 0 : recalls.reduce(0, +) / Double(recalls.count)
            f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
            pagesUnderHalf = results.count { $0.counts.f1 < 0.5 }
            pagesAtZero = results.count { $0.counts.f1 < 0.1 }
        }
    }

    public var pages: [Page]

    /// Reads the benchmark's ground truth and lists its pages, sorted by id.
    public init(folder: String) throws(BriefError) {
        let truthPath = "\(folder)/ground-truth.json"
        guard let data = FileManager.default.contents(atPath: truthPath) else { throw .missingPath(truthPath) }
        guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw .unreadable(path: truthPath, reason: "not a JSON object of pages")
        }
        var pages: [Page] = []
        for id in object.keys.sorted() {
            guard let entry = object[id] as? [String: Any] else { continue }
            let candidates = ["\(folder)/html/\(id).html.gz", "\(folder)/html/\(id).html"]
            guard let path = candidates.first(where: { FileManager.default.fileExists(atPath: $0) }) else {
                throw .missingPath(candidates[0])
            }
            pages.append(Page(id: id, url: entry["url"] as? String, path: path, truth: entry["articleBody"] as? String ?? ""))
        }
        self.pages = pages
    }

    /// Reads every page with brief's HTML reader and scores it.
    public func evaluate() -> [PageResult] {
        let reader = HTMLArticleReader()
        return pages.parallelMap(grain: 4) { page in
            let extraction: String
            var skipReason: String?
            if let bytes = LibXML.contentsOfFile(atPath: page.path, limit: 64 << 20) {
                do throws(ArticleReadingSkip) {
                    let reading = try reader.read(bytes, path: page.path, id: page.id)
                    extraction = reading.articles.map(\.text).joined(separator: "\n\n")
                } catch {
                    extraction = ""
                    skipReason = error.reason
                }
            } else {
                extraction = ""
                skipReason = "unreadable file"
            }
            let counts = Self.counts(truth: page.truth, extraction: extraction)
            return PageResult(page: page, counts: counts, extraction: extraction, skipReason: skipReason)
        }
    }

    /// The benchmark's word tokens: maximal runs of letters, digits (any numeric scalar) and `_`.
    public static func tokens(_ text: String) -> [Substring] {
        var tokens: [Substring] = []
        var start: String.Index?
        var index = text.startIndex
        for scalar in text.unicodeScalars {
            let isWord = scalar == "_" || scalar.properties.generalCategory.isLetter || scalar.properties.numericType != nil
            if isWord {
                if start == nil { start = index }
            } else if let first = start {
                tokens.append(text[first..<index])
                start = nil
            }
            index = text.unicodeScalars.index(after: index)
        }
        if let first = start { tokens.append(text[first...]) }
        return tokens
    }

    /// The shingles of `text` with their counts: every run of four tokens, or the whole token
    /// list when there are fewer (none for a text with no token).
    static func shingles(_ text: String) -> [[Substring]: Int] {
        let tokens = tokens(text)
        var counts: [[Substring]: Int] = [:]
        let width = 4
        if tokens.count < width {
            if !tokens.isEmpty { counts[tokens] = 1 }
            return counts
        }
        for start in 0...(tokens.count - width) { counts[Array(tokens[start..<start + width]), default: 0] += 1 }
        return counts
    }

    /// The normalised counts of one page.
    public static func counts(truth: String, extraction: String) -> Counts {
        let expected = shingles(truth)
        let found = shingles(extraction)
        var tp = 0
        var fp = 0
        var fn = 0
        for (shingle, count) in expected {
            let other = found[shingle] ?? 0
            tp += min(count, other)
            fn += max(0, count - other)
        }
        for (shingle, count) in found { fp += max(0, count - (expected[shingle] ?? 0)) }
        let sum = Double(tp + fp + fn)
        guard sum > 0 else { return Counts(truePositives: 0, falsePositives: 0, falseNegatives: 0) }
        return Counts(truePositives: Double(tp) / sum, falsePositives: Double(fp) / sum, falseNegatives: Double(fn) / sum)
    }
}

extension Unicode.GeneralCategory {
    fileprivate var isLetter: Bool {
        switch self {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: true
        default: false
        }
    }
}

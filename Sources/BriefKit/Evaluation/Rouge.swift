import Foundation

/// ROUGE-N recall with ROUGE-1.5.5's conventions (Lin 2004; the settings of Hong et al. 2014:
/// `-n 4 -m -a -l 100 -x -f A`):
/// - peer and references are cut to their first ``wordLimit`` words, sentence by sentence;
/// - tokens: lower-cased runs of `[a-z0-9]`; tokens longer than three letters are stemmed
///   (WordNet exception list first, as 1.5.5 does: said → say, then Porter);
/// - stop words are kept;
/// - several references (`-f A`): hits and reference n-grams are summed over the references,
///   recall = Σ hits / Σ reference n-grams, where a hit is an n-gram in both, counted at most
///   as often as the peer has it.
public struct Rouge: Sendable {
    /// How many words of each summary count.
    public var wordLimit: Int
    /// Inflected form to base form, from WordNet's `*.exc` files.
    public var exceptions: [String: String]

    public init(wordLimit: Int = 100, exceptions: [String: String] = [:]) {
        self.wordLimit = wordLimit
        self.exceptions = exceptions
    }

    /// Hits and reference n-gram total of one peer against its references.
    public struct Count: Sendable {
        public var hits = 0
        public var total = 0
        public var recall: Double { total == 0 ? 0 : Double(hits) / Double(total) }
    }

    /// ROUGE-`n` of `peer` against `references` (texts with one sentence per line).
    public func score(peer: String, references: [String], n: Int) -> Count {
        let peerGrams = ngrams(tokens(peer), n)
        var count = Count()
        for reference in references {
            let referenceGrams = ngrams(tokens(reference), n)
            for (gram, frequency) in referenceGrams {
                count.hits += min(frequency, peerGrams[gram] ?? 0)
            }
            count.total += referenceGrams.values.reduce(0, +)
        }
        return count
    }

    /// The scored tokens of `text`: cut to the word limit, lower-cased, stemmed.
    public func tokens(_ text: String) -> [String] {
        var kept: [String] = []
        var used = 0
        for line in text.split(separator: "\n") {
            let words = line.lowercased().split(whereSeparator: \.isWhitespace)
            guard !words.isEmpty else { continue }
            if used + words.count < wordLimit {
                kept.append(words.joined(separator: " "))
                used += words.count
            } else {
                kept.append(words.prefix(wordLimit - used).joined(separator: " "))
                break
            }
        }
        let joined = kept.joined(separator: " ")
        var tokens: [String] = []
        var current = ""
        for scalar in joined.unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                current.unicodeScalars.append(scalar)
            } else if !current.isEmpty {
                tokens.append(stem(current))
                current = ""
            }
        }
        if !current.isEmpty { tokens.append(stem(current)) }
        return tokens
    }

    private func stem(_ token: String) -> String {
        guard token.count > 3 else { return token }
        return exceptions[token] ?? PorterStemmer.stem(token)
    }

    private func ngrams(_ tokens: [String], _ n: Int) -> [[String]: Int] {
        var grams: [[String]: Int] = [:]
        guard tokens.count >= n else { return grams }
        for start in 0...(tokens.count - n) { grams[Array(tokens[start..<start + n]), default: 0] += 1 }
        return grams
    }

    /// WordNet's exception lists (`noun.exc`, `verb.exc`, …) in `folder`: the later file wins
    /// for a word listed twice, as in ROUGE-1.5.5's database. Empty when the folder is missing.
    public static func exceptions(inFolder folder: String) -> [String: String] {
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".exc") }.sorted()
        var table: [String: String] = [:]
        for file in files {
            guard let data = FileManager.default.contents(atPath: folder + "/" + file) else { continue }
            for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
                let parts = line.split(separator: " ")
                if parts.count >= 2 { table[String(parts[0])] = String(parts[1]) }
            }
        }
        return table
    }
}

import Foundation

/// TF-IDF vectors of the corpus's sentences over stemmed, stop-worded terms.
///
/// Inverse document frequency counts sentences, not articles: with a handful of articles on
/// one story, nearly every topic word is in every article, but not in every sentence.
/// Weight: `(1 + ln tf) * (1 + ln(N / df))`.
public struct TermVectors: Sendable {
    /// One vector per sentence, in corpus order.
    public let vectors: [SparseVector]
    /// How many sentences contain each term.
    public let documentFrequency: [Int]
    /// The number of sentences.
    public let sentenceCount: Int
    /// Term text to id.
    let termIDs: [String: Int32]
    /// Each sentence's first occurrence in the corpus (the same text, byte for byte): a
    /// sentence reprinted word for word has its original's vector, made once.
    let textOriginals: FirstOccurrences

    /// Builds vectors for `texts` (one per sentence).
    public init(texts: [String]) {
        self.init(texts: texts, sliceSize: 16_384)
    }

    /// Builds vectors for `texts`, tokenizing slices of `sliceSize` sentences at a time (the
    /// result is the same for any size).
    init(texts: [String], sliceSize: Int) {
        // 1. On every core, slices of sentences: tokenize and stem (a memo per slice; a
        //    larger slice stems fewer words again), number the slice's terms in order of
        //    first use, count each sentence's. The result does not depend on the slicing.
        //    A repeated text is left out: its terms are its original's, met before it, so
        //    leaving it out changes neither the numbering nor the counts.
        let originals = FirstOccurrences(texts: texts)
        let slices = blockRanges(count: texts.count, size: sliceSize)
        let local = slices.parallelMap(grain: 1) { slice in SliceTerms(texts[slice], originals: originals, from: slice.lowerBound) }
        // 2. Corpus-wide ids in order of first use: slice by slice, each slice's terms in its
        //    order, which is the order a single pass over the corpus would give.
        var ids: [String: Int32] = [:]
        let globalIDs = local.map { slice in
            slice.terms.map { term -> Int32 in
                if let known = ids[term] { return known }
                let id = Int32(ids.count)
                ids[term] = id
                return id
            }
        }
        // 3. Each term's sentences: an original's terms count once for each of its copies.
        var copies = [Int](repeating: 0, count: texts.count)
        for i in texts.indices { copies[Int(originals.originals[i])] += 1 }
        var df = [Int](repeating: 0, count: ids.count)
        for (s, slice) in slices.enumerated() {
            for i in slice where copies[i] > 0 {
                for entry in local[s].entries(of: i - slice.lowerBound) { df[Int(globalIDs[s][Int(entry.term)])] += copies[i] }
            }
        }
        let n = Double(max(texts.count, 1))
        let idf = df.map { 1 + log(n / Double(max($0, 1))) }
        // 4. On every core again: each sentence's (id, count) pairs in id order, and its
        //    vector. A repeat shares its original's vector (one allocation, not one each).
        vectors = originals.values(grain: 4_096) { i in
            let s = i / sliceSize
            let sliceIDs = globalIDs[s]
            let entries = local[s].entries(of: i - s * sliceSize).map { (sliceIDs[Int($0.term)], $0.count) }.sorted { $0.0 < $1.0 }
            return SparseVector(count: entries.count, term: { entries[$0].0 }, weight: { (1 + log(Double(entries[$0].1))) * idf[Int(entries[$0].0)] })
        }
        documentFrequency = df
        sentenceCount = texts.count
        termIDs = ids
        textOriginals = originals
    }

    /// The inverse frequency weight of a content term (``Tokenizer/terms(_:)``) in the corpus:
    /// `1 + ln(N / df)`, and `1 + ln N` for a term no sentence has.
    public func inverseFrequency(of term: String) -> Double {
        let df = termIDs[term].map { documentFrequency[Int($0)] } ?? 1
        return 1 + log(Double(max(sentenceCount, 1)) / Double(max(df, 1)))
    }

    /// The inverse frequency weight of the term numbered `id`: `1 + ln(N / df)`.
    public func inverseFrequency(ofTermID id: Int32) -> Double {
        1 + log(Double(max(sentenceCount, 1)) / Double(max(documentFrequency[Int(id)], 1)))
    }

    /// A vector for text outside the corpus (a headline), over the corpus's terms and weights.
    public func vector(for text: String) -> SparseVector {
        var tf: [Int32: Int] = [:]
        for term in Tokenizer.terms(text) {
            if let id = termIDs[term] { tf[id, default: 0] += 1 }
        }
        let n = Double(max(sentenceCount, 1))
        let sorted = tf.sorted { $0.key < $1.key }
        return SparseVector(
            terms: sorted.map(\.key),
            weights: sorted.map { (1 + log(Double($0.value))) * (1 + log(n / Double(max(documentFrequency[Int($0.key)], 1)))) }
        )
    }
}

/// One slice of sentences, tokenized: its terms numbered in order of first use, and each
/// sentence's terms by that number with their counts, all in one flat list (a slice of
/// 16,384 sentences costs two arrays, not one per sentence).
private struct SliceTerms: Sendable {
    typealias Entry = (term: Int32, count: Int32)
    var terms: [String] = []
    /// Every sentence's (term, count) pairs in order of first use, sentence after sentence.
    private var entries: [Entry] = []
    /// Where each sentence's pairs end in `entries`.
    private var ends: [Int] = []

    /// The (term, count) pairs of the slice's sentence `row` (none for a repeated text).
    func entries(of row: Int) -> ArraySlice<Entry> {
        entries[(row == 0 ? 0 : ends[row - 1])..<ends[row]]
    }

    /// The slice of sentences `texts`, the first numbered `start`; repeated texts
    /// (`originals`) get no counts of their own.
    init(_ texts: ArraySlice<String>, originals: FirstOccurrences, from start: Int) {
        // Each word's term number (-1 for a stop word), found once per slice: a word met
        // again costs one look-up, not a stem look-up and a number look-up.
        var wordNumbers = WordTable<Int32>(minimumCapacity: 4_096)
        var numbers: [String: Int32] = [:]
        ends.reserveCapacity(texts.count)
        // Most sentences have few terms: counted in a small array, with a dictionary of
        // places only once it grows (a long piece of an unpunctuated text). Both are kept
        // from sentence to sentence, emptied.
        var tf: [Entry] = []
        var places: [Int32: Int] = [:]
        for (offset, text) in texts.enumerated() {
            defer { ends.append(entries.count) }
            guard originals.isOriginal(start + offset) else { continue }
            tf.removeAll(keepingCapacity: true)
            if !places.isEmpty { places.removeAll(keepingCapacity: true) }
            Tokenizer.forEachWord(in: text) { bytes in
                let number: Int32
                if let known = wordNumbers[bytes: bytes] {
                    number = known
                } else {
                    let word = String(decoding: bytes, as: UTF8.self)
                    if StopWords.english.contains(word) {
                        number = -1
                    } else {
                        let stem = PorterStemmer.stem(word)
                        if let known = numbers[stem] {
                            number = known
                        } else {
                            number = Int32(terms.count)
                            numbers[stem] = number
                            terms.append(stem)
                        }
                    }
                    wordNumbers.insert(bytes: bytes, number)
                }
                guard number >= 0 else { return }
                let place = tf.count <= 16 ? tf.firstIndex { $0.term == number } : places[number]
                if let place {
                    tf[place].count += 1
                } else {
                    tf.append((number, 1))
                    if tf.count == 17 {
                        for (k, entry) in tf.enumerated() { places[entry.term] = k }
                    } else if tf.count > 17 {
                        places[number] = tf.count - 1
                    }
                }
            }
            entries.append(contentsOf: tf)
        }
    }
}

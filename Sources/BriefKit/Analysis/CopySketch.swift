/// What the copy test needs to know of a sentence before it reads its terms: the hash of its
/// figures and days, its number of content terms, and one bit of 64 for each term. Two
/// sentences whose sketches fail ``mayBeCopy(of:)`` are not copies; the test then reads no
/// vector (most candidates from a band bucket are not copies, and each vector read is a
/// wait on memory).
struct CopySketch: Sendable, Equatable {
    /// ``SentenceCopies``'s hash of the sentence's figures and days.
    var figures: UInt64 = 0
    /// The number of distinct content terms.
    var termCount: Int32 = 0
    /// Bit `termBit(t)` set for each term `t`.
    var termBits: UInt64 = 0

    init() {}

    /// The sketch of a sentence with these distinct `terms` and figure hash.
    init(terms: SparseVector.Terms, figures: UInt64) {
        self.figures = figures
        termCount = Int32(terms.count)
        for term in terms { termBits |= 1 << Self.termBit(term) }
    }

    /// The bit of term `id`: its id, multiplied by a large odd constant, to its top six bits
    /// (ids are numbered in order of first use, so neighbouring ids are spread).
    static func termBit(_ id: Int32) -> UInt64 {
        (UInt64(UInt32(bitPattern: id)) &* 0x9E37_79B9_7F4A_7C15) >> 58
    }

    /// The most terms the two sentences can share: a bit set in one sketch and not in the
    /// other stands for at least one term of the first that the second does not have, and
    /// distinct bits for distinct terms.
    func sharedTermsBound(with other: CopySketch) -> Int {
        let onlyHere = Int32((termBits & ~other.termBits).nonzeroBitCount)
        let onlyThere = Int32((other.termBits & ~termBits).nonzeroBitCount)
        return Int(Swift.min(termCount - onlyHere, other.termCount - onlyThere))
    }

    /// False when the two sentences cannot be copies (``SentenceCopies``): other figures, or
    /// too few terms in common for four shared terms and a cosine of
    /// ``SentenceCopies/threshold`` even if every term that can be shared is.
    func mayBeCopy(of other: CopySketch) -> Bool {
        guard figures == other.figures else { return false }
        let bound = sharedTermsBound(with: other)
        return bound >= 4 && Double(bound) >= SentenceCopies.threshold * Double(Int(termCount) * Int(other.termCount)).squareRoot()
    }
}

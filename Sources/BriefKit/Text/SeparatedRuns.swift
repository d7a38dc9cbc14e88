extension Sequence {
    /// How many runs of elements that are not separators the sequence holds (words, when
    /// the separators are spaces), counted up to `limit`: it reads no further than the
    /// `limit`-th run's first element.
    @inlinable
    func countRuns(upTo limit: Int, isSeparator: (Element) -> Bool) -> Int {
        guard limit > 0 else { return 0 }
        var count = 0
        var inRun = false
        for element in self {
            if isSeparator(element) {
                inRun = false
            } else if !inRun {
                inRun = true
                count += 1
                if count == limit { return count }
            }
        }
        return count
    }
}

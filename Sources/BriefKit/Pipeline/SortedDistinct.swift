extension Array where Element: Comparable {
    /// Sorts the array in place and keeps each value once (a few values, no set made).
    mutating func formSortedDistinct() {
        sort()
        var kept = 0
        for index in indices where kept == 0 || self[kept - 1] != self[index] {
            self[kept] = self[index]
            kept += 1
        }
        removeLast(count - kept)
    }
}

extension Array {
    /// The index of the first element for which `isAfter` is true, in an array where every
    /// element for which it is false comes first (`count` when there is none): a binary search.
    func partitionPoint(where isAfter: (Element) -> Bool) -> Int {
        var low = 0, high = count
        while low < high {
            let middle = (low + high) / 2
            if isAfter(self[middle]) { high = middle } else { low = middle + 1 }
        }
        return low
    }
}

/// A map from 64-bit keys that are already well-mixed hashes (the copy classes' MinHash band
/// keys) to non-negative numbers: open addressing with linear probing in one flat array of
/// (key, number) places, and no hashing of its own, where a `Dictionary` would hash each key
/// again. A key and its number share a place, so a look-up in a table far larger than the
/// processor's caches waits for memory once, not twice.
struct HashedKeyTable: Sendable {
    private struct Place {
        var key: UInt64 = 0
        /// -1 marks an empty place.
        var value: Int32 = -1
    }

    private var places: [Place]
    private var mask: Int
    /// The keys held.
    private(set) var count = 0

    /// A table that holds `minimumCapacity` keys before it first grows.
    init(minimumCapacity: Int = 0) {
        var capacity = 16
        while capacity * 7 < max(minimumCapacity, 1) * 10 { capacity *= 2 }
        places = [Place](repeating: Place(), count: capacity)
        mask = capacity - 1
    }

    /// The number stored for `key`, or nil.
    subscript(key: UInt64) -> Int32? {
        var place = Int(truncatingIfNeeded: key) & mask
        while places[place].value >= 0 {
            if places[place].key == key { return places[place].value }
            place = (place + 1) & mask
        }
        return nil
    }

    /// Stores `value` (not negative) for `key`, which the table does not hold yet.
    mutating func insert(_ value: Int32, for key: UInt64) {
        precondition(value >= 0, "HashedKeyTable stores non-negative values")
        if (count + 1) * 10 > places.count * 7 { grow() }
        var place = Int(truncatingIfNeeded: key) & mask
        while places[place].value >= 0 { place = (place + 1) & mask }
        places[place] = Place(key: key, value: value)
        count += 1
    }

    private mutating func grow() {
        let old = places
        places = [Place](repeating: Place(), count: old.count * 2)
        mask = places.count - 1
        count = 0
        for place in old where place.value >= 0 { insert(place.value, for: place.key) }
    }
}

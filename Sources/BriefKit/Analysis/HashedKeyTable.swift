/// A map from 64-bit keys that are already well-mixed hashes (the copy classes' MinHash band
/// keys) to non-negative numbers: open addressing with linear probing in two flat arrays, and
/// no hashing of its own, where a `Dictionary` would hash each key again and keep its
/// entries apart from their keys' slots.
struct HashedKeyTable: Sendable {
    private var keys: [UInt64]
    /// -1 marks an empty place.
    private var values: [Int32]
    private var mask: Int
    /// The keys held.
    private(set) var count = 0

    /// A table that holds `minimumCapacity` keys before it first grows.
    init(minimumCapacity: Int = 0) {
        var capacity = 16
        while capacity * 7 < max(minimumCapacity, 1) * 10 { capacity *= 2 }
        keys = [UInt64](repeating: 0, count: capacity)
        values = [Int32](repeating: -1, count: capacity)
        mask = capacity - 1
    }

    /// The number stored for `key`, or nil.
    subscript(key: UInt64) -> Int32? {
        var place = Int(truncatingIfNeeded: key) & mask
        while values[place] >= 0 {
            if keys[place] == key { return values[place] }
            place = (place + 1) & mask
        }
        return nil
    }

    /// Stores `value` (not negative) for `key`, which the table does not hold yet.
    mutating func insert(_ value: Int32, for key: UInt64) {
        precondition(value >= 0, "HashedKeyTable stores non-negative values")
        if (count + 1) * 10 > keys.count * 7 { grow() }
        var place = Int(truncatingIfNeeded: key) & mask
        while values[place] >= 0 { place = (place + 1) & mask }
        keys[place] = key
        values[place] = value
        count += 1
    }

    private mutating func grow() {
        let (oldKeys, oldValues) = (keys, values)
        keys = [UInt64](repeating: 0, count: oldKeys.count * 2)
        values = [Int32](repeating: -1, count: oldKeys.count * 2)
        mask = keys.count - 1
        count = 0
        for (key, value) in zip(oldKeys, oldValues) where value >= 0 { insert(value, for: key) }
    }
}

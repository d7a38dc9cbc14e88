import BriefBenchmarkKit
import Testing

@testable import BriefKit

/// The copy classes' table of band keys, against a Dictionary.
@Suite struct HashedKeyTableTests {
    @Test func holdsWhatADictionaryHoldsThroughItsGrowth() {
        // Seeded keys, some sharing their low bits (the bits that place them) and 0 among
        // them; enough to grow the table several times.
        var generator = SplitMix64(seed: 13)
        var table = HashedKeyTable(minimumCapacity: 4)
        var reference: [UInt64: Int32] = [:]
        for value in 0..<20_000 {
            var key = generator.next()
            if value % 5 == 0 { key = (key << 20) | 0x1234 }
            if value == 7 { key = 0 }
            guard reference[key] == nil else { continue }
            reference[key] = Int32(value)
            table.insert(Int32(value), for: key)
        }
        #expect(table.count == reference.count)
        for (key, value) in reference { #expect(table[key] == value) }
        for _ in 0..<2_000 {
            let key = generator.next()
            #expect(table[key] == reference[key])
        }
    }
}

import BriefBenchmarkKit
import Testing

@testable import BriefKit

/// Keeping the strongest few of a sequence gives the set a full sort's prefix gives.
@Suite struct KeepStrongestTests {
    @Test func theKeptItemsAreASortsPrefix() {
        var random = SplitMix64(seed: 17)
        var kept: [Int] = [99]
        for round in 0..<300 {
            let items = (0..<random.int(in: 0...200)).map { _ in random.int(in: 0...50) * 1_000 + round }
            let count = random.int(in: 0...60)
            kept.keepStrongest(of: items, count: count, weaker: <)
            #expect(kept.sorted(by: >) == Array(items.sorted(by: >).prefix(count)))
        }
        kept.keepStrongest(of: [3, 1, 2], count: 0, weaker: <)
        #expect(kept.isEmpty)
    }
}

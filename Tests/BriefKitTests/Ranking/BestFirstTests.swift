import BriefBenchmarkKit
import Testing

@testable import BriefKit

/// The best-first order made a block at a time is the order of a full sort, ties to the lower
/// index, however it is read.
@Suite struct BestFirstTests {
    static func scores(_ count: Int, seed: UInt64) -> [Double] {
        var random = SplitMix64(seed: seed)
        // Few distinct values: many ties.
        return (0..<count).map { _ in Double(random.int(in: 0...40)) / 8 - 2 }
    }

    static func sorted(_ scores: [Double]) -> [Int] {
        scores.indices.sorted { (scores[$0], -$0) > (scores[$1], -$1) }
    }

    @Test func everyBlockSizeGivesTheSortedOrder() {
        for (count, block) in [(0, 4), (1, 1), (7, 3), (500, 1), (500, 16), (3_000, 64), (3_000, 5_000)] {
            let scores = Self.scores(count, seed: UInt64(count * 31 + block))
            #expect(Array(BestFirst(scores, firstBlockSize: block)) == Self.sorted(scores), "\(count) by \(block)")
        }
    }

    @Test func peekingAndTakingSeveralAtOnceKeepTheOrder() {
        let scores = Self.scores(2_000, seed: 9)
        var order = BestFirst(scores, firstBlockSize: 50)
        var read: [Int] = []
        var random = SplitMix64(seed: 3)
        while let next = order.peek() {
            let taken = order.next(random.int(in: 1...120))
            #expect(taken.first == next)
            read += taken
        }
        #expect(order.next() == nil)
        #expect(read == Self.sorted(scores))
        #expect(Array(BestFirst(scores).prefix(10)) == Array(Self.sorted(scores).prefix(10)))
    }
}

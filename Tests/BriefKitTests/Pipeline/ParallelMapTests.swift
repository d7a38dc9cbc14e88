import Synchronization
import Testing

@testable import BriefKit

@Suite struct ParallelMapTests {
    @Test func parallelMapIsMapInOrder() {
        let numbers = Array(0..<10_000)
        for grain in [1, 16, 256, 20_000] {
            #expect(numbers.parallelMap(grain: grain) { $0 * 3 + 1 } == numbers.map { $0 * 3 + 1 })
        }
        #expect([Int]().parallelMap { $0 } == [])
    }

    @Test func chunksCoverEveryIndexOnce() {
        for count in [0, 1, 7, 1_999, 2_000, 50_001] {
            let visits = Mutex([Int](repeating: 0, count: count))
            concurrentChunks(count: count, parallelFrom: 2_000, minimumChunk: 3) { chunk in
                visits.withLock { for i in chunk { $0[i] += 1 } }
            }
            #expect(visits.withLock { $0.allSatisfy { $0 == 1 } }, "count \(count)")
        }
        #expect(blockRanges(count: 10, size: 4) == [0..<4, 4..<8, 8..<10])
        #expect(blockRanges(count: 0, size: 4) == [])
    }
}

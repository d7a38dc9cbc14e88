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

    @Test func joiningInParallelIsFlatMap() {
        // Empty parts, parts of strings (copied with their storage) and enough elements to
        // join on every core.
        let parts = (0..<3_000).map { i in (0..<(i % 7 == 0 ? 0 : i % 61)).map { "s\(i)-\($0)-" + String(repeating: "x", count: $0 % 20) } }
        #expect(parts.map(\.count).reduce(0, +) >= 65_536)
        #expect(parts.joinedInParallel() == parts.flatMap { $0 })
        let small = [[1, 2], [], [3]]
        #expect(small.joinedInParallel() == [1, 2, 3])
        #expect([[Int]]().joinedInParallel() == [])
    }

    /// Arrays read as one without copying: the same elements, in the same order and places,
    /// as the joined array, empty parts anywhere included.
    @Test func joinedArraysReadAsTheJoinedArray() {
        let parts = (0..<500).map { i in (0..<(i % 5 == 0 ? 0 : i % 13)).map { i * 100 + $0 } }
        let joined = JoinedArrays(parts)
        let flat = parts.flatMap { $0 }
        #expect(joined.count == flat.count)
        #expect(Array(joined) == flat)
        #expect(flat.indices.allSatisfy { joined[$0] == flat[$0] })
        #expect(Array(JoinedArrays([[Int](), [], [7], []])) == [7])
        #expect(JoinedArrays([[Int]]()).isEmpty)
    }
}

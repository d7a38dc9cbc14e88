import Foundation

extension Array where Element: Sendable {
    /// `map(transform)` with the elements shared out over every core, in chunks of at least
    /// `grain`; the result is in order and the same as `map`'s, whatever the number of cores.
    ///
    /// Chunks are small enough that no core is left waiting long for the last (up to 64 a
    /// core): a chunk of many costly elements, when cores take four each, left one core idle
    /// for an eighth of the work.
    func parallelMap<T: Sendable>(grain: Int = 16, _ transform: (Element) -> T) -> [T] {
        let workers = ProcessInfo.processInfo.activeProcessorCount
        guard workers > 1, count >= 2 * grain else { return map(transform) }
        let chunksPerCore = Swift.min(64, Swift.max(4, count / (workers * grain)))
        return withoutActuallyEscaping(transform) { transform in
            let shared = UncheckedSendable(transform)
            return [T](unsafeUninitializedCapacity: count) { buffer, initialized in
                let output = UncheckedSendable(buffer.baseAddress!)
                concurrentChunks(count: count, parallelFrom: 2 * grain, minimumChunk: grain, chunksPerCore: chunksPerCore) { chunk in
                    for i in chunk { (output.value + i).initialize(to: shared.value(self[i])) }
                }
                initialized = count
            }
        }
    }
}

/// Calls `body` with consecutive ranges that cover `0..<count`, several per core and at the
/// same time, when there are at least `parallelFrom` items and more than one core; otherwise
/// once, with the whole range, on this thread. Each range holds at least `minimumChunk` items
/// (the last may hold fewer). `body` must only write what its own range owns.
func concurrentChunks(
    count: Int, parallelFrom threshold: Int, minimumChunk: Int = 1, chunksPerCore: Int = 4,
    _ body: (Range<Int>) -> Void
) {
    let workers = ProcessInfo.processInfo.activeProcessorCount
    guard workers > 1, count >= threshold else {
        if count > 0 { body(0..<count) }
        return
    }
    let chunk = Swift.max(minimumChunk, (count + workers * chunksPerCore - 1) / (workers * chunksPerCore))
    withoutActuallyEscaping(body) { body in
        let shared = UncheckedSendable(body)
        DispatchQueue.concurrentPerform(iterations: (count + chunk - 1) / chunk) { c in
            shared.value((c * chunk)..<Swift.min(count, (c + 1) * chunk))
        }
    }
}

/// `0..<count` cut into consecutive ranges of `size` (the last may be shorter): blocks of work
/// for `parallelMap` that keep scratch space (a memo, sums) per block.
func blockRanges(count: Int, size: Int) -> [Range<Int>] {
    stride(from: 0, to: count, by: size).map { $0..<Swift.min(count, $0 + size) }
}

/// `0..<count` cut into about `blocks` consecutive ranges (of `count / blocks` items, at least
/// one): a large array's elements in blocks of work, whatever its size.
func blockRanges(count: Int, blocks: Int) -> [Range<Int>] {
    blockRanges(count: count, size: Swift.max(1, count / blocks))
}

extension Array {
    /// The arrays joined in order (`flatMap { $0 }`) into an array of exactly their total
    /// size, each copied into place on every core: joining millions of elements is a copy
    /// worth sharing out.
    func joinedInParallel<T: Sendable>() -> [T] where Element == [T] {
        var offsets = [Int](repeating: 0, count: count + 1)
        for (index, part) in enumerated() { offsets[index + 1] = offsets[index] + part.count }
        let total = offsets[count]
        guard total >= 65_536 else {
            // Room made once: appending part by part would leave up to half the array spare.
            var joined: [T] = []
            joined.reserveCapacity(total)
            for part in self { joined.append(contentsOf: part) }
            return joined
        }
        return [T](unsafeUninitializedCapacity: total) { buffer, initialized in
            let output = UncheckedSendable(buffer.baseAddress!)
            let parts = UncheckedSendable(self)
            concurrentChunks(count: count, parallelFrom: 2) { chunk in
                for index in chunk {
                    parts.value[index].withUnsafeBufferPointer { part in
                        guard let base = part.baseAddress else { return }
                        (output.value + offsets[index]).initialize(from: base, count: part.count)
                    }
                }
            }
            initialized = total
        }
    }
}

import Foundation

extension Array where Element: Sendable {
    /// `map(transform)` with the elements shared out over every core, in chunks of at least
    /// `grain`; the result is in order and the same as `map`'s, whatever the number of cores.
    func parallelMap<T: Sendable>(grain: Int = 16, _ transform: (Element) -> T) -> [T] {
        let workers = ProcessInfo.processInfo.activeProcessorCount
        guard workers > 1, count >= 2 * grain else { return map(transform) }
        let chunk = Swift.max(grain, (count + workers * 4 - 1) / (workers * 4))
        let chunks = (count + chunk - 1) / chunk
        return withoutActuallyEscaping(transform) { transform in
            let shared = UncheckedSendable(transform)
            return [T](unsafeUninitializedCapacity: count) { buffer, initialized in
                let output = UncheckedSendable(buffer.baseAddress!)
                DispatchQueue.concurrentPerform(iterations: chunks) { c in
                    for i in (c * chunk)..<Swift.min(count, (c + 1) * chunk) {
                        (output.value + i).initialize(to: shared.value(self[i]))
                    }
                }
                initialized = count
            }
        }
    }
}

/// `0..<count` cut into consecutive ranges of `size` (the last may be shorter): blocks of work
/// for `parallelMap` that keep scratch space (a memo, sums) per block.
func blockRanges(count: Int, size: Int) -> [Range<Int>] {
    stride(from: 0, to: count, by: size).map { $0..<Swift.min(count, $0 + size) }
}

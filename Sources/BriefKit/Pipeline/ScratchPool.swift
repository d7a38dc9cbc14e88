import Foundation

/// Scratch spaces for the chunks of a parallel loop, each made once and handed from chunk to
/// chunk: a loop can then be cut into many small chunks (no core left alone with a large last
/// one) without making and clearing a large scratch space for each.
///
/// A chunk takes a space, uses it, and gives it back fit for the next chunk (the search's sums
/// cleared; arrays a user clears before each use may keep their contents): no more are made
/// than chunks run at once.
final class ScratchPool<Scratch>: @unchecked Sendable {
    private let lock = NSLock()
    /// The spaces not in use; guarded by `lock`.
    private var idle: [Scratch] = []
    private let make: () -> Scratch

    /// A pool that makes a space with `make` when none is idle.
    init(_ make: @escaping () -> Scratch) {
        self.make = make
    }

    /// Calls `body` with a space of the pool, which `body` must leave fit for the next chunk.
    func withScratch<Result>(_ body: (inout Scratch) -> Result) -> Result {
        lock.lock()
        var scratch = idle.popLast()
        lock.unlock()
        if scratch == nil { scratch = make() }
        let result = body(&scratch!)
        lock.lock()
        idle.append(scratch!)
        lock.unlock()
        return result
    }
}

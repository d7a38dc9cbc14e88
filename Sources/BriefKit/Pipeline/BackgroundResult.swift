import Foundation

/// A value computed on another thread from the moment it is made; ``take()`` waits for it.
///
/// Two stages that do not depend on each other then run at the same time: while one stage
/// works on a single core (building people from their mentions), the other keeps the
/// remaining cores busy. `work` must be pure, so the value is the same whenever it runs, and
/// it may share out its own work over every core (it does not run inside another
/// `concurrentPerform`, which would run it on one).
final class BackgroundResult<Value: Sendable>: @unchecked Sendable {
    private let done = DispatchGroup()
    /// Written once by the worker before it leaves `done`; read only after waiting for it.
    private var result: Value?

    init(_ work: @escaping @Sendable () -> Value) {
        done.enter()
        DispatchQueue.global().async {
            self.result = work()
            self.done.leave()
        }
    }

    /// The value, once the work is done (waiting for it until then), handed over: this keeps
    /// no reference to it, so a large value is freed as soon as its taker is done with it.
    /// Taken once, by one thread.
    func take() -> Value {
        done.wait()
        defer { result = nil }
        return result!
    }
}

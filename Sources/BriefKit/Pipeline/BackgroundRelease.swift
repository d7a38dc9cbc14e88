import Foundation

/// Frees `value` on another thread, once the caller has handed over its last reference
/// (`releaseInBackground(consume value)`): a big corpus's documents, sentences and analysis
/// are millions of allocations, and freeing them takes a core a second or more that the next
/// stage need not wait for. A process that ends meanwhile frees them all at once.
public func releaseInBackground<Value>(_ value: consuming Value) {
    Handover(value).releaseInBackground()
}

/// A value held by one reference, the box's: whoever else holds the box, the value is freed
/// by ``releaseInBackground()``'s thread. (A copy of the value captured by a closure would
/// leave its maker a reference, and free the value there whenever the other thread is first.)
final class Handover: @unchecked Sendable {
    private var value: Any?

    init(_ value: Any) {
        self.value = value
    }

    /// Lets the value go on another thread.
    func releaseInBackground() {
        DispatchQueue.global(qos: .utility).async { self.value = nil }
    }
}

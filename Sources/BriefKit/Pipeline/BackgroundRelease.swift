import Foundation

/// Frees `value` on another thread, once the caller has handed over its last reference
/// (`releaseInBackground(consume value)`): a big corpus's documents, sentences and analysis
/// are millions of allocations, and freeing them takes a core a second or more that the next
/// stage need not wait for. A process that ends meanwhile frees them all at once.
public func releaseInBackground<Value>(_ value: consuming Value) {
    let handedOver = UncheckedSendable(value)
    DispatchQueue.global(qos: .utility).async { withExtendedLifetime(handedOver) {} }
}

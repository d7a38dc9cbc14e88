/// Lets parallel workers share a value the compiler cannot prove safe: a buffer whose
/// disjoint slots each worker writes, or a closure that only reads.
struct UncheckedSendable<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}

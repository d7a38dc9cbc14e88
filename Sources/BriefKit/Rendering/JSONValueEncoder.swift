/// Encodes any `Encodable` value as a ``JSONValue`` through the value's own `encode(to:)`
/// (synthesised or written), so that the JSON is made from the model's `Codable` conformance
/// and nothing else, while two things stay under brief's control:
///
/// - Key order: object members come out in the order `encode(to:)` writes them (a synthesised
///   conformance writes the stored properties in declaration order), not sorted or hashed.
/// - Every key is present: `encodeIfPresent` with nil writes `null` instead of leaving the key
///   out, so a reader never has to tell a missing field from an empty one.
///
/// Numbers keep their kind (`Int` as an integer, `Double` in its shortest round-trip form), so
/// the serialised bytes are the same on every platform.
public struct JSONValueEncoder {
    /// Encodes the elements of the root object's arrays (a brief's sections) in blocks on
    /// every core. Only for values whose `encode(to:)` does nothing but encode, like the
    /// brief's model: their elements' `encode(to:)` then run at the same time, in any order.
    public var encodesRootArraysOnEveryCore = false

    public init() {}

    /// `value` as a JSON value.
    /// - Throws: whatever `value.encode(to:)` throws (the encoder itself never fails).
    public func encode<T: Encodable>(_ value: T) throws -> JSONValue {
        let slot = Slot()
        try store(value, in: slot, rootArraysOnEveryCore: encodesRootArraysOnEveryCore)
        return slot.resolved
    }

    /// `value` as pretty-printed JSON text: the bytes of `encode(value).serialized()`, written
    /// from the encoder's own tree, without the ``JSONValue`` copy of it.
    /// - Throws: whatever `value.encode(to:)` throws.
    public func serialize<T: Encodable>(_ value: T) throws -> String {
        try serialize(value, ending: "")
    }

    /// ``serialize(_:)`` with `ending` after the JSON (a final newline), written into the same
    /// bytes rather than appended to a copy of them.
    func serialize<T: Encodable>(_ value: T, ending: String) throws -> String {
        var root: Slot? = Slot()
        try store(value, in: root!, rootArraysOnEveryCore: encodesRootArraysOnEveryCore)
        var writer = JSONTextWriter()
        writer.write(root!)
        // The tree goes before the text is made from the bytes: the two are never held at once.
        root = nil
        return writer.takeText(appending: ending)
    }
}

/// What one `encode(to:)` call has written so far: nothing, a single value, or a container
/// that nested encoders keep filling in (hence a reference type, whose arrays grow in place).
/// A slot knows only its container: its key there, and the coding path, are looked up when
/// asked (seldom), so a brief's millions of slots stay small.
private final class Slot: JSONTreeNode {
    enum Kind { case empty, value, array, object }

    private(set) var kind = Kind.empty
    private var value = JSONValue.null
    private var elements: [Slot] = []
    private var members: [(String, Slot)] = []
    /// The container this slot is a member or element of (nil for the root).
    private unowned let container: Slot?

    init(in container: Slot? = nil) {
        self.container = container
    }

    /// The keys from the root to this slot: member names and element indices.
    var codingPath: [any CodingKey] {
        var path: [any CodingKey] = []
        var slot = self
        while let container = slot.container {
            if let index = container.elements.firstIndex(where: { $0 === slot }) {
                path.append(IndexKey(index))
            } else if let member = container.members.first(where: { $0.1 === slot }) {
                path.append(NameKey(member.0))
            }
            slot = container
        }
        return path.reversed()
    }

    var resolved: JSONValue {
        switch kind {
        case .empty: return .object([])
        case .value: return value
        case .array: return .array(elements.map(\.resolved))
        case .object: return .object(members.map { ($0.0, $0.1.resolved) })
        }
    }

    var isScalar: Bool { kind == .value && value.isScalar }

    var shape: JSONTreeShape<Slot> {
        switch kind {
        case .empty: return .object([])
        case .value: return .scalar(value)
        case .array: return .array(elements)
        case .object: return .object(members)
        }
    }

    func set(_ newValue: JSONValue) {
        kind = .value
        value = newValue
    }

    /// The object member `key`, added (in order) when new.
    func member(_ key: some CodingKey) -> Slot {
        makeObject()
        let name = key.stringValue
        if let existing = members.first(where: { $0.0 == name }) { return existing.1 }
        let slot = Slot(in: self)
        members.append((name, slot))
        return slot
    }

    /// A new array element, appended.
    func appendElement() -> Slot {
        makeArray()
        let slot = Slot(in: self)
        elements.append(slot)
        return slot
    }

    func makeObject() {
        if kind != .object { kind = .object; members = [] }
    }

    func makeArray() {
        if kind != .array { kind = .array; elements = [] }
    }

    var count: Int { elements.count }

    /// Makes this an array of `newElements` (slots made in it).
    func setElements(_ newElements: [Slot]) {
        kind = .array
        elements = newElements
    }
}

private struct IndexKey: CodingKey {
    var intValue: Int?
    var stringValue: String { String(intValue ?? 0) }
    init(_ index: Int) { intValue = index }
    init?(stringValue: String) { nil }
    init?(intValue: Int) { self.intValue = intValue }
}

/// A member's key by its name (in a coding path).
private struct NameKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(_ name: String) { stringValue = name }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}

private struct ValueEncoder: Encoder {
    let slot: Slot
    /// True for the root's encoder when its arrays' elements are encoded on every core.
    var arraysOnEveryCore = false
    var codingPath: [any CodingKey] { slot.codingPath }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        slot.makeObject()
        return KeyedEncodingContainer(KeyedContainer<Key>(slot: slot, arraysOnEveryCore: arraysOnEveryCore))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        slot.makeArray()
        return UnkeyedContainer(slot: slot)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        SingleContainer(slot: slot)
    }
}

/// Writes `value` into `slot`: scalars directly, anything else through its own `encode(to:)`;
/// with `rootArraysOnEveryCore`, the arrays of the object it encodes have their elements
/// encoded on every core (``JSONValueEncoder/encodesRootArraysOnEveryCore``).
private func store<T: Encodable>(_ value: T, in slot: Slot, rootArraysOnEveryCore: Bool = false) throws {
    switch value {
    case let string as String: slot.set(.string(string))
    case let int as Int: slot.set(.int(int))
    case let double as Double: slot.set(.double(double))
    case let bool as Bool: slot.set(.bool(bool))
    default: try value.encode(to: ValueEncoder(slot: slot, arraysOnEveryCore: rootArraysOnEveryCore))
    }
}

/// An array whose elements can be encoded one at a time, each into a slot of its own.
private protocol ElementwiseEncodable {
    var elementCount: Int { get }
    func encodeElement(_ index: Int, into slot: Slot) throws
}

extension Array: ElementwiseEncodable where Element: Encodable {
    fileprivate var elementCount: Int { count }
    fileprivate func encodeElement(_ index: Int, into slot: Slot) throws { try store(self[index], in: slot) }
}

/// Writes `array` into `slot` as its own `encode(to:)` would (an element slot each, in
/// order), the elements encoded in blocks on every core: each block builds only its
/// elements' subtrees, and reads nothing else but the slots' containers. The first error,
/// in element order, is thrown.
private func storeOnEveryCore(_ array: any ElementwiseEncodable, in slot: Slot) throws {
    let elements = (0..<array.elementCount).map { _ in Slot(in: slot) }
    // In place first: an element's coding path is found through its container.
    slot.setElements(elements)
    let shared = UncheckedSendable((array: array, elements: elements))
    let failures = blockRanges(count: elements.count, blocks: 64).parallelMap(grain: 1) {
        block -> (any Error)? in
        do {
            for index in block { try shared.value.array.encodeElement(index, into: shared.value.elements[index]) }
            return nil
        } catch {
            return error
        }
    }
    if let failure = failures.lazy.compactMap({ $0 }).first { throw failure }
}

private struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let slot: Slot
    /// True for the root object's container when its arrays' elements are encoded on every core.
    var arraysOnEveryCore = false
    var codingPath: [any CodingKey] { slot.codingPath }

    mutating func encodeNil(forKey key: Key) { slot.member(key).set(.null) }

    // The model's strings, integers, numbers and flags come straight here, without the
    // generic path's dynamic casts.
    mutating func encode(_ value: String, forKey key: Key) { slot.member(key).set(.string(value)) }
    mutating func encode(_ value: Int, forKey key: Key) { slot.member(key).set(.int(value)) }
    mutating func encode(_ value: Double, forKey key: Key) { slot.member(key).set(.double(value)) }
    mutating func encode(_ value: Bool, forKey key: Key) { slot.member(key).set(.bool(value)) }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        // The root's arrays (a brief's sections), when asked, element by element on every core.
        if arraysOnEveryCore, let array = value as? any ElementwiseEncodable, array.elementCount > 1 {
            try storeOnEveryCore(array, in: slot.member(key))
        } else {
            try store(value, in: slot.member(key))
        }
    }

    // Synthesised conformances call these for optionals; nil is written as null, so every key
    // is in the output.
    mutating func encodeIfPresent<T: Encodable>(_ value: T?, forKey key: Key) throws { try encodeNullable(value, forKey: key) }
    mutating func encodeIfPresent(_ value: Bool?, forKey key: Key) throws { try encodeNullable(value, forKey: key) }
    mutating func encodeIfPresent(_ value: String?, forKey key: Key) throws { try encodeNullable(value, forKey: key) }
    mutating func encodeIfPresent(_ value: Double?, forKey key: Key) throws { try encodeNullable(value, forKey: key) }
    mutating func encodeIfPresent(_ value: Float?, forKey key: Key) throws { try encodeNullable(value, forKey: key) }
    mutating func encodeIfPresent(_ value: Int?, forKey key: Key) throws { try encodeNullable(value, forKey: key) }
    mutating func encodeIfPresent(_ value: Int8?, forKey key: Key) throws { try encodeNullable(value, forKey: key) }
    mutating func encodeIfPresent(_ value: Int16?, forKey key: Key) throws { try encodeNullable(value, forKey: key) }
    mutating func encodeIfPresent(_ value: Int32?, forKey key: Key) throws { try encodeNullable(value, forKey: key) }
    mutating func encodeIfPresent(_ value: Int64?, forKey key: Key) throws { try encodeNullable(value, forKey: key) }
    mutating func encodeIfPresent(_ value: UInt?, forKey key: Key) throws { try encodeNullable(value, forKey: key) }
    mutating func encodeIfPresent(_ value: UInt8?, forKey key: Key) throws { try encodeNullable(value, forKey: key) }
    mutating func encodeIfPresent(_ value: UInt16?, forKey key: Key) throws { try encodeNullable(value, forKey: key) }
    mutating func encodeIfPresent(_ value: UInt32?, forKey key: Key) throws { try encodeNullable(value, forKey: key) }
    mutating func encodeIfPresent(_ value: UInt64?, forKey key: Key) throws { try encodeNullable(value, forKey: key) }

    /// `value`, or null: the one body of every `encodeIfPresent` overload.
    private mutating func encodeNullable<T: Encodable>(_ value: T?, forKey key: Key) throws {
        guard let value else { return encodeNil(forKey: key) }
        try encode(value, forKey: key)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type, forKey key: Key
    )
        -> KeyedEncodingContainer<NestedKey>
    {
        let child = slot.member(key)
        child.makeObject()
        return KeyedEncodingContainer(KeyedContainer<NestedKey>(slot: child))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        let child = slot.member(key)
        child.makeArray()
        return UnkeyedContainer(slot: child)
    }

    mutating func superEncoder() -> any Encoder {
        ValueEncoder(slot: slot.member(NameKey("super")))
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        ValueEncoder(slot: slot.member(key))
    }
}

private struct UnkeyedContainer: UnkeyedEncodingContainer {
    let slot: Slot
    var codingPath: [any CodingKey] { slot.codingPath }
    var count: Int { slot.count }

    mutating func encodeNil() { slot.appendElement().set(.null) }

    mutating func encode(_ value: String) { slot.appendElement().set(.string(value)) }
    mutating func encode(_ value: Int) { slot.appendElement().set(.int(value)) }
    mutating func encode(_ value: Double) { slot.appendElement().set(.double(value)) }
    mutating func encode(_ value: Bool) { slot.appendElement().set(.bool(value)) }

    mutating func encode<T: Encodable>(_ value: T) throws {
        try store(value, in: slot.appendElement())
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        let child = slot.appendElement()
        child.makeObject()
        return KeyedEncodingContainer(KeyedContainer<NestedKey>(slot: child))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let child = slot.appendElement()
        child.makeArray()
        return UnkeyedContainer(slot: child)
    }

    mutating func superEncoder() -> any Encoder {
        ValueEncoder(slot: slot.appendElement())
    }
}

private struct SingleContainer: SingleValueEncodingContainer {
    let slot: Slot
    var codingPath: [any CodingKey] { slot.codingPath }

    mutating func encodeNil() { slot.set(.null) }

    mutating func encode(_ value: String) { slot.set(.string(value)) }
    mutating func encode(_ value: Int) { slot.set(.int(value)) }
    mutating func encode(_ value: Double) { slot.set(.double(value)) }
    mutating func encode(_ value: Bool) { slot.set(.bool(value)) }

    mutating func encode<T: Encodable>(_ value: T) throws {
        try store(value, in: slot)
    }
}

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
    public init() {}

    /// `value` as a JSON value.
    /// - Throws: whatever `value.encode(to:)` throws (the encoder itself never fails).
    public func encode<T: Encodable>(_ value: T) throws -> JSONValue {
        let slot = Slot()
        try store(value, in: slot, codingPath: [])
        return slot.resolved
    }
}

/// What one `encode(to:)` call has written so far: nothing, a single value, or a container
/// that nested encoders keep filling in (hence a reference type, whose arrays grow in place).
private final class Slot {
    enum Kind { case empty, value, array, object }

    private(set) var kind = Kind.empty
    private var value = JSONValue.null
    private var elements: [Slot] = []
    private var members: [(key: String, slot: Slot)] = []

    var resolved: JSONValue {
        switch kind {
        case .empty: return .object([])
        case .value: return value
        case .array: return .array(elements.map(\.resolved))
        case .object: return .object(members.map { ($0.key, $0.slot.resolved) })
        }
    }

    func set(_ newValue: JSONValue) {
        kind = .value
        value = newValue
    }

    /// The object member `key`, added (in order) when new.
    func member(_ key: String) -> Slot {
        makeObject()
        if let existing = members.first(where: { $0.key == key }) { return existing.slot }
        let slot = Slot()
        members.append((key, slot))
        return slot
    }

    /// A new array element, appended.
    func appendElement() -> Slot {
        makeArray()
        let slot = Slot()
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
}

private struct IndexKey: CodingKey {
    var intValue: Int?
    var stringValue: String { String(intValue ?? 0) }
    init(_ index: Int) { intValue = index }
    init?(stringValue: String) { nil }
    init?(intValue: Int) { self.intValue = intValue }
}

private struct ValueEncoder: Encoder {
    let slot: Slot
    var codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    init(codingPath: [any CodingKey], slot: Slot = Slot()) {
        self.codingPath = codingPath
        self.slot = slot
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        slot.makeObject()
        return KeyedEncodingContainer(KeyedContainer<Key>(slot: slot, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        slot.makeArray()
        return UnkeyedContainer(slot: slot, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        SingleContainer(slot: slot, codingPath: codingPath)
    }
}

/// Writes `value` into `slot`: scalars directly, anything else through its own `encode(to:)`.
private func store<T: Encodable>(_ value: T, in slot: Slot, codingPath: [any CodingKey]) throws {
    switch value {
    case let string as String: slot.set(.string(string))
    case let int as Int: slot.set(.int(int))
    case let double as Double: slot.set(.double(double))
    case let bool as Bool: slot.set(.bool(bool))
    default: try value.encode(to: ValueEncoder(codingPath: codingPath, slot: slot))
    }
}

private struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let slot: Slot
    var codingPath: [any CodingKey]

    mutating func encodeNil(forKey key: Key) { slot.member(key.stringValue).set(.null) }

    // The model's strings, integers, numbers and flags come straight here, without the
    // generic path's dynamic casts.
    mutating func encode(_ value: String, forKey key: Key) { slot.member(key.stringValue).set(.string(value)) }
    mutating func encode(_ value: Int, forKey key: Key) { slot.member(key.stringValue).set(.int(value)) }
    mutating func encode(_ value: Double, forKey key: Key) { slot.member(key.stringValue).set(.double(value)) }
    mutating func encode(_ value: Bool, forKey key: Key) { slot.member(key.stringValue).set(.bool(value)) }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        try store(value, in: slot.member(key.stringValue), codingPath: codingPath + [key])
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
        let child = slot.member(key.stringValue)
        child.makeObject()
        return KeyedEncodingContainer(KeyedContainer<NestedKey>(slot: child, codingPath: codingPath + [key]))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        let child = slot.member(key.stringValue)
        child.makeArray()
        return UnkeyedContainer(slot: child, codingPath: codingPath + [key])
    }

    mutating func superEncoder() -> any Encoder {
        ValueEncoder(codingPath: codingPath, slot: slot.member("super"))
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        ValueEncoder(codingPath: codingPath + [key], slot: slot.member(key.stringValue))
    }
}

private struct UnkeyedContainer: UnkeyedEncodingContainer {
    let slot: Slot
    var codingPath: [any CodingKey]
    var count: Int { slot.count }

    mutating func encodeNil() { slot.appendElement().set(.null) }

    mutating func encode(_ value: String) { slot.appendElement().set(.string(value)) }
    mutating func encode(_ value: Int) { slot.appendElement().set(.int(value)) }
    mutating func encode(_ value: Double) { slot.appendElement().set(.double(value)) }
    mutating func encode(_ value: Bool) { slot.appendElement().set(.bool(value)) }

    mutating func encode<T: Encodable>(_ value: T) throws {
        let key = IndexKey(count)
        try store(value, in: slot.appendElement(), codingPath: codingPath + [key])
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        let key = IndexKey(count)
        let child = slot.appendElement()
        child.makeObject()
        return KeyedEncodingContainer(KeyedContainer<NestedKey>(slot: child, codingPath: codingPath + [key]))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let key = IndexKey(count)
        let child = slot.appendElement()
        child.makeArray()
        return UnkeyedContainer(slot: child, codingPath: codingPath + [key])
    }

    mutating func superEncoder() -> any Encoder {
        ValueEncoder(codingPath: codingPath + [IndexKey(count)], slot: slot.appendElement())
    }
}

private struct SingleContainer: SingleValueEncodingContainer {
    let slot: Slot
    var codingPath: [any CodingKey]

    mutating func encodeNil() { slot.set(.null) }

    mutating func encode(_ value: String) { slot.set(.string(value)) }
    mutating func encode(_ value: Int) { slot.set(.int(value)) }
    mutating func encode(_ value: Double) { slot.set(.double(value)) }
    mutating func encode(_ value: Bool) { slot.set(.bool(value)) }

    mutating func encode<T: Encodable>(_ value: T) throws {
        try store(value, in: slot, codingPath: codingPath)
    }
}

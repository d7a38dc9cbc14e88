/// A JSON value whose objects keep their keys in the order they were given, so that output
/// is byte-for-byte stable. (Not `indirect`: arrays and objects already hold their elements
/// in array storage, and a scalar then needs no box of its own.)
public enum JSONValue: Hashable, Sendable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        lhs.serialized() == rhs.serialized()
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(serialized())
    }

    /// An optional string as a string or null.
    public static func string(_ value: String?) -> JSONValue {
        value.map(JSONValue.string) ?? .null
    }

    /// True for null, booleans, numbers and strings.
    var isScalar: Bool {
        switch self {
        case .array, .object: return false
        default: return true
        }
    }

    /// Pretty-printed JSON (two-space indent, `"key": value`; an object whose values are all
    /// scalars on one line), without a final newline. (``JSONTextWriter`` writes it.)
    public func serialized() -> String {
        var writer = JSONTextWriter()
        writer.write(self)
        return writer.text
    }

    /// Integers print without a fraction ("1"), others in Swift's shortest round-trip form.
    static func format(_ value: Double) -> String {
        if value == value.rounded() && abs(value) < 1e15 { return String(Int(value)) }
        return String(value)
    }

    /// True when `value` holds a character ``JSONTextWriter/writeString(_:)`` escapes: a quote, a
    /// backslash, a control character, DEL, U+2028 or U+2029 (UTF-8 `E2 80 A8`/`E2 80 A9`).
    static func needsEscaping(_ value: String) -> Bool {
        var value = value
        return value.withUTF8 { bytes in
            var i = 0
            while i < bytes.count {
                let byte = bytes[i]
                if byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0x7F { return true }
                if byte == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80, bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9 {
                    return true
                }
                i += 1
            }
            return false
        }
    }
}

extension JSONValue: JSONTreeNode {
    var shape: JSONTreeShape<JSONValue> {
        switch self {
        case .array(let items): return .array(items)
        case .object(let members): return .object(members)
        default: return .scalar(self)
        }
    }
}

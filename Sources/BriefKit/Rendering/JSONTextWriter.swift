import Foundation

/// A node of a JSON tree as ``JSONTextWriter`` reads it: a scalar, or an array or object of
/// nodes. ``JSONValue`` is one; the encoder's own tree is another, so a brief is written
/// without first being copied into a ``JSONValue``.
protocol JSONTreeNode {
    /// True for null, booleans, numbers and strings.
    var isScalar: Bool { get }
    /// The node's scalar value, or its elements or members.
    var shape: JSONTreeShape<Self> { get }
}

/// What a ``JSONTreeNode`` holds.
enum JSONTreeShape<Node> {
    case scalar(JSONValue)
    case array([Node])
    case object([(String, Node)])
}

/// Writes a JSON tree as pretty-printed UTF-8, straight into a byte buffer: two-space indent,
/// `"key": value`, and an object whose values are all scalars on one line.
struct JSONTextWriter {
    private(set) var bytes: [UInt8] = []

    /// The text of the bytes written so far.
    var text: String { String(decoding: bytes, as: UTF8.self) }

    /// The text of the bytes written so far and `suffix`; the bytes are let go.
    mutating func takeText(appending suffix: String = "") -> String {
        append(suffix)
        defer { bytes = [] }
        return text
    }

    mutating func write<Node: JSONTreeNode>(_ node: Node, indent: Int = 0) {
        switch node.shape {
        case .scalar(let value): writeScalar(value)
        case .array(let items):
            guard !items.isEmpty else { return append("[]") }
            append("[\n")
            if indent <= 1 && items.count > 1 {
                writeElementsOnEveryCore(items, indent: indent)
            } else {
                for index in items.indices { writeElement(items[index], at: index, of: items.count, indent: indent) }
            }
            writeIndent(indent)
            append("]")
        case .object(let members):
            guard !members.isEmpty else { return append("{}") }
            if members.allSatisfy({ $0.1.isScalar }) {
                // A flat record (a source, a sentence reference) reads best, and is far
                // smaller, on one line.
                append("{")
                for (index, (key, value)) in members.enumerated() {
                    if index > 0 { append(", ") }
                    writeString(key)
                    append(": ")
                    write(value, indent: indent + 1)
                }
                append("}")
                return
            }
            append("{\n")
            for (index, (key, value)) in members.enumerated() {
                writeIndent(indent + 1)
                writeString(key)
                append(": ")
                write(value, indent: indent + 1)
                append(index + 1 < members.count ? ",\n" : "\n")
            }
            writeIndent(indent)
            append("}")
        }
    }

    /// One element of an array of `count` written at `indent`: its line, and the comma after
    /// all but the last.
    private mutating func writeElement<Node: JSONTreeNode>(_ item: Node, at index: Int, of count: Int, indent: Int) {
        writeIndent(indent + 1)
        write(item, indent: indent + 1)
        append(index + 1 < count ? ",\n" : "\n")
    }

    /// The elements of a brief's sections (the arrays of the root object): a large brief's
    /// JSON is mostly these. Blocks of elements are written on every core, each into bytes
    /// of its own, and joined in order: the same bytes as one after the other. A few blocks
    /// at a time, so that the bytes waiting to be joined stay a small part of the section.
    private mutating func writeElementsOnEveryCore<Node: JSONTreeNode>(_ items: [Node], indent: Int) {
        let shared = UncheckedSendable(items)
        let blocks = blockRanges(count: items.count, blocks: 64)
        let perRound = 2 * ProcessInfo.processInfo.activeProcessorCount
        for round in stride(from: 0, to: blocks.count, by: perRound) {
            let parts = Array(blocks[round..<Swift.min(blocks.count, round + perRound)]).parallelMap(grain: 1) { block -> [UInt8] in
                var writer = JSONTextWriter()
                for index in block { writer.writeElement(shared.value[index], at: index, of: shared.value.count, indent: indent) }
                return writer.bytes
            }
            for part in parts { bytes.append(contentsOf: part) }
        }
    }

    private mutating func writeScalar(_ value: JSONValue) {
        switch value {
        case .null: append("null")
        case .bool(let value): append(value ? "true" : "false")
        case .int(let value): writeInteger(value)
        case .double(let value): append(value.isFinite ? JSONValue.format(value) : "null")
        case .string(let value): writeString(value)
        case .array, .object: write(value)
        }
    }

    /// `value`'s decimal digits, without making a string of them.
    private mutating func writeInteger(_ value: Int) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        var rest = value.magnitude
        let start = bytes.count
        repeat {
            bytes.append(UInt8(ascii: "0") + UInt8(rest % 10))
            rest /= 10
        } while rest > 0
        bytes[start...].reverse()
    }

    /// Escapes quotes, backslashes, control characters and U+2028/U+2029; everything else
    /// is written as UTF-8.
    mutating func writeString(_ value: String) {
        bytes.append(UInt8(ascii: "\""))
        // Most strings need no escape at all: copied whole, not scalar by scalar.
        guard JSONValue.needsEscaping(value) else {
            append(value)
            bytes.append(UInt8(ascii: "\""))
            return
        }
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": append("\\\"")
            case "\\": append("\\\\")
            case "\n": append("\\n")
            case "\r": append("\\r")
            case "\t": append("\\t")
            case "\u{08}": append("\\b")
            case "\u{0C}": append("\\f")
            case "\u{2028}", "\u{2029}", "\u{00}"..."\u{1F}", "\u{7F}":
                let hex = String(scalar.value, radix: 16, uppercase: false)
                append("\\u" + String(repeating: "0", count: 4 - hex.count) + hex)
            default: UTF8.encode(scalar) { bytes.append($0) }
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    private mutating func writeIndent(_ level: Int) {
        bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * level))
    }

    private mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { bytes.append(contentsOf: $0) }
    }
}

import Foundation

/// Turns a file's bytes into text: UTF-8 (with or without BOM), UTF-16 (with a BOM, or
/// without one when its NULs say so), and a Windows-1252 fallback for bytes that are not
/// valid UTF-8. Other bytes with a NUL are binary.
public enum TextDecoding {
    /// The encoding a file was read with.
    public enum Encoding: String, Sendable {
        case utf8 = "UTF-8"
        case utf16 = "UTF-16"
        case windows1252 = "Windows-1252"
    }

    /// What decoding found.
    public enum Result: Equatable, Sendable {
        case text(String, Encoding)
        /// The bytes hold a NUL outside a UTF-16 text: not an article.
        case binary
    }

    /// Decodes `bytes`; never fails, never traps.
    public static func decode(_ bytes: [UInt8]) -> Result {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return decodeUTF8OrFallback(bytes.dropFirst(3))
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let littleEndian = bytes[0] == 0xFF
            return .text(decodeUTF16(bytes.dropFirst(2), littleEndian: littleEndian), .utf16)
        }
        if bytes.contains(0) {
            if let littleEndian = unmarkedUTF16(bytes) {
                return .text(decodeUTF16(bytes[...], littleEndian: littleEndian), .utf16)
            }
            return .binary
        }
        return decodeUTF8OrFallback(bytes[...])
    }

    /// UTF-16 without a byte-order mark, told by where its NULs fall: text in Latin scripts
    /// has a NUL as the high byte of most characters, so nearly all NULs sit on one parity
    /// and no other byte there is a NUL. Returns the byte order, or nil when the bytes do not
    /// look like UTF-16 (binary data has NULs on both parities).
    static func unmarkedUTF16(_ bytes: [UInt8]) -> Bool? {
        guard bytes.count >= 4, bytes.count % 2 == 0 else { return nil }
        var even = 0, odd = 0
        for (index, byte) in bytes.enumerated() where byte == 0 {
            if index % 2 == 0 { even += 1 } else { odd += 1 }
        }
        let half = bytes.count / 2
        if odd * 10 >= half * 3 && even == 0 { return validUTF16(bytes, littleEndian: true) ? true : nil }
        if even * 10 >= half * 3 && odd == 0 { return validUTF16(bytes, littleEndian: false) ? false : nil }
        return nil
    }

    private static func validUTF16(_ bytes: [UInt8], littleEndian: Bool) -> Bool {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = 0
        while index + 1 < bytes.count {
            let a = UInt16(bytes[index]), b = UInt16(bytes[index + 1])
            units.append(littleEndian ? (b << 8 | a) : (a << 8 | b))
            index += 2
        }
        var iterator = units.makeIterator()
        var decoder = UTF16()
        var controls = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if scalar.value < 0x20 && scalar != "\n" && scalar != "\r" && scalar != "\t" { controls += 1 }
            case .emptyInput:
                return controls * 100 <= units.count
            case .error:
                return false
            }
        }
    }

    private static func decodeUTF8OrFallback(_ bytes: ArraySlice<UInt8>) -> Result {
        if let text = String(validating: bytes, as: UTF8.self) {
            return .text(text, .utf8)
        }
        if bytes.contains(0) { return .binary }
        return .text(decodeWindows1252(bytes), .windows1252)
    }

    private static func decodeUTF16(_ bytes: ArraySlice<UInt8>, littleEndian: Bool) -> String {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index + 1 < bytes.endIndex {
            let a = UInt16(bytes[index]), b = UInt16(bytes[index + 1])
            units.append(littleEndian ? (b << 8 | a) : (a << 8 | b))
            index += 2
        }
        return String(decoding: units, as: UTF16.self)
    }

    /// Windows-1252: Latin-1 plus printable characters in 0x80-0x9F; its five undefined
    /// bytes become U+FFFD.
    static func decodeWindows1252(_ bytes: ArraySlice<UInt8>) -> String {
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(bytes.count)
        for byte in bytes {
            if (0x80...0x9F).contains(byte) {
                let code = windows1252High[Int(byte - 0x80)]
                scalars.append(Unicode.Scalar(code) ?? "\u{FFFD}")
            } else {
                scalars.append(Unicode.Scalar(byte))
            }
        }
        return String(scalars)
    }

    private static let windows1252High: [UInt32] = [
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
        0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
    ]
}

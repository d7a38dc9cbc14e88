import Foundation
import Testing

@testable import BriefKit

@Suite struct TextDecodingTests {
    @Test func readsUTF8AndDropsItsBOM() {
        #expect(TextDecoding.decode(Array("Café “ok”".utf8)) == .text("Café “ok”", .utf8))
        #expect(TextDecoding.decode([0xEF, 0xBB, 0xBF] + Array("Hi".utf8)) == .text("Hi", .utf8))
    }

    @Test func fallsBackToWindows1252ForInvalidUTF8() {
        // "Caf\xe9 \x93quoted\x94 \x80" in Windows-1252.
        let bytes: [UInt8] = [0x43, 0x61, 0x66, 0xE9, 0x20, 0x93, 0x71, 0x94, 0x20, 0x80]
        #expect(TextDecoding.decode(bytes) == .text("Café “q” €", .windows1252))
    }

    @Test func treatsNULAsBinary() {
        #expect(TextDecoding.decode([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00]) == .binary)
        #expect(TextDecoding.decode(Array("text".utf8) + [0]) == .binary)
    }

    @Test func readsUTF16WithBOM() {
        let little: [UInt8] = [0xFF, 0xFE, 0x48, 0x00, 0x69, 0x00]
        let big: [UInt8] = [0xFE, 0xFF, 0x00, 0x48, 0x00, 0x69]
        #expect(TextDecoding.decode(little) == .text("Hi", .utf16))
        #expect(TextDecoding.decode(big) == .text("Hi", .utf16))
    }

    @Test func normalisesLineEndingsAndUnicode() {
        let decomposed = "Cafe\u{301}\r\nnext\rlast\u{2028}end\tx\u{0}y"
        #expect(TextNormalizer.normalize(decomposed) == "Café\nnext\nlast\nend xy")
    }

    @Test(arguments: ["a\u{2028}b", "a\u{2029}b", "a\u{FEFF}b", "a\u{FFFE}b", "a\u{FFFF}b", "a\rb", "a\u{7F}b", "a\u{1}b", "a\tb"])
    func eachCharacterToCleanIsSeenWithoutTheSlowPath(text: String) {
        // The byte scan that lets clean text skip the rebuild must notice every case.
        #expect(TextNormalizer.needsCleaning(text))
        #expect(["a\nb", "ab", "a b"].contains(TextNormalizer.normalize(text)))
        #expect(!TextNormalizer.needsCleaning("Plain text — “quoted”, café.\nNext line ‘x’ \u{2027} \u{FEFE}"))
    }

    @Test func textThatSkipsCompositionIsAlreadyComposed() {
        // Every scalar the fast path accepts is its own NFC form, alone and after a letter.
        let stable = (0..<0x300).map { $0 } + Array(0x2002...0x206F) + Array(0x20A0...0x20CF)
        for value in stable {
            guard let scalar = Unicode.Scalar(UInt32(value)) else { continue }
            let text = "a" + String(scalar) + "e"
            #expect(TextNormalizer.isStableUnderNFC(text))
            #expect(
                text.precomposedStringWithCanonicalMapping.unicodeScalars.elementsEqual(text.unicodeScalars),
                "U+\(String(value, radix: 16))")
        }
        #expect(!TextNormalizer.isStableUnderNFC("Cafe\u{301}"))
        #expect(!TextNormalizer.isStableUnderNFC("\u{2000}"))
        #expect(TextNormalizer.normalize("\u{2000}") == "\u{2002}")
    }

    @Test func theByteScansAgreeWithTheirScalarDefinitions() {
        // Both tests read UTF-8 bytes; they must answer as the scalar rules they stand for,
        // for a scalar alone and among others of every width.
        func needsCleaning(_ text: String) -> Bool {
            text.unicodeScalars.contains { scalar in
                let value = scalar.value
                return value < 0x20 && value != 0x0A || [0x7F, 0x2028, 0x2029, 0xFEFF, 0xFFFE, 0xFFFF].contains(value)
            }
        }
        func isStable(_ text: String) -> Bool {
            text.unicodeScalars.allSatisfy { scalar in
                let value = scalar.value
                return value < 0x300 || (value >= 0x2002 && value <= 0x206F) || (value >= 0x20A0 && value <= 0x20CF)
            }
        }
        let values = Array(0..<0x3100) + Array(stride(from: 0x3100, to: 0x110000, by: 97)) + [0xFEFF, 0xFFFE, 0xFFFF, 0x10FFFF]
        for value in values {
            guard let scalar = Unicode.Scalar(UInt32(value)) else { continue }
            for text in [String(scalar), "é" + String(scalar) + "“x", String(scalar) + "\u{1F600}"] {
                #expect(TextNormalizer.needsCleaning(text) == needsCleaning(text), "U+\(String(value, radix: 16))")
                #expect(TextNormalizer.isStableUnderNFC(text) == isStable(text), "U+\(String(value, radix: 16))")
            }
        }
    }

    @Test func keepsCurlyQuotesAndDashes() {
        let text = "“Peace must be real — not just a word,” he said – twice ‘so’."
        #expect(TextNormalizer.normalize(text) == text)
    }
}

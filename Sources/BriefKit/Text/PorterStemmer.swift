/// The Porter (1980) suffix-stripping stemmer, as used by ROUGE-1.5.5.
///
/// Input is a lower-case ASCII word; other words are returned unchanged.
public enum PorterStemmer {
    /// The stem of `word` ("connections" -> "connect").
    public static func stem(_ word: String) -> String {
        guard word.count > 2, word.utf8.allSatisfy({ $0 >= 97 && $0 <= 122 }) else { return word }
        var w = Word(Array(word.utf8))
        w.step1a(); w.step1b(); w.step1c(); w.step2(); w.step3(); w.step4(); w.step5a(); w.step5b()
        return String(decoding: w.b, as: UTF8.self)
    }

    private struct Word {
        var b: [UInt8]
        init(_ b: [UInt8]) { self.b = b }

        func isConsonant(_ i: Int) -> Bool {
            switch b[i] {
            case 97, 101, 105, 111, 117: return false  // a e i o u
            case 121: return i == 0 ? true : !isConsonant(i - 1)  // y
            default: return true
            }
        }

        /// The measure m of b[0..<end]: the number of VC sequences.
        func measure(_ end: Int) -> Int {
            var n = 0, i = 0
            while i < end && isConsonant(i) { i += 1 }
            while i < end {
                while i < end && !isConsonant(i) { i += 1 }
                guard i < end else { break }
                n += 1
                while i < end && isConsonant(i) { i += 1 }
            }
            return n
        }

        func hasVowel(_ end: Int) -> Bool { (0..<end).contains { !isConsonant($0) } }

        func endsDoubleConsonant(_ end: Int) -> Bool {
            end >= 2 && b[end - 1] == b[end - 2] && isConsonant(end - 1)
        }

        /// consonant-vowel-consonant at the end, the last not w, x or y.
        func endsCVC(_ end: Int) -> Bool {
            guard end >= 3, isConsonant(end - 1), !isConsonant(end - 2), isConsonant(end - 3) else { return false }
            return ![119, 120, 121].contains(b[end - 1])
        }

        func ends(_ suffix: String) -> Bool {
            let count = suffix.utf8.count
            guard b.count >= count else { return false }
            var i = b.count - count
            for byte in suffix.utf8 {
                guard b[i] == byte else { return false }
                i += 1
            }
            return true
        }

        /// The length of the stem left when `suffix` is removed.
        func stemLength(_ suffix: String) -> Int { b.count - suffix.utf8.count }

        mutating func replace(_ suffix: String, with replacement: String) {
            b.removeLast(suffix.utf8.count)
            b.append(contentsOf: replacement.utf8)
        }

        /// Replaces the first matching suffix when the stem's measure is above `minMeasure`.
        mutating func replaceFirst(_ rules: [(String, String)], minMeasure: Int) {
            for (suffix, replacement) in rules where ends(suffix) {
                if measure(stemLength(suffix)) > minMeasure { replace(suffix, with: replacement) }
                return
            }
        }

        mutating func step1a() {
            if ends("sses") {
                replace("sses", with: "ss")
            } else if ends("ies") {
                replace("ies", with: "i")
            } else if ends("ss") {
            } else if ends("s") {
                b.removeLast()
            }
        }

        mutating func step1b() {
            if ends("eed") {
                if measure(stemLength("eed")) > 0 { replace("eed", with: "ee") }
                return
            }
            var removed = false
            if ends("ed"), hasVowel(stemLength("ed")) {
                b.removeLast(2); removed = true
            } else if ends("ing"), hasVowel(stemLength("ing")) {
                b.removeLast(3); removed = true
            }
            guard removed else { return }
            if ends("at") || ends("bl") || ends("iz") {
                b.append(101)
            } else if endsDoubleConsonant(b.count), ![108, 115, 122].contains(b[b.count - 1]) {
                b.removeLast()
            } else if measure(b.count) == 1 && endsCVC(b.count) {
                b.append(101)
            }
        }

        mutating func step1c() {
            if ends("y"), hasVowel(b.count - 1) { b[b.count - 1] = 105 }
        }

        /// Step 2's rules, longest suffix first (a stable sort keeps the paper's order among equals).
        static let step2Rules: [(String, String)] = [
            ("ational", "ate"), ("tional", "tion"), ("enci", "ence"), ("anci", "ance"), ("izer", "ize"),
            ("bli", "ble"), ("alli", "al"), ("entli", "ent"), ("eli", "e"), ("ousli", "ous"),
            ("ization", "ize"), ("ation", "ate"), ("ator", "ate"), ("alism", "al"), ("iveness", "ive"),
            ("fulness", "ful"), ("ousness", "ous"), ("aliti", "al"), ("iviti", "ive"), ("biliti", "ble"),
            ("logi", "log"),
        ].sorted { $0.0.count > $1.0.count }

        mutating func step2() {
            replaceFirst(Self.step2Rules, minMeasure: 0)
        }

        static let step3Rules: [(String, String)] = [
            ("icate", "ic"), ("ative", ""), ("alize", "al"), ("iciti", "ic"), ("ical", "ic"), ("ful", ""),
            ("ness", ""),
        ].sorted { $0.0.count > $1.0.count }

        mutating func step3() {
            replaceFirst(Self.step3Rules, minMeasure: 0)
        }

        static let step4Suffixes = [
            "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ion", "ou",
            "ism", "ate", "iti", "ous", "ive", "ize",
        ].sorted { $0.count > $1.count }

        mutating func step4() {
            for suffix in Self.step4Suffixes where ends(suffix) {
                let length = stemLength(suffix)
                if suffix == "ion" {
                    guard length > 0, b[length - 1] == 115 || b[length - 1] == 116 else { return }  // s or t
                }
                if measure(length) > 1 { b.removeLast(suffix.utf8.count) }
                return
            }
        }

        mutating func step5a() {
            guard ends("e") else { return }
            let m = measure(b.count - 1)
            if m > 1 || (m == 1 && !endsCVC(b.count - 1)) { b.removeLast() }
        }

        mutating func step5b() {
            if measure(b.count) > 1 && endsDoubleConsonant(b.count) && b[b.count - 1] == 108 { b.removeLast() }
        }
    }
}

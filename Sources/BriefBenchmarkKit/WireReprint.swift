/// How a paper reprints a wire story: the copy's paragraphs with small random edits, as
/// syndicated news reaches a folder hundreds of times over.
enum WireReprint {
    /// The share of longer lower-case words outside quotations that are swapped.
    static let swapRate = 0.15

    /// Words a sub-editor's swap puts in, each six letters or more like the words they replace.
    static let replacements = [
        "officials", "government", "proposal", "question", "ministers", "decision", "agreement",
        "pressure", "concerns", "support", "country", "leaders", "previous", "several", "important",
        "planned", "expected", "recently", "current", "following", "measures", "critics", "sources",
    ]

    /// `wire` (a headline, then paragraphs) as one paper prints it.
    static func edit(_ wire: [String], headlines: [String], random: inout SplitMix64) -> (headline: String, paragraphs: [String]) {
        var headline = random.pick(headlines)
        switch random.int(in: 0...3) {
        case 0: headline += ", officials say"
        case 1: headline = headline.split(separator: " ").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
        default: break
        }
        var paragraphs = [wire[1]]
        for paragraph in wire.dropFirst(2) where !random.chance(0.1) { paragraphs.append(paragraph) }
        var index = 1
        while index + 1 < paragraphs.count {
            if random.chance(0.15) {
                paragraphs.swapAt(index, index + 1)
                index += 1
            }
            index += 1
        }
        return (headline, paragraphs.map { edit(paragraph: $0, random: &random) })
    }

    /// One paragraph with words swapped outside quotations and each quotation perhaps trimmed
    /// at its ", and " or given straight quotation marks.
    static func edit(paragraph: String, random: inout SplitMix64) -> String {
        var words: [String] = []
        var quoted = false
        var trimming = false
        var straight = false
        var skipToClose = false
        for word in paragraph.split(separator: " ", omittingEmptySubsequences: false).map(String.init) {
            var word = word
            if word.contains("\u{201C}") {
                quoted = true
                trimming = random.chance(0.2)
                straight = random.chance(0.2)
            }
            let closes = word.contains("\u{201D}")
            if quoted {
                if straight {
                    word = word.replacingOccurrences(of: "\u{201C}", with: "\"").replacingOccurrences(of: "\u{201D}", with: "\"")
                }
                if trimming, word.hasSuffix(","), !closes {
                    // The rest of the quotation is cut: the closing mark moves here.
                    let mark = straight ? "\"" : "\u{201D}"
                    words.append(String(word.dropLast()) + "," + mark)
                    trimming = false
                    quoted = false
                    skipToClose = true
                    continue
                }
            } else if !skipToClose, word.count >= 6, word.allSatisfy({ $0.isLowercase }), random.chance(swapRate) {
                word = random.pick(replacements)
            }
            if skipToClose {
                if closes {
                    skipToClose = false
                    // Keep what follows the closing mark ("Name said.").
                    let tail = word.split(separator: "\u{201D}", omittingEmptySubsequences: false).last.map(String.init) ?? ""
                    if !tail.isEmpty { words.append(tail) }
                }
                continue
            }
            words.append(word)
            if closes { quoted = false }
        }
        return words.joined(separator: " ")
    }
}

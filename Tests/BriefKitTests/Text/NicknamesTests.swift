import BriefBenchmarkKit
import Testing

@testable import BriefKit

/// A nickname between quote marks is dropped from a name's tokens (`Teresa “Tess” Morgan`
/// reads as Teresa Morgan); every other token stays, in order.
@Suite struct NicknamesTests {
    /// The rule as stated: with an opening quote mark in the paragraph, walk the tokens and skip
    /// from a nickname's opening mark past its closing one.
    private func reference(_ tokens: [WordToken]) -> [WordToken] {
        guard tokens.contains(where: { $0.isOne(of: "“\"") }) else { return tokens }
        var kept: [WordToken] = []
        var index = 0
        while index < tokens.count {
            if Nicknames.isMark(tokens, index), let close = tokens.indices.dropFirst(index + 1).prefix(3).first(where: { Nicknames.isMark(tokens, $0) }) {
                index = close + 1
                continue
            }
            kept.append(tokens[index])
            index += 1
        }
        return kept
    }

    @Test func dropsTheNicknameAndKeepsTheName() {
        let tokens = WordToken.tokenize("Teresa “Tess” Morgan said “we will” go.")
        #expect(Nicknames.removed(from: tokens).map(\.text) == ["Teresa", "Morgan", "said", "“", "we", "will", "”", "go", "."])
    }

    @Test func keepsWhatTheRuleKeepsOnSeededParagraphs() {
        var generator = SplitMix64(seed: 17)
        let pieces = ["Teresa", "Morgan", "Tess", "Big", "said", "the", "“", "”", "\"", ",", "."]
        for _ in 0..<2_000 {
            let text = (0..<Int.random(in: 0...14, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined(separator: " ")
            let tokens = WordToken.tokenize(text)
            let removed = Nicknames.removed(from: tokens)
            let expected = reference(tokens)
            #expect(removed.map(\.text) == expected.map(\.text), "\(text)")
            #expect(removed.map(\.range) == expected.map(\.range), "\(text)")
        }
    }
}

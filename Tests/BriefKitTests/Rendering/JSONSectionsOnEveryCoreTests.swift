import BriefBenchmarkKit
import Foundation
import Testing

@testable import BriefKit

/// The root's arrays (a brief's sections) are encoded and written in blocks on every core:
/// the bytes are those of one element after the other, and an element's error is the first.
@Suite struct JSONSectionsOnEveryCoreTests {
    struct Item: Encodable, Sendable {
        var name: String
        var count: Int
        var tags: [String]
    }

    struct Root: Encodable, Sendable {
        var items: [Item]
        var numbers: [Int]
    }

    @Test func aLargeSectionIsWrittenElementAfterElement() throws {
        var random = SplitMix64(seed: 5)
        let items = (0..<3_000).map { index in
            Item(name: "item \(index)", count: random.int(in: 0...999), tags: (0..<random.int(in: 0...3)).map { "t\($0)" })
        }
        let numbers = (0..<2_000).map { _ in random.int(in: -50...50) }
        // What the writer's rules give, one element at a time: a flat record on one line, a
        // record holding an array over several, an empty array as [].
        func item(_ item: Item) -> String {
            let tags =
                item.tags.isEmpty
                ? "[]" : "[\n" + item.tags.map { "        \"\($0)\"" }.joined(separator: ",\n") + "\n      ]"
            return "    {\n      \"name\": \"\(item.name)\",\n      \"count\": \(item.count),\n      \"tags\": \(tags)\n    }"
        }
        let expected =
            "{\n  \"items\": [\n" + items.map(item).joined(separator: ",\n") + "\n  ],\n  \"numbers\": [\n"
            + numbers.map { "    \($0)" }.joined(separator: ",\n") + "\n  ]\n}"
        let root = Root(items: items, numbers: numbers)
        var encoder = JSONValueEncoder()
        encoder.encodesRootArraysOnEveryCore = true
        #expect(try encoder.serialize(root) == expected)
        #expect(try encoder.encode(root).serialized() == expected)
        // Written from a tree encoded one element after the other, too.
        #expect(try JSONValueEncoder().serialize(root) == expected)
    }

    struct Failing: Encodable, Sendable {
        struct Failure: Error, Equatable { var index: Int }
        var index: Int
        var fails: Bool
        func encode(to encoder: any Encoder) throws {
            if fails { throw Failure(index: index) }
            var container = encoder.singleValueContainer()
            try container.encode(index)
        }
    }

    struct FailingRoot: Encodable, Sendable {
        var items: [Failing]
    }

    @Test func theFirstFailingElementGivesTheError() {
        let items = (0..<5_000).map { Failing(index: $0, fails: $0 == 1_234 || $0 == 4_000) }
        var encoder = JSONValueEncoder()
        encoder.encodesRootArraysOnEveryCore = true
        #expect(throws: Failing.Failure(index: 1_234)) { try encoder.serialize(FailingRoot(items: items)) }
    }
}

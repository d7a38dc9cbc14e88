import BriefKit
import Foundation
import Testing

/// Golden files on the seed corpus, in two stages (as pandoc does): the corpus to
/// `seeds.json` pins reading, ranking and extraction; `seeds.json` to each renderer's file
/// pins that renderer alone. Re-record with `BRIEF_RECORD_GOLDEN=1 swift test` and review
/// every changed file by eye.
@Suite(.serialized) struct SeedGoldenTests {
    static let date = BriefDate("2025-03-05")!

    @Test func corpusToJSON() throws {
        let loaded = try CorpusLoader().load(paths: ["seeds"].map { TestSupport.packageRoot + "/" + $0 })
        var brief = try BriefBuilder().build(documents: CorpusReader.documents(from: loaded.articles), date: Self.date)
        // Paths depend on where the repository is checked out: pin them relative to it.
        brief.sources = brief.sources.map { Source(id: $0.id, title: $0.title, path: "seeds/" + ($0.path as NSString).lastPathComponent) }
        try TestSupport.assertGolden(JSONRenderer().render(brief), named: "seeds.json")
    }

    @Test func jsonToText() throws {
        let data = try #require(FileManager.default.contents(atPath: TestSupport.goldenFolder + "/seeds.json"))
        let brief = try JSONBriefDecoder.decode(data)
        try TestSupport.assertGolden(PlainTextRenderer().render(brief), named: "seeds.txt")
    }
}

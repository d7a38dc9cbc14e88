import Testing

@testable import BriefKit

/// The byte search that replaced Foundation's `range(of:)` on hot paths.
@Suite struct ByteSearchTests {
    @Test func findsTheFirstWholeMatch() throws {
        let text = "The visit will be a test; the vote will be held on Monday."
        let range = try #require(text.firstByteRange(of: " will be "))
        #expect(text[..<range.lowerBound] == "The visit")
        #expect(text[range.upperBound...].hasPrefix("a test"))
        #expect("Zürich will be “calm”".firstByteRange(of: " will be ").map { "Zürich will be “calm”"[$0] } == " will be ")
        #expect("nothing here".firstByteRange(of: " will be ") == nil)
        #expect("".firstByteRange(of: " x") == nil)
        #expect(" x".firstByteRange(of: "") == nil)
    }

    /// A match whose last character takes a combining mark is not that character: the search
    /// goes on, as a search by Characters would.
    @Test func aMatchFollowedByACombiningMarkIsPassedOver() throws {
        let text = "it will be \u{301}x, and it will be a day"
        let range = try #require(text.firstByteRange(of: " will be "))
        #expect(text[range.upperBound...] == "a day")
        #expect(text.firstRange(of: " will be ") == range)
    }
}

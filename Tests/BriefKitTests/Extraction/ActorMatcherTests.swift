import Testing

@testable import BriefKit

/// Which actors a text names: whole words, the longest name winning, in order of first
/// mention, whatever the number of other actors.
@Suite struct ActorMatcherTests {
    static func actor(_ name: String, _ kind: Actor.Kind = .organization, aliases: [String] = []) -> Actor {
        Actor(name: name, kind: kind, role: nil, aliases: aliases, mentions: 1, sources: [])
    }

    @Test func theLongestNameWinsAndActorsComeInOrder() {
        // Many actors whose names the text does not hold: only those it opens with are tried.
        let others = (0..<500).map { Self.actor("Agency Number \($0)") }
        let matcher = ActorMatcher(
            actors: others + [
                Self.actor("United States", .place, aliases: ["US"]), Self.actor("Marine Corps", aliases: ["US Marine Corps"]),
                Self.actor("Jane Doe", .person, aliases: ["Doe"]),
            ])
        #expect(matcher.actors(in: "Doe said the US Marine Corps would stay.") == ["Jane Doe", "Marine Corps"])
        #expect(matcher.actors(in: "The US and Jane Doe agreed; Doe left.") == ["United States", "Jane Doe"])
        #expect(matcher.actors(in: "Agency Number 7 met Agency Number 12.") == ["Agency Number 7", "Agency Number 12"])
        #expect(matcher.actors(in: "Nobody is named here.").isEmpty)
    }
}

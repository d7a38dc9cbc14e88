import BriefKit
import BriefXML

/// `output/feed.atom`: an Atom 1.0 feed of the archive, one entry per day, newest first,
/// written through libxml2's `xmlTextWriter`. Links are relative to the feed's own location
/// (the archive folder), so the archive can be served from anywhere. Timestamps are the
/// briefs' days at midnight UTC, so the same archive always gives the same bytes.
public struct AtomFeedRenderer: Sendable {
    public static let namespace = "http://www.w3.org/2005/Atom"
    /// The feed's title.
    public var title: String
    /// How many of the newest briefs the feed lists.
    public var limit: Int

    public init(title: String = "Brief archive", limit: Int = 60) {
        self.title = title
        self.limit = limit
    }

    public func render(_ entries: [ArchiveEntry]) -> String {
        let sorted = Array(entries.sorted { $0.digest.date > $1.digest.date }.prefix(limit))
        let xml = XMLTextWriter()
        xml.start("feed", [("xmlns", Self.namespace)])
        xml.element("title", text: title)
        xml.element("id", text: Self.identifier(title, nil))
        xml.element("updated", text: Self.timestamp(sorted.first?.digest.date ?? BriefDate(daysSinceEpoch: 0)))
        xml.element("link", [("rel", "self"), ("href", "feed.atom")], text: "")
        xml.element("link", [("rel", "alternate"), ("type", "text/html"), ("href", "index.html")], text: "")
        xml.element("author") { xml.element("name", text: "brief") }
        xml.element("generator", text: "brief")
        for entry in sorted {
            let digest = entry.digest
            xml.element("entry") {
                xml.element("title", text: "\(digest.date): \(digest.title)")
                xml.element("id", text: Self.identifier(title, digest.date))
                xml.element("updated", text: Self.timestamp(digest.date))
                xml.element("link", [("rel", "alternate"), ("href", entry.preferredFile)], text: "")
                let actors = digest.keyActors
                if !actors.isEmpty {
                    for name in actors { xml.element("category", [("term", name)], text: "") }
                }
                xml.element("summary", [("type", "text")], text: digest.summary.isEmpty ? digest.title : digest.summary)
            }
        }
        xml.end()
        return xml.finish()
    }

    /// `2025-03-05T00:00:00Z`.
    static func timestamp(_ date: BriefDate) -> String {
        "\(date)T00:00:00Z"
    }

    /// A stable `urn:uuid:` for the feed (no date) or one day's entry: a name-based UUID
    /// (version 8) from the feed title and the day, so replacing a day's brief keeps its id.
    static func identifier(_ title: String, _ date: BriefDate?) -> String {
        let name = "brief:" + title + (date.map { ":" + $0.description } ?? "")
        var high: UInt64 = 0xcbf2_9ce4_8422_2325, low: UInt64 = 0x8422_2325_cbf2_9ce4
        for byte in name.utf8 {
            high = (high ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
            low = (low ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 &+ 0x9E37_79B9_7F4A_7C15
        }
        func mix(_ value: UInt64) -> UInt64 {  // SplitMix64's finaliser: every input bit reaches every output bit
            var z = value
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        high = mix(high)
        low = mix(low ^ high)
        high = (high & 0xFFFF_FFFF_FFFF_0FFF) | 0x0000_0000_0000_8000  // version 8
        low = (low & 0x3FFF_FFFF_FFFF_FFFF) | 0x8000_0000_0000_0000  // RFC 9562 variant
        func hex(_ value: UInt64, _ digits: Int) -> String {
            let text = String(value, radix: 16)
            return String(repeating: "0", count: max(0, digits - text.count)) + text
        }
        let h = hex(high, 16), l = hex(low, 16)
        return "urn:uuid:\(h.prefix(8))-\(h.dropFirst(8).prefix(4))-\(h.suffix(4))-\(l.prefix(4))-\(l.suffix(12))"
    }
}

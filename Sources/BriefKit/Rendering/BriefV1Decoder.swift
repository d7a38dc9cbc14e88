import Foundation

/// Reads the `brief/1` JSON that archives written before `brief/2` hold. That form kept no
/// provenance, agenda locations or participants: they come back empty.
public enum BriefV1Decoder {
    /// The schema name of the form.
    public static let schema = "brief/1"

    /// The brief in `data`.
    /// - Throws: `DecodingError` for malformed JSON; ``BriefError/invalidDate(_:)`` for a bad date.
    public static func decode(_ data: Data) throws -> Brief {
        let document = try JSONDecoder().decode(BriefDocument.self, from: data)
        guard let date = BriefDate(document.date) else { throw BriefError.invalidDate(document.date) }
        return Brief(
            title: document.title,
            date: date,
            sources: document.sources.map {
                Source(
                    id: $0.id, title: $0.title, path: $0.path,
                    metadata: SourceMetadata(outlet: $0.outlet, url: $0.url, published: $0.published.flatMap(BriefDate.init)))
            },
            keyPoints: document.keyPoints.map { KeyPoint(text: $0.text, sources: $0.sources, score: $0.score) },
            agenda: document.agenda.map { AgendaItem(date: $0.date.flatMap(BriefDate.init), when: $0.when, text: $0.text, sources: $0.sources) },
            actors: document.actors.map {
                Actor(name: $0.name, kind: $0.kind, role: $0.role, aliases: $0.aliases, mentions: $0.mentions, sources: $0.sources)
            },
            quotes: document.quotes.map { Quote(text: $0.text, speaker: $0.speaker, speakerKind: $0.speaker == nil ? nil : .person, sources: $0.sources) },
            openIssues: document.openIssues.map {
                OpenIssue(kind: $0.text.hasPrefix("Sources disagree") ? .disagreement : .question, text: $0.text, sources: $0.sources)
            }
        )
    }

    private struct BriefDocument: Decodable {
        var schema: String
        var title: String
        var date: String
        var sources: [SourceEntry]
        var keyPoints: [KeyPointEntry]
        var agenda: [AgendaEntry]
        var actors: [ActorEntry]
        var quotes: [QuoteEntry]
        var openIssues: [OpenIssueEntry]
    }

    private struct SourceEntry: Decodable {
        var id: String; var title: String; var path: String; var outlet: String?; var url: String?; var published: String?
    }
    private struct KeyPointEntry: Decodable { var text: String; var sources: [String]; var score: Double }
    private struct AgendaEntry: Decodable { var date: String?; var when: String; var text: String; var sources: [String] }
    private struct ActorEntry: Decodable {
        var name: String; var kind: Actor.Kind; var role: String?; var aliases: [String]; var mentions: Int; var sources: [String]
    }
    private struct QuoteEntry: Decodable { var text: String; var speaker: String?; var sources: [String] }
    private struct OpenIssueEntry: Decodable { var text: String; var sources: [String] }
}

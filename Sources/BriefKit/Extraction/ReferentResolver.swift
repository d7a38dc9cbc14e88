import Foundation

/// Makes items stand alone: an item whose text opens with "he", "she", "his" or "her" gets
/// the person it stands for in brackets after the pronoun ("He [John Healey] also
/// underscored…", "His [John Healey’s] visit…"), found in the source as a quote's "he said"
/// is, and one of the brief's people. An item whose person cannot be found keeps its text.
struct ReferentResolver {
    let context: ExtractionContext
    let actors: ActorAnalysis
    let quoteExtractor: QuoteExtractor

    /// `text` with its opening pronoun resolved from sentence `ref`, and the resolution made;
    /// nil when the text does not open with a personal pronoun or its person is not found.
    func resolve(_ text: String, at ref: SentenceRef?) -> (text: String, resolution: Resolution)? {
        guard case .personalPronoun(let word) = KeyPointEligibility.opening(of: text), let ref,
            let documentIndex = context.corpus.documents.firstIndex(where: { $0.id == ref.source }),
            let person = person(forPronounOpening: ref, documentIndex: documentIndex),
            let range = text.range(of: word)
        else { return nil }
        let possessive = ["his", "her"].contains(word.lowercased())
        let resolution = Resolution(word: word, referent: possessive ? person + "’s" : person)
        return (text.replacingCharacters(in: range, with: resolution.shown), resolution)
    }

    /// One of the brief's people: the one the quote attribution finds for the pronoun, else
    /// the first person named in the nearest of the three sentences before it.
    private func person(forPronounOpening ref: SentenceRef, documentIndex: Int) -> String? {
        let people = Set(actors.actors.filter { $0.kind == .person }.map(\.name))
        if let found = quoteExtractor.person(forPronounOpening: ref, documentIndex: documentIndex, context: context, actors: actors),
            people.contains(found)
        {
            return found
        }
        let before = actors.personMentions.filter {
            $0.documentIndex == documentIndex && $0.ref.sentence < ref.sentence && $0.ref.sentence >= ref.sentence - 3
                && people.contains($0.actorName)
        }
        guard let nearest = before.map(\.ref.sentence).max() else { return nil }
        return before.filter { $0.ref.sentence == nearest }.min { $0.range.lowerBound < $1.range.lowerBound }?.actorName
    }

    func resolve(_ points: [KeyPoint]) -> [KeyPoint] {
        points.map { point in
            guard let (text, resolution) = resolve(point.text, at: point.provenance.first) else { return point }
            var resolved = point
            resolved.text = text
            resolved.resolutions = [resolution]
            return resolved
        }
    }

    func resolve(_ issues: [OpenIssue]) -> [OpenIssue] {
        issues.map { issue in
            guard issue.kind == .question, let (text, resolution) = resolve(issue.text, at: issue.provenance.first) else { return issue }
            var resolved = issue
            resolved.text = text
            resolved.resolutions = [resolution]
            return resolved
        }
    }

    func resolve(_ agenda: [AgendaItem]) -> [AgendaItem] {
        agenda.map { item in
            guard let (text, resolution) = resolve(item.text, at: item.provenance.first) else { return item }
            var resolved = item
            resolved.text = text
            resolved.resolutions = [resolution]
            return resolved
        }
    }
}

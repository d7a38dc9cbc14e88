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

    /// `item` made to stand alone: without the connective its text opens with, when
    /// `droppingConnective` ("Meanwhile, …", which ties it to a sentence the brief does not
    /// show), then with its opening pronoun resolved from its first provenance sentence.
    private func standingAlone<Item>(
        _ item: Item, text: WritableKeyPath<Item, String>, resolutions: WritableKeyPath<Item, [Resolution]>, at ref: SentenceRef?,
        droppingConnective: Bool
    ) -> Item {
        var changed = item
        func apply(_ change: (text: String, resolution: Resolution)?) {
            guard let change else { return }
            changed[keyPath: text] = change.text
            changed[keyPath: resolutions].append(change.resolution)
        }
        if droppingConnective { apply(KeyPointEligibility.droppingConnective(changed[keyPath: text])) }
        apply(resolve(changed[keyPath: text], at: ref))
        return changed
    }

    /// Key points are chosen to stand alone, so none opens with a connective.
    func resolve(_ points: [KeyPoint]) -> [KeyPoint] {
        points.map { standingAlone($0, text: \.text, resolutions: \.resolutions, at: $0.provenance.first, droppingConnective: false) }
    }

    /// Questions only: a disagreement's text is the tool's own.
    func resolve(_ issues: [OpenIssue]) -> [OpenIssue] {
        issues.map {
            $0.kind == .question
                ? standingAlone($0, text: \.text, resolutions: \.resolutions, at: $0.provenance.first, droppingConnective: true) : $0
        }
    }

    func resolve(_ agenda: [AgendaItem]) -> [AgendaItem] {
        agenda.map { standingAlone($0, text: \.text, resolutions: \.resolutions, at: $0.provenance.first, droppingConnective: true) }
    }
}

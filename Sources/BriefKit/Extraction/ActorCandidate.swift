/// An actor found, before it is known to be among those listed: its name, aliases and
/// mention count (``outline``), the documents that mention it, and how to write it out.
struct ActorCandidate {
    /// The actor without role, sources and provenance.
    var outline: Actor
    var documents: Set<Int>
    /// The whole actor (the costly part: every mention's sentence, sorted).
    var actor: (ExtractionContext) -> Actor
}

/// A mention of a person, tied to the actor it names.
struct ResolvedMention: Sendable {
    var actorName: String
    var documentIndex: Int
    var paragraphIndex: Int
    var range: Range<String.Index>
    var ref: SentenceRef
    var possessive: Bool
}

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
///
/// A run holds millions of these, one for every person mention, so the document and the
/// paragraph are kept in 32 bits each (80 bytes a mention, not 88).
struct ResolvedMention: Sendable {
    var actorName: String
    private var storedDocument: Int32
    private var storedParagraph: Int32
    var range: Range<String.Index>
    var ref: SentenceRef
    var possessive: Bool

    init(actorName: String, documentIndex: Int, paragraphIndex: Int, range: Range<String.Index>, ref: SentenceRef, possessive: Bool) {
        self.actorName = actorName
        storedDocument = Int32(documentIndex)
        storedParagraph = Int32(paragraphIndex)
        self.range = range
        self.ref = ref
        self.possessive = possessive
    }

    /// The mention's document, by its place in the corpus.
    var documentIndex: Int { Int(storedDocument) }
    /// The mention's paragraph, by its place in its document.
    var paragraphIndex: Int { Int(storedParagraph) }
}

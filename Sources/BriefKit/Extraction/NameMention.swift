/// One place where the text names a person, an organisation, a country, or only a role.
struct NameMention: Sendable {
    enum Kind: Sendable {
        /// A name with a title, an honorific or a verb of saying next to it: surely a person.
        case person
        /// A capitalised name with no such cue; a person only if elsewhere the corpus says so.
        case bareName
        /// Only a role ("the Prime Minister"), to be tied to the person who holds it.
        case roleOnly
        case organization
        /// A country or a known place: every mention counts, apart from organisations.
        case place
    }

    /// The name's words joined by spaces ("John Healey"); for organisations, the whole name.
    /// One string, not an array of words: most names fit in a string's inline storage, so a
    /// mention allocates nothing for its name (at 100,000 articles there are millions).
    /// Words are tokens, which never hold a space.
    let nameText: String
    private let storedWordCount: UInt8
    /// "Mr", "Sir"... as written, when one stands before the name.
    var honorific: String?
    /// The role written with the name ("Defence Secretary"), or in apposition.
    var role: String?
    /// Where the mention stands in its paragraph.
    var range: Range<String.Index>
    // Stored in 32 bits and after the references, and the sentence as its place in the
    // paragraph, not its reference (a string and four numbers): at 100,000 articles there are
    // millions of mentions, and this packs one in 80 bytes instead of 120.
    private var storedDocument: Int32
    private var storedParagraph: Int32
    /// The place of the mention's sentence in its paragraph's sentences; -1 for none.
    private var storedSentence: Int32
    var kind: Kind
    /// True when the name is possessive ("Mr Macron’s initiative").
    var possessive: Bool

    /// The document and paragraph it is in.
    var documentIndex: Int {
        get { Int(storedDocument) }
        set { storedDocument = Int32(clamping: newValue) }
    }
    var paragraphIndex: Int {
        get { Int(storedParagraph) }
        set { storedParagraph = Int32(clamping: newValue) }
    }

    /// The reference of the mention's sentence, from the paragraphs of the context it was
    /// found in (an empty reference for a paragraph without sentences).
    func ref(in paragraphs: [[ExtractionContext.Paragraph]]) -> SentenceRef {
        guard storedSentence >= 0 else { return SentenceRef(source: "", paragraph: 0, sentence: 0) }
        return paragraphs[documentIndex][paragraphIndex].sentences[Int(storedSentence)].ref
    }

    /// The name's words ("John", "Healey").
    var name: [String] { nameText.isEmpty ? [] : nameText.split(separator: " ").map(String.init) }
    /// How many words the name has.
    var nameWordCount: Int { Int(storedWordCount) }
    /// The name's first and last words ("" for no name). An ASCII name (most) is cut at its
    /// spaces' bytes; any other by Characters, where a space may carry a combining mark.
    var firstNameWord: Substring {
        let utf8 = nameText.utf8
        guard utf8.allSatisfy({ $0 < 0x80 }) else { return nameText.prefix { $0 != " " } }
        return nameText[..<(utf8.firstIndex(of: 0x20) ?? utf8.endIndex)]
    }
    var lastNameWord: Substring {
        let utf8 = nameText.utf8
        guard utf8.allSatisfy({ $0 < 0x80 }) else {
            return nameText.suffix(from: nameText.lastIndex(of: " ").map(nameText.index(after:)) ?? nameText.startIndex)
        }
        return nameText[(utf8.lastIndex(of: 0x20).map(utf8.index(after:)) ?? utf8.startIndex)...]
    }

    init(
        kind: Kind, name: [String], honorific: String? = nil, role: String? = nil, documentIndex: Int, paragraphIndex: Int,
        range: Range<String.Index>, sentence: Int?, possessive: Bool = false
    ) {
        nameText = name.joined(separator: " ")
        storedWordCount = UInt8(clamping: name.count)
        self.honorific = honorific
        self.role = role
        self.range = range
        storedSentence = sentence.map { Int32(clamping: $0) } ?? -1
        storedDocument = Int32(clamping: documentIndex)
        storedParagraph = Int32(clamping: paragraphIndex)
        self.kind = kind
        self.possessive = possessive
    }

    /// The name as written, with its honorific ("Mr Healey"), or the role for role-only mentions.
    var surface: String {
        switch kind {
        case .roleOnly: return "the " + (role ?? "")
        default:
            guard let honorific else { return nameText }
            return nameText.isEmpty ? honorific : honorific + " " + nameText
        }
    }
}

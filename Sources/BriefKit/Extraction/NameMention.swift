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

    var kind: Kind
    /// The name's words ("John", "Healey"); for organisations, the whole name.
    var name: [String]
    /// "Mr", "Sir"... as written, when one stands before the name.
    var honorific: String?
    /// The role written with the name ("Defence Secretary"), or in apposition.
    var role: String?
    /// The document and paragraph it is in.
    var documentIndex: Int
    var paragraphIndex: Int
    /// Where the mention stands in its paragraph.
    var range: Range<String.Index>
    var ref: SentenceRef
    /// True when the name is possessive ("Mr Macron’s initiative").
    var possessive = false

    /// The name as written, with its honorific ("Mr Healey"), or the role for role-only mentions.
    var surface: String {
        switch kind {
        case .roleOnly: return "the " + (role ?? "")
        default: return ((honorific.map { [$0] } ?? []) + name).joined(separator: " ")
        }
    }
}

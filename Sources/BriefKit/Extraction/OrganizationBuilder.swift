/// Clusters organisation and place mentions: case-insensitive, country names unified; a
/// place's every mention counts ("Ukraine" and "Ukraine’s" alike).
struct OrganizationBuilder: Sendable {
    struct Organization: Sendable {
        var key: String
        /// The forms the organisation is written in, each once, in order of first use (not
        /// one per mention: a big corpus names its organisations millions of times).
        var forms: [String] = []
        /// The organisation's mentions, as places in ``OrganizationBuilder/all``.
        var mentions: [Int] = []
        /// The document of each of ``mentions``, kept beside them (see ``PeopleBuilder``).
        var mentionDocuments: [Int32] = []
        var isPlace = false
    }

    var organizations: [Organization] = []
    /// Every mention added.
    private var all = JoinedArrays<NameMention>([])
    /// Index in ``organizations`` by key.
    private var indexByKey: [String: Int] = [:]

    mutating func add(_ all: JoinedArrays<NameMention>) {
        self.all = all
        // The organisation each form is in: a form is keyed once, and is one of its forms.
        var organizationOfForm: [String: Int] = [:]
        for (place, mention) in all.enumerated() where mention.kind == .organization || mention.kind == .place {
            let name = mention.nameText
            let index: Int
            if let known = organizationOfForm[name] {
                index = known
            } else {
                let key = Self.key(for: name)
                if let keyed = indexByKey[key] {
                    index = keyed
                    organizations[index].forms.append(name)
                } else {
                    index = organizations.count
                    indexByKey[key] = index
                    organizations.append(Organization(key: key, forms: [name], isPlace: mention.kind == .place))
                }
                organizationOfForm[name] = index
            }
            organizations[index].mentions.append(place)
            organizations[index].mentionDocuments.append(Int32(clamping: mention.documentIndex))
        }
    }

    /// The name (words joined by spaces) upper-cased, each country alias replaced by its
    /// group's first form.
    static func key(for name: String) -> String {
        var text = " " + name.uppercased() + " "
        for group in NameLexicon.countryAliases {
            for alias in group.dropFirst().sorted(by: { $0.count > $1.count }) {
                text = text.replacingAll(" " + alias.uppercased() + " ", with: " " + group[0].uppercased() + " ")
            }
        }
        return text.trimmingSpaces
    }

    func candidates() -> [ActorCandidate] {
        let all = self.all
        return organizations.compactMap { organization in
            let documents = Set(organization.mentionDocuments.map(Int.init))
            guard organization.mentions.count >= 2 || documents.count >= 2 else { return nil }
            let forms = organization.forms
            let name = Self.displayName(organization, forms: forms)
            let aliases = forms.filter { $0 != name }
            let outline = Actor(
                name: name, kind: organization.isPlace ? .place : .organization, role: nil, aliases: aliases,
                mentions: organization.mentions.count, sources: [])
            return ActorCandidate(outline: outline, documents: documents) { context in
                var actor = outline
                actor.sources = context.sourceIDs(documents)
                actor.provenance = Array(Set(organization.mentions.map { all[$0].ref(in: context.paragraphs) })).sorted()
                return actor
            }
        }
    }

    /// The longest form used (its fullest name); for a country, the group's first form.
    static func displayName(_ organization: Organization, forms: [String]) -> String {
        for group in NameLexicon.countryAliases where group[0].uppercased() == organization.key {
            return group[0]
        }
        return forms.max { ($0.count, $0.filter(\.isUppercase).count) < ($1.count, $1.filter(\.isUppercase).count) }!
    }
}

/// A deterministic synthetic news corpus for benchmarks, in one of three ``CorpusShape``s.
/// The same `count`, `seed` and shape give the same bytes, and any article can be made on its
/// own (so that generation splits across cores).
public struct SyntheticCorpus: Sendable {
    public let count: Int
    public let seed: UInt64
    public let shape: CorpusShape
    /// How many outlets report each story, on average, in the ``CorpusShape/stories`` shape.
    public let outletsPerStory = 8

    public init(count: Int, seed: UInt64 = 2025, shape: CorpusShape = .stories) {
        precondition(count >= 0)
        self.count = count
        self.seed = seed
        self.shape = shape
    }

    /// The file name of article `index`, sorted in index order.
    public func fileName(at index: Int) -> String {
        let number = String(index)
        let padded = String(repeating: "0", count: max(0, 6 - number.count)) + number
        switch shape {
        case .stories:
            let outlet = SyntheticVocabulary.outlets[index % SyntheticVocabulary.outlets.count]
            return padded + "_" + outlet.lowercased() + ".txt"
        case .syndicated, .desk:
            let slug = outlet(of: index).lowercased().split(separator: " ").joined(separator: "-")
            return padded + "_" + slug + ".txt"
        }
    }

    /// The text of article `index`. The ``CorpusShape/stories`` shape is a headline line, then
    /// paragraphs separated by blank lines; the other two open with front matter naming the
    /// headline, the outlet and the day.
    public func article(at index: Int) -> String {
        switch shape {
        case .stories:
            var random = articleRandom(index)
            let story = Story(number: index / outletsPerStory, seed: seed)
            return report(of: story, random: &random).joined(separator: "\n\n") + "\n"
        case .desk:
            var random = articleRandom(index)
            let story = Story(number: index / Self.deskOutletsPerStory, seed: seed ^ 0xDE5C)
            var paragraphs = report(of: story, random: &random, background: 8...14)
            let headline = paragraphs.removeFirst()
            return frontMatter(headline: headline, index: index) + paragraphs.joined(separator: "\n\n") + "\n"
        case .syndicated:
            let storyNumber = index % syndicatedStories
            let story = Story(number: storyNumber, seed: seed ^ 0x5D1C)
            var wireRandom = SplitMix64(seed: seed ^ (UInt64(storyNumber) &* 0xA24B_AED4_963E_E407) ^ 0x371E)
            let wire = report(of: story, random: &wireRandom)
            var random = articleRandom(index)
            let reprint = WireReprint.edit(wire, headlines: story.headlines, random: &random)
            return frontMatter(headline: reprint.headline, index: index) + reprint.paragraphs.joined(separator: "\n\n") + "\n"
        }
    }

    /// How many outlets report each story of the ``CorpusShape/desk`` shape.
    static let deskOutletsPerStory = 3

    /// The stories of the ``CorpusShape/syndicated`` shape: five, fewer in a small corpus.
    var syndicatedStories: Int { max(1, min(5, count / 20)) }

    /// The outlet of article `index` in the shapes that name one: a few dozen regular outlets
    /// on the desk, one of many papers (about one for every 25 articles) for syndicated copy.
    public func outlet(of index: Int) -> String {
        var random = SplitMix64(seed: seed ^ (UInt64(index) &* 0x94D0_49BB_1331_11EB) ^ 0x0711)
        let outlets: Int
        switch shape {
        case .stories: return SyntheticVocabulary.outlets[index % SyntheticVocabulary.outlets.count]
        case .desk: outlets = 40
        case .syndicated: outlets = max(16, count / 25)
        }
        var number = Int(random.next() % UInt64(outlets))
        if shape == .desk {
            // The outlets of one story differ: each takes the next of a few dozen in turn.
            number = (index / Self.deskOutletsPerStory * 7 + index % Self.deskOutletsPerStory) % outlets
        }
        var naming = SplitMix64(seed: seed ^ (UInt64(number) &* 0xBF58_476D_1CE4_E5B9) ^ 0x0B7E)
        let kind = SyntheticVocabulary.outlets[number % SyntheticVocabulary.outlets.count]
        return "The " + Story.name(&naming, syllables: 2 + number % 2) + " " + kind
    }

    private func articleRandom(_ index: Int) -> SplitMix64 {
        SplitMix64(seed: seed ^ (UInt64(index) &* 0xD134_2543_DE82_EF95) ^ 0x5EED)
    }

    private func frontMatter(headline: String, index: Int) -> String {
        // YAML's double-quoted scalars: only a quotation mark and a backslash need escaping.
        let quoted = headline.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
        let day = index % 5 == 4 ? "2025-06-01" : "2025-06-02"
        return "---\ntitle: \"\(quoted)\"\noutlet: \(outlet(of: index))\npublished: \(day)\n---\n"
    }

    /// One outlet's report of `story`: a headline, then paragraphs of one to three sentences
    /// holding the lead, a random choice of the other facts in one of their wordings, some of
    /// the story's quotes, and background sentences of the outlet's own.
    private func report(of story: Story, random: inout SplitMix64, background: ClosedRange<Int> = 22...30) -> [String] {
        var paragraphs: [String] = []
        paragraphs.append(random.pick(story.headlines))

        var facts = Array(story.facts.indices.dropFirst())
        facts.shuffle(using: &random)
        let used = [0] + facts.prefix(random.int(in: 6...facts.count))
        var sentences: [String] = used.map { random.pick(story.facts[$0]) }
        let quoteCount = random.int(in: 1...story.quotes.count)
        for quote in story.quotes.prefix(quoteCount) {
            let position = random.int(in: 1...sentences.count)
            sentences.insert(random.pick(story.attributions(of: quote)), at: position)
        }
        for _ in 0..<random.int(in: background) {
            let position = random.int(in: 1...sentences.count)
            sentences.insert(backgroundSentence(&random, story: story), at: position)
        }
        var paragraph: [String] = []
        for sentence in sentences {
            paragraph.append(sentence)
            if paragraph.count >= random.int(in: 1...3) {
                paragraphs.append(paragraph.joined(separator: " "))
                paragraph = []
            }
        }
        if !paragraph.isEmpty { paragraphs.append(paragraph.joined(separator: " ")) }
        return paragraphs
    }

    /// A sentence of background that only this article has: common news phrasing around a
    /// place and a group named from syllables, so near-duplicates come from the story's facts.
    private func backgroundSentence(_ random: inout SplitMix64, story: Story) -> String {
        let vocabulary = SyntheticVocabulary.self
        let subject = random.pick(vocabulary.backgroundSubjects)
        let verb = random.pick(vocabulary.backgroundVerbs)
        let topic = random.chance(0.3) ? story.topic : random.pick(vocabulary.topics)
        let tail = random.pick(vocabulary.backgroundTails)
        let place = Story.name(&random, syllables: 2)
        let group = Story.name(&random, syllables: 2) + " " + random.pick(vocabulary.groupKinds)
        let figure = random.int(in: 2...90)
        switch random.int(in: 0...5) {
        case 0: return "\(subject) in \(place) \(verb) \(topic) \(tail)."
        case 1: return "\(subject) at the \(group) \(verb) \(topic) \(tail)."
        case 2: return "The debate over \(topic) has shaped politics in \(place) \(tail), the \(group) said."
        case 3: return "A report by the \(group) found that \(figure) per cent of residents in \(place) worry about \(topic)."
        case 4: return "In \(place), \(subject.lowercased()) \(verb) \(topic), and the \(group) plans a meeting \(tail)."
        default: return "\(subject) say \(topic) in \(place) has changed \(tail), pointing to the \(group)'s own figures."
        }
    }
}

/// One story that several outlets report: its people, place, figures and the variant
/// wordings of each of its facts.
struct Story {
    let topic: String
    let headlines: [String]
    /// Each fact in two or three wordings; the first fact is the lead.
    let facts: [[String]]
    let quotes: [(speaker: String, surname: String, text: String)]

    init(number: Int, seed: UInt64) {
        let vocabulary = SyntheticVocabulary.self
        var random = SplitMix64(seed: seed ^ (UInt64(number) &* 0x9E37_79B9_7F4A_7C15))
        let first = random.pick(vocabulary.firstNames)
        let surname = Story.name(&random, syllables: random.int(in: 2...3))
        let role = random.pick(vocabulary.roles)
        let otherFirst = random.pick(vocabulary.firstNames)
        let otherSurname = Story.name(&random, syllables: 2)
        let otherRole = random.pick(vocabulary.roles)
        let country = random.pick(vocabulary.countries)
        let city = Story.name(&random, syllables: 3)
        let organisation = random.pick(vocabulary.organisations)
        topic = random.pick(vocabulary.topics)
        let event = random.pick(vocabulary.events)
        let day = random.pick(vocabulary.weekdays)
        let figure = random.int(in: 3...900)
        let unit = random.pick(vocabulary.units)
        let person = "\(first) \(surname)"
        let other = "\(otherFirst) \(otherSurname)"
        let cap = organisation.prefix(1).uppercased() + organisation.dropFirst()

        headlines = [
            "\(role) \(surname) pledges action on \(topic)",
            "\(country) moves on \(topic) as \(event) nears",
            "\(surname) and \(otherSurname) to meet over \(topic)",
        ]
        facts = [
            [
                "\(country)'s \(role) \(person) will meet \(otherRole) \(other) in \(city) on \(day) to discuss \(topic).",
                "\(role) \(person) is set to hold talks on \(topic) with \(other) in \(city) on \(day).",
                "\(person), \(country)'s \(role), travels to \(city) for talks with \(other) on \(day) about \(topic).",
            ],
            [
                "The government announced a package worth \(figure) \(unit) for \(topic) on Tuesday.",
                "A package of \(figure) \(unit) for \(topic) was announced by the government on Tuesday.",
            ],
            [
                "\(cap) has asked for a full review of \(topic) before the \(event).",
                "A full review of \(topic) has been requested by \(organisation) ahead of the \(event).",
            ],
            [
                "Critics say the plan does not go far enough and could leave thousands of households worse off.",
                "Critics argue the plan falls short and may leave thousands of households worse off.",
            ],
            [
                "The \(event) in \(city) is expected to draw delegations from several countries.",
                "Delegations from several countries are expected at the \(event) in \(city).",
            ],
            [
                "It remains unclear whether \(organisation) will back the proposal.",
                "Whether \(organisation) will support the proposal is still unclear.",
            ],
            [
                "\(otherRole) \(other) has said the talks will focus on funding and timelines.",
                "According to \(other), the talks will centre on funding and timelines.",
            ],
            [
                "Officials in \(city) said preparations for the \(event) were under way.",
                "Preparations for the \(event) are under way, officials in \(city) said.",
            ],
            [
                "The dispute over \(topic) has strained relations between the two sides for months.",
                "For months the row over \(topic) has strained relations between both sides.",
            ],
            [
                "A vote on the measure is scheduled for next week.",
                "Lawmakers are due to vote on the measure next week.",
            ],
            [
                "\(person) previously served as a regional adviser on \(topic).",
                "Before taking office, \(surname) advised the region on \(topic).",
            ],
            [
                "Opposition parties have demanded a parliamentary debate on the package.",
                "The opposition wants a debate in parliament on the package.",
            ],
        ]
        quotes = [
            (person, surname, "We will not accept a deal that leaves \(topic) to chance, and we expect real commitments on \(day)."),
            (other, otherSurname, "This is a chance to settle the question of \(topic) for a generation."),
        ]
    }

    /// The ways an outlet attributes `quote`.
    func attributions(of quote: (speaker: String, surname: String, text: String)) -> [String] {
        let leading = quote.text.dropLast() + ","
        return [
            "\u{201C}\(leading)\u{201D} \(quote.speaker) said.",
            "\(quote.speaker) told reporters: \u{201C}\(quote.text)\u{201D}",
            "\u{201C}\(leading)\u{201D} said \(quote.surname).",
        ]
    }

    /// A capitalised name made of `syllables` syllables.
    static func name(_ random: inout SplitMix64, syllables: Int) -> String {
        var name = ""
        for _ in 0..<syllables { name += random.pick(SyntheticVocabulary.syllables) }
        return name.prefix(1).uppercased() + name.dropFirst()
    }
}

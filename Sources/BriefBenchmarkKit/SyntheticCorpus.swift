/// A deterministic synthetic news corpus for benchmarks: `count` articles in which groups of
/// about eight outlets report the same story, each with its own choice and wording of the
/// story's facts, the same verbatim quotes, and background sentences of its own. The same
/// `count` and `seed` give the same bytes, and any article can be made on its own (so that
/// generation splits across cores).
public struct SyntheticCorpus: Sendable {
    public let count: Int
    public let seed: UInt64
    /// How many outlets report each story, on average.
    public let outletsPerStory = 8

    public init(count: Int, seed: UInt64 = 2025) {
        precondition(count >= 0)
        self.count = count
        self.seed = seed
    }

    /// The file name of article `index`, sorted in index order.
    public func fileName(at index: Int) -> String {
        let outlet = SyntheticVocabulary.outlets[index % SyntheticVocabulary.outlets.count]
        let number = String(index)
        return String(repeating: "0", count: max(0, 6 - number.count)) + number + "_" + outlet.lowercased() + ".txt"
    }

    /// The text of article `index`: a headline line, then paragraphs separated by blank lines.
    public func article(at index: Int) -> String {
        let story = Story(number: index / outletsPerStory, seed: seed)
        var random = SplitMix64(seed: seed ^ (UInt64(index) &* 0xD134_2543_DE82_EF95) ^ 0x5EED)
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
        for _ in 0..<random.int(in: 22...30) {
            let position = random.int(in: 1...sentences.count)
            sentences.insert(background(&random, story: story), at: position)
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
        return paragraphs.joined(separator: "\n\n") + "\n"
    }

    /// A sentence of background that only this article has: common news phrasing around a
    /// place and a group named from syllables, so near-duplicates come from the story's facts.
    private func background(_ random: inout SplitMix64, story: Story) -> String {
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

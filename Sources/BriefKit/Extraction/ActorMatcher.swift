/// Finds which actors a text names, by whole words, the longest name winning: "US Marine
/// Corps" is the Marine Corps, not also the United States.
struct ActorMatcher: Sendable {
    private let names: [(form: [String], actor: String)]
    /// The places in `names` of the names that open with each word, ascending.
    private let namesByFirstWord: [String: [Int]]

    init(actors: [Actor]) {
        var names: [(form: [String], actor: String)] = []
        for actor in actors {
            for form in [actor.name] + actor.aliases where !form.hasPrefix("the ") {
                names.append((WordToken.tokenize(form).filter { !$0.isPunctuation }.map(\.text), actor.name))
            }
        }
        self.names = names.sorted { $0.form.count > $1.form.count }
        var byFirstWord: [String: [Int]] = [:]
        for (place, name) in self.names.enumerated() {
            if let first = name.form.first { byFirstWord[first, default: []].append(place) }
        }
        namesByFirstWord = byFirstWord
    }

    /// The names of the actors `text` mentions, in order of first mention.
    func actors(in text: String) -> [String] {
        actors(in: WordToken.tokenize(text))
    }

    /// The names of the actors a tokenized text mentions, in order of first mention.
    func actors(in tokens: [WordToken]) -> [String] {
        let words = tokens.filter { !$0.isPunctuation }.map(\.text)
        var taken = [Bool](repeating: false, count: words.count)
        var found: [(position: Int, actor: String)] = []
        // Where each word stands, so that a name is only tried where its first word is.
        var positions: [String: [Int]] = [:]
        for (position, word) in words.enumerated() { positions[word, default: []].append(position) }
        // Only the names whose first word the text has, in the order of `names` (longest first).
        var tried: [Int] = []
        for word in positions.keys { tried += namesByFirstWord[word] ?? [] }
        tried.sort()
        for (form, actor) in tried.lazy.map({ names[$0] }) where form.count <= words.count {
            for start in positions[form[0]] ?? []
            where start + form.count <= words.count && !taken[start]
                && words[start..<start + form.count].elementsEqual(form)
            {
                for k in start..<start + form.count { taken[k] = true }
                found.append((start, actor))
            }
        }
        var result: [String] = []
        for (_, actor) in found.sorted(by: { $0.position < $1.position }) where !result.contains(actor) { result.append(actor) }
        return result
    }
}

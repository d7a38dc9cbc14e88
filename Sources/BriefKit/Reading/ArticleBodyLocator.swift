import BriefXML

/// Finds the parts of a saved page that hold its article, by how much prose each element holds
/// rather than by what its markup is called.
///
/// - **Prose** is counted in paragraphs: `p` and `li` elements, and runs of an element's own
///   text between block elements and `<br>` (pages that set their story as text and line breaks).
///   A paragraph counts with its visible bytes outside links, and only when it is at least
///   ``minimumParagraphBytes`` long and less than half links: menus, link lists, labels and
///   captions count for nothing.
/// - **The container** is the element whose own paragraphs hold the most prose. Class and id
///   words that name furniture ("sidebar", "comment", "related") are evidence, not verdicts:
///   each marked element on the way down from `<body>` halves the prose of what is under it, so a
///   layout class such as `content-with-sidebar` cannot hide a story, while a comment thread needs
///   far more text than the story to win.
/// - **Parts of one story** are joined: the container's siblings that hold prose of their own (a
///   story split over sections, a `paywall` wrapper around the rest of the text, paragraphs set
///   beside the container), with the headings and lists between them. When the container has no
///   such sibling, its parent is tried in turn while it adds nothing else of substance.
/// - Inside the chosen parts, a descendant marked as furniture is still read when it holds at
///   least a third of the parts' prose: a wrapper of the story, not a box beside it.
enum ArticleBodyLocator {
    /// The shortest paragraph, in visible bytes, that counts as prose (about six words).
    static let minimumParagraphBytes = 30
    /// The prose, in visible bytes, under which a page is read whole.
    static let smallPage = 200
    /// How many levels above the container a join is looked for.
    static let maximumClimb = 6

    /// Where a page's article is.
    struct Location {
        /// The elements to read, in document order.
        var parts: [XMLNode]
        /// Elements marked as furniture that hold so much of the prose that they are read.
        var keptFurniture: Set<XMLNode>
        /// The prose of the chosen parts, in visible bytes.
        var prose: Int
        /// What the locator measured: every element not furniture by name.
        var stats: [XMLNode: Stats]

        /// True when the text of `node`, an element under the parts, is article text: it is not
        /// furniture by name (the locator measured it), and not marked, unless it was kept.
        /// The same verdict as ``HTMLBlockExtractor/isExcluded(_:)`` with `keptFurniture` read,
        /// from the marks the locator already found.
        func reads(_ node: XMLNode) -> Bool {
            guard let entry = stats[node] else { return false }
            return !entry.marked || keptFurniture.contains(node)
        }
    }

    /// Visible bytes of a subtree, and how many of them are link text.
    struct Measure {
        var text = 0
        var links = 0

        static func += (a: inout Measure, b: Measure) {
            a.text += b.text
            a.links += b.links
        }

        /// The bytes outside links when this is a paragraph of prose, else 0.
        var prose: Int {
            guard text >= ArticleBodyLocator.minimumParagraphBytes, links * 2 < text else { return 0 }
            return text - links
        }
    }

    /// What the locator knows of one element.
    struct Stats {
        /// The whole subtree, furniture by element name left out.
        var whole = Measure()
        /// The prose of the element's own paragraphs.
        var directProse = 0
        /// The prose of all paragraphs under the element.
        var subtreeProse = 0
        /// How strongly its own markup says it is not the article (``evidence(against:)``).
        var evidence = 0
        /// Marked as furniture by class, id, role or a hiding style.
        var marked: Bool { evidence > 0 }
        /// The evidence against this element and every one above it (see ``evidence(against:)``;
        /// an item of a repeated list adds 1).
        var markedDepth = 0
        /// The prose inside items of repeated lists under the element (comments, teasers).
        var listed = 0
        /// Something under the element besides paragraphs: a heading or line of text too short
        /// to be prose, a picture, a time, a header or footer, a button.
        var hasOtherParts = false
        /// A block or heading element is under the element.
        var hasBlocks = false

        /// The direct prose weighed by the furniture evidence above it.
        var score: Double { Double(directProse) / Double(1 << min(markedDepth, 4)) }
    }

    /// Elements whose text counts as one paragraph of their parent.
    static let paragraphElements: Set<String> = ["p", "li", "dd"]

    /// The article's parts under `body`. A page with less than ``smallPage`` bytes of prose in
    /// all is read whole (furniture aside): there is nothing to choose between.
    static func locate(in body: XMLNode) -> Location {
        let stats = measure(body)
        let pageProse = stats[body]?.subtreeProse ?? 0
        var best: (node: XMLNode, score: Double)?
        for node in body.descendants {
            guard let entry = stats[node], entry.directProse > 0 else { continue }
            if entry.score > (best?.score ?? 0) { best = (node, entry.score) }
        }
        guard let best, pageProse >= smallPage else {
            return Location(parts: [body], keptFurniture: [], prose: pageProse, stats: stats)
        }
        let parts = joinedParts(around: best.node, stats: stats, body: body)
        let prose = parts.reduce(0) { $0 + (stats[$1].map(subtreeProse) ?? 0) }
        var kept: Set<XMLNode> = []
        for part in parts {
            for node in part.descendants where node != part {
                guard let entry = stats[node], entry.marked, entry.subtreeProse * 3 >= prose, prose > 0 else { continue }
                kept.insert(node)
            }
        }
        return Location(parts: parts, keptFurniture: kept, prose: prose, stats: stats)
    }

    /// The prose of an element's paragraphs, the element itself counted when it is one.
    private static func subtreeProse(_ stats: Stats) -> Int {
        max(stats.subtreeProse, stats.whole.prose)
    }

    /// The container and the siblings that are parts of the same story, in document order.
    private static func joinedParts(around container: XMLNode, stats: [XMLNode: Stats], body: XMLNode) -> [XMLNode] {
        guard let own = stats[container] else { return [container] }
        let minimum = max(100, own.directProse / 5)
        var node = container
        for level in 0..<maximumClimb {
            guard node != body, let parent = node.parent, let parentStats = stats[parent] else { break }
            let siblings = parent.childElements
            let position = siblings.firstIndex(of: node) ?? 0
            var joined: [Bool] = siblings.enumerated().map { index, sibling in
                if sibling == node { return true }
                guard let entry = stats[sibling], let name = sibling.name else { return false }
                if paragraphElements.contains(name) { return entry.whole.prose > 0 }
                // Prose in repeated items (comments, other stories) does not count, and a
                // marked sibling never joins. A sibling built as the container is (same
                // element and class) is another section of the story whenever it holds a
                // paragraph or two.
                let prose = entry.subtreeProse - entry.listed
                if signature(of: sibling) == signature(of: node) && !entry.marked && prose >= max(100, own.directProse / 10) {
                    return true
                }
                // Before the container, a block made of nothing but prose (a lead paragraph
                // set apart) joins whatever its size.
                if level == 0 && index < position && !entry.marked && !entry.hasOtherParts && prose > 0 && prose * 5 >= entry.whole.text * 4 {
                    return true
                }
                // Above the container's own parent, only sections built alike join.
                return level == 0 && !entry.marked && prose >= minimum
            }
            if joined.count(where: { $0 }) > 1 {
                let first = joined.firstIndex(of: true)!
                let last = joined.lastIndex(of: true)!
                for index in first...last where !joined[index] {
                    let sibling = siblings[index]
                    guard let entry = stats[sibling], !entry.marked, let name = sibling.name else { continue }
                    joined[index] = HTMLBlockExtractor.headingElements.contains(name) || contentElements.contains(name)
                }
                return siblings.indices.filter { joined[$0] }.map { siblings[$0] }
            }
            // Climb only through a parent that holds nothing else of substance.
            let others = subtreeProse(parentStats) - subtreeProse(stats[node] ?? Stats())
            if others >= minimum { break }
            node = parent
        }
        return [container]
    }

    /// How strongly an element's markup says it is not the article: 1 for a furniture word of
    /// its class or id, its role or a form, 2 for an inline style that hides it, else 0.
    static func evidence(against node: XMLNode) -> Int {
        if HTMLBlockExtractor.isHiddenByStyle(node) { return 2 }
        return HTMLBlockExtractor.isMarkedAsFurniture(node) ? 1 : 0
    }

    /// Elements kept between joined parts of a story besides headings.
    static let contentElements: Set<String> = ["p", "ul", "ol", "dl", "blockquote", "pre", "table"]

    /// Measures every element under `root` that is not furniture by name: prose bottom up,
    /// then the evidence against each element top down.
    static func measure(_ root: XMLNode) -> [XMLNode: Stats] {
        var stats: [XMLNode: Stats] = [:]
        var items: Set<XMLNode> = []
        enum Step { case enter(XMLNode), exit(XMLNode) }
        var stack: [Step] = [.enter(root)]
        while let step = stack.popLast() {
            switch step {
            case .enter(let node):
                guard node.kind == .element, node == root || !HTMLBlockExtractor.isExcludedByName(node) else { continue }
                stack.append(.exit(node))
                for child in node.childElements.reversed() { stack.append(.enter(child)) }
            case .exit(let node):
                let children = node.children
                let listed = repeatedItems(among: children, stats: stats)
                items.formUnion(listed)
                stats[node] = measured(node, children: children, items: listed, stats: stats, isRoot: node == root)
            }
        }
        // Evidence, top down: a marked element, and an item of a repeated list, weigh against
        // everything under them.
        var pending: [(XMLNode, Int)] = [(root, 0)]
        while let (node, above) = pending.popLast() {
            guard var entry = stats[node] else { continue }
            let depth = above + entry.evidence + (items.contains(node) ? 1 : 0)
            entry.markedDepth = depth
            stats[node] = entry
            for child in node.childElements { pending.append((child, depth)) }
        }
        return stats
    }

    /// The children that are items of a repeated list: at least ``minimumListItems`` elements
    /// of one kind (name and first class word), each a container of blocks that holds paragraphs
    /// among other parts (an author line, a heading, a picture, a time, a reply button):
    /// comments, teasers of other stories, a feed of posts. Paragraphs, even with a picture, are
    /// not items, nor paragraphs wrapped one to an element.
    static func repeatedItems(among children: [XMLNode], stats: [XMLNode: Stats]) -> Set<XMLNode> {
        var groups: [String: [XMLNode]] = [:]
        for child in children {
            guard child.kind == .element, let inner = stats[child], inner.subtreeProse > 0, inner.hasOtherParts,
                inner.hasBlocks
            else { continue }
            groups[signature(of: child), default: []].append(child)
        }
        return Set(groups.values.filter { $0.count >= minimumListItems }.joined())
    }

    /// Elements that, beside paragraphs, show a block is more than text (see ``repeatedItems``).
    static let otherParts: Set<String> = [
        "header", "footer", "figure", "nav", "aside", "button", "img", "picture", "time", "svg", "input", "textarea",
        "select", "label",
    ]

    /// True for a block or heading element's name.
    static func isBlock(_ name: String?) -> Bool {
        guard let name else { return false }
        return HTMLBlockExtractor.blockElements.contains(name) || HTMLBlockExtractor.headingElements.contains(name)
    }

    /// What makes elements of one kind: the element name and the first word of its class.
    static func signature(of node: XMLNode) -> String {
        let firstClass = node.attribute("class")?.lowercased().split(separator: " ").first.map(String.init) ?? ""
        return (node.name ?? "") + "." + firstClass
    }

    /// The fewest items of one kind that make a repeated list.
    static let minimumListItems = 3

    /// One element's measures from its children's.
    private static func measured(
        _ node: XMLNode, children: [XMLNode], items: Set<XMLNode>, stats: [XMLNode: Stats], isRoot: Bool
    ) -> Stats {
        var entry = Stats()
        entry.evidence = isRoot ? 0 : evidence(against: node)
        var run = Measure()
        func closeRun() {
            entry.directProse += run.prose
            run = Measure()
        }
        for child in children {
            switch child.kind {
            case .text:
                let count = child.visibleByteCount
                run.text += count
                entry.whole.text += count
            case .element:
                guard let name = child.name, let inner = stats[child] else {
                    if let name = child.name, otherParts.contains(name) { entry.hasOtherParts = true }
                    continue
                }
                entry.whole += inner.whole
                if inner.hasBlocks || isBlock(name) { entry.hasBlocks = true }
                if inner.hasOtherParts || otherParts.contains(name)
                    || isBlock(name) && inner.whole.text > 0 && inner.subtreeProse == 0 && inner.whole.prose == 0
                {
                    entry.hasOtherParts = true
                }
                if name == "br" {
                    closeRun()
                } else if paragraphElements.contains(name) && !items.contains(child) && (name == "p" || !inner.hasBlocks) {
                    // A paragraph; a list item that holds blocks of its own is a container.
                    closeRun()
                    // A list item led by links (a teaser: a linked headline and its excerpt)
                    // must be three-quarters text of its own.
                    if name == "p" || inner.whole.links * 4 < inner.whole.text { entry.directProse += inner.whole.prose }
                } else if isBlock(name) && !inner.hasBlocks && !items.contains(child)
                    && !HTMLBlockExtractor.headingElements.contains(name)
                {
                    // A block of text alone (a `div` used as a paragraph) is a paragraph too.
                    closeRun()
                    entry.directProse += inner.whole.prose
                } else if isBlock(name) || inner.subtreeProse > 0 {
                    // A block; or an inline element around paragraphs (a `span` or `font`
                    // wrapping blocks, broken markup), a block after all.
                    closeRun()
                    entry.subtreeProse += inner.subtreeProse
                    entry.listed += items.contains(child) ? inner.subtreeProse : inner.listed
                } else {
                    run += inner.whole
                }
            case .other:
                continue
            }
        }
        closeRun()
        entry.subtreeProse += entry.directProse
        if node.name == "a" { entry.whole.links = entry.whole.text }
        return entry
    }
}

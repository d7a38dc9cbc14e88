import BriefXML

/// The readable blocks of an HTML subtree: paragraphs and headings in document order, with
/// page furniture left out (scripts and styles, navigation, asides, footers, figures and
/// their captions, forms, share and subscribe blocks) and blocks that are mostly link text
/// (menus, "read more" lists) dropped.
enum HTMLBlockExtractor {
    /// Elements whose whole subtree is never article text.
    static let excludedElements: Set<String> = [
        "script", "style", "noscript", "template", "nav", "aside", "footer", "header", "figure", "figcaption",
        "button", "select", "textarea", "input", "label", "iframe", "object", "embed", "svg", "canvas",
        "menu", "dialog", "head", "title", "meta", "link",
    ]

    /// Words in a `class` or `id` that mark page furniture.
    static let furnitureWords: Set<String> = [
        "share", "sharing", "social", "subscribe", "subscription", "newsletter", "signup", "paywall", "related",
        "promo", "advert", "advertisement", "ad", "ads", "sponsored", "cookie", "cookies", "consent", "comments",
        "comment", "breadcrumb", "breadcrumbs", "byline", "caption", "footer", "sidebar", "nav", "navigation",
        "menu", "toolbar", "popup", "modal", "banner",
    ]

    /// Elements that start and end a block of text.
    static let blockElements: Set<String> = [
        "p", "div", "section", "article", "main", "body", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre",
        "table", "thead", "tbody", "tr", "td", "th", "address", "center", "hr", "form", "fieldset", "details",
        "summary", "hgroup",
    ]

    static let headingElements: Set<String> = ["h1", "h2", "h3", "h4", "h5", "h6"]

    /// One block of text and whether it was a heading.
    struct Block: Equatable {
        var text: String
        var isHeading: Bool
    }

    /// True when `node` and its subtree are furniture: by element name, by being hidden, or by
    /// its ARIA role, class/id words or an inline style that hides it.
    static func isExcluded(_ node: XMLNode) -> Bool {
        isExcludedByName(node) || isMarkedAsFurniture(node) || isHiddenByStyle(node)
    }

    /// Furniture by element name, or hidden (`hidden`, `aria-hidden`).
    static func isExcludedByName(_ node: XMLNode) -> Bool {
        guard let name = node.name else { return false }
        if excludedElements.contains(name) { return true }
        if node.attribute("hidden") != nil { return true }
        return node.attribute("aria-hidden")?.lowercased() == "true"
    }

    /// True when a class or id value holds a word of ``furnitureWords``. Words are split at
    /// anything but a letter and where a lower-case letter meets a capital
    /// ("commentsContainer" → "comments", "container"), and compared in lower case; the bytes
    /// are walked once, with no string made but for words as long as a furniture word.
    static func hasFurnitureWord(_ value: String) -> Bool {
        var value = value
        return value.withUTF8 { bytes in
            var word: [UInt8] = []
            word.reserveCapacity(24)
            var previousIsLower = false
            func endWord() -> Bool {
                defer { word.removeAll(keepingCapacity: true) }
                guard word.count >= 2 && word.count <= longestFurnitureWord else { return false }
                return furnitureWords.contains(String(decoding: word, as: UTF8.self))
            }
            for byte in bytes {
                let isUpper = byte >= 0x41 && byte <= 0x5A
                let isLower = byte >= 0x61 && byte <= 0x7A
                guard isUpper || isLower || byte >= 0x80 else {
                    if endWord() { return true }
                    previousIsLower = false
                    continue
                }
                if isUpper && previousIsLower && endWord() { return true }
                word.append(isUpper ? byte + 0x20 : byte)
                previousIsLower = isLower
            }
            return endWord()
        }
    }

    /// The length in bytes of the longest furniture word.
    private static let longestFurnitureWord = furnitureWords.map(\.utf8.count).max() ?? 0

    /// True when an inline style hides the element (`display: none`, `visibility: hidden`):
    /// evidence only, as scripts of a saved page often show what the markup hides.
    static func isHiddenByStyle(_ node: XMLNode) -> Bool {
        guard let style = node.attribute("style")?.lowercased() else { return false }
        let declarations = style.filter { !$0.isWhitespace }
        return declarations.contains("display:none") || declarations.contains("visibility:hidden")
    }

    /// Furniture by ARIA role, by a word of its `class` or `id`, or as a form (a search box, a
    /// sign-up form; but some sites wrap the whole page in one).
    static func isMarkedAsFurniture(_ node: XMLNode) -> Bool {
        if node.name == "form" { return true }
        if let role = node.attribute("role")?.lowercased(),
            ["navigation", "banner", "contentinfo", "complementary", "dialog", "menu"].contains(role)
        {
            return true
        }
        for attribute in ["class", "id"] {
            if let value = node.attribute(attribute), hasFurnitureWord(value) { return true }
        }
        return false
    }

    /// The blocks under `root`, in document order, reading the elements `reads` lets in (by
    /// default those ``isExcluded(_:)`` does not leave out; the HTML reader passes the
    /// verdicts its ``ArticleBodyLocator`` already made).
    static func blocks(under root: XMLNode, reading reads: (XMLNode) -> Bool = { !isExcluded($0) }) -> [Block] {
        var blocks: [Block] = []
        var text: [UInt8] = []
        var linkBytes = 0
        var linkDepth = 0
        var headingDepth = 0

        func flush(isHeading: Bool) {
            defer { text.removeAll(keepingCapacity: true); linkBytes = 0 }
            let collapsed = Whitespace.collapse(String(decoding: text, as: UTF8.self))
            guard collapsed.contains(where: { $0.isLetter || $0.isNumber }) else { return }
            // Mostly links: a menu, a list of other stories, a heading that links to a section.
            if linkBytes * 2 > text.count { return }
            blocks.append(Block(text: collapsed, isHeading: isHeading))
        }

        enum Step { case enter(XMLNode), exit(String) }
        var stack: [Step] = [.enter(root)]
        while let step = stack.popLast() {
            switch step {
            case .exit(let name):
                if name == "a" { linkDepth -= 1 }
                if headingElements.contains(name) {
                    flush(isHeading: true)
                    headingDepth -= 1
                } else if blockElements.contains(name) {
                    flush(isHeading: headingDepth > 0)
                }
            case .enter(let node):
                switch node.kind {
                case .text:
                    let before = text.count
                    node.appendContent(to: &text)
                    if linkDepth > 0 { linkBytes += text.count - before }
                case .element:
                    guard let name = node.name, node == root || reads(node) else { continue }
                    if name == "br" {
                        // A line break inside a heading is a space; elsewhere it ends a paragraph.
                        if headingDepth > 0 { text.append(0x20) } else { flush(isHeading: false) }
                        continue
                    }
                    if name == "a" { linkDepth += 1 }
                    if headingElements.contains(name) {
                        flush(isHeading: headingDepth > 0)
                        headingDepth += 1
                    } else if blockElements.contains(name) {
                        flush(isHeading: headingDepth > 0)
                    }
                    stack.append(.exit(name))
                    for child in node.children.reversed() { stack.append(.enter(child)) }
                case .other:
                    continue
                }
            }
        }
        flush(isHeading: false)
        return blocks
    }
}

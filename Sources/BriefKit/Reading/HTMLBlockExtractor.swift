import BriefXML

/// The readable blocks of an HTML subtree: paragraphs and headings in document order, with
/// page furniture left out (scripts and styles, navigation, asides, footers, figures and
/// their captions, forms, share and subscribe blocks) and blocks that are mostly link text
/// (menus, "read more" lists) dropped.
enum HTMLBlockExtractor {
    /// Elements whose whole subtree is never article text.
    static let excludedElements: Set<String> = [
        "script", "style", "noscript", "template", "nav", "aside", "footer", "header", "figure", "figcaption",
        "form", "button", "select", "textarea", "input", "label", "iframe", "object", "embed", "svg", "canvas",
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
        "table", "thead", "tbody", "tr", "td", "th", "address", "center", "hr",
    ]

    static let headingElements: Set<String> = ["h1", "h2", "h3", "h4", "h5", "h6"]

    /// One block of text and whether it was a heading.
    struct Block: Equatable {
        var text: String
        var isHeading: Bool
    }

    /// True when `node` and its subtree are furniture: by element name, by being hidden, or by
    /// its ARIA role or class/id words.
    static func isExcluded(_ node: XMLNode) -> Bool {
        isExcludedByName(node) || isMarkedAsFurniture(node)
    }

    /// Furniture by element name, or hidden.
    static func isExcludedByName(_ node: XMLNode) -> Bool {
        guard let name = node.name else { return false }
        if excludedElements.contains(name) { return true }
        if node.attribute("hidden") != nil { return true }
        return node.attribute("aria-hidden")?.lowercased() == "true"
    }

    /// Furniture by ARIA role or by a word of its `class` or `id`.
    static func isMarkedAsFurniture(_ node: XMLNode) -> Bool {
        if let role = node.attribute("role")?.lowercased(),
            ["navigation", "banner", "contentinfo", "complementary", "dialog", "menu"].contains(role)
        {
            return true
        }
        for attribute in ["class", "id"] {
            guard let value = node.attribute(attribute)?.lowercased() else { continue }
            let words = value.split(whereSeparator: { !$0.isLetter })
            if words.contains(where: { furnitureWords.contains(String($0)) }) { return true }
        }
        return false
    }

    /// The blocks under `root`, in document order.
    static func blocks(under root: XMLNode) -> [Block] {
        var blocks: [Block] = []
        var text: [UInt8] = []
        var linkBytes = 0
        var linkDepth = 0
        var headingDepth = 0

        func flush(isHeading: Bool) {
            defer { text.removeAll(keepingCapacity: true); linkBytes = 0 }
            let collapsed = Whitespace.collapse(String(decoding: text, as: UTF8.self))
            guard collapsed.contains(where: { $0.isLetter || $0.isNumber }) else { return }
            // Mostly links: a menu or a list of other stories.
            if linkBytes * 2 > text.count && !isHeading { return }
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
                    guard let name = node.name, node == root || !isExcluded(node) else { continue }
                    if name == "br" {
                        text.append(0x20)
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

    /// The element whose own `p` children hold the most text: the article body on pages that
    /// have no `<article>`. Nil when the page has no paragraph of text.
    ///
    /// An element marked as furniture by class or id cannot be chosen, but its descendants can:
    /// broken markup (an unclosed `<div id="menu">`) often swallows the whole article.
    static func densestParagraphContainer(in root: XMLNode) -> XMLNode? {
        var best: (node: XMLNode, score: Int)?
        var stack: [XMLNode] = [root]
        while let node = stack.popLast() {
            guard node == root || !isExcludedByName(node) else { continue }
            var score = 0
            for child in node.childElements {
                if child.name == "p", !isExcluded(child) {
                    score += Whitespace.collapse(child.text).utf8.count
                }
                stack.append(child)
            }
            if !isMarkedAsFurniture(node), score > (best?.score ?? 0) { best = (node, score) }
        }
        return best?.node
    }
}

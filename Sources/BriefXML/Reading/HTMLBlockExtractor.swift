import CLibXML2

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
    static func isExcluded(_ node: xmlNodePtr) -> Bool {
        isExcludedByName(node) || isMarkedAsFurniture(node)
    }

    /// Furniture by element name, or hidden.
    static func isExcludedByName(_ node: xmlNodePtr) -> Bool {
        guard let name = XMLNodeAccess.elementName(node) else { return false }
        if excludedElements.contains(name) { return true }
        if XMLNodeAccess.attribute(node, "hidden") != nil { return true }
        return XMLNodeAccess.attribute(node, "aria-hidden")?.lowercased() == "true"
    }

    /// Furniture by ARIA role or by a word of its `class` or `id`.
    static func isMarkedAsFurniture(_ node: xmlNodePtr) -> Bool {
        if let role = XMLNodeAccess.attribute(node, "role")?.lowercased(),
           ["navigation", "banner", "contentinfo", "complementary", "dialog", "menu"].contains(role) { return true }
        for attribute in ["class", "id"] {
            guard let value = XMLNodeAccess.attribute(node, attribute)?.lowercased() else { continue }
            let words = value.split(whereSeparator: { !$0.isLetter })
            if words.contains(where: { furnitureWords.contains(String($0)) }) { return true }
        }
        return false
    }

    /// The blocks under `root`, in document order.
    static func blocks(under root: xmlNodePtr) -> [Block] {
        var blocks: [Block] = []
        var text: [UInt8] = []
        var linkBytes = 0
        var linkDepth = 0
        var headingDepth = 0

        func flush(isHeading: Bool) {
            defer { text.removeAll(keepingCapacity: true); linkBytes = 0 }
            let collapsed = XMLNodeAccess.collapse(String(decoding: text, as: UTF8.self))
            guard collapsed.contains(where: { $0.isLetter || $0.isNumber }) else { return }
            // Mostly links: a menu or a list of other stories.
            if linkBytes * 2 > text.count && !isHeading { return }
            blocks.append(Block(text: collapsed, isHeading: isHeading))
        }

        enum Step { case enter(xmlNodePtr), exit(String) }
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
                switch node.pointee.type {
                case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                    guard let content = node.pointee.content else { continue }
                    let before = text.count
                    var pointer = content
                    while pointer.pointee != 0 {
                        text.append(pointer.pointee)
                        pointer += 1
                    }
                    if linkDepth > 0 { linkBytes += text.count - before }
                case XML_ELEMENT_NODE:
                    guard let name = XMLNodeAccess.elementName(node), node == root || !isExcluded(node) else { continue }
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
                    var children: [xmlNodePtr] = []
                    var child = node.pointee.children
                    while let next = child {
                        children.append(next)
                        child = next.pointee.next
                    }
                    for child in children.reversed() { stack.append(.enter(child)) }
                default:
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
    static func densestParagraphContainer(in root: xmlNodePtr) -> xmlNodePtr? {
        var best: (node: xmlNodePtr, score: Int)?
        var stack: [xmlNodePtr] = [root]
        while let node = stack.popLast() {
            guard node == root || !isExcludedByName(node) else { continue }
            var score = 0
            for child in XMLNodeAccess.childElements(node) {
                if XMLNodeAccess.elementName(child) == "p", !isExcluded(child) {
                    score += XMLNodeAccess.collapse(XMLNodeAccess.text(child)).utf8.count
                }
                stack.append(child)
            }
            if !isMarkedAsFurniture(node), score > (best?.score ?? 0) { best = (node, score) }
        }
        return best?.node
    }
}

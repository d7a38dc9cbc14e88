import Foundation

/// A look for the HTML brief: a CSS file. Its first comment may name and describe it
/// (`/* name: Compact\n description: … */`). Rules with simple selectors (`p`, `.meta`,
/// `td.when`) are also inlined as `style` attributes for mail clients that drop `<style>`.
public struct BriefStyle: Sendable, Equatable {
    public var name: String
    public var description: String
    public var css: String
    /// Simple-selector rules in file order: (element or nil, class or nil, declarations).
    private var rules: [(tag: String?, className: String?, declarations: String)]

    public static func == (lhs: BriefStyle, rhs: BriefStyle) -> Bool { lhs.name == rhs.name && lhs.css == rhs.css }

    public init(name: String, css: String) {
        self.css = css
        var described = (name: name, description: "")
        if let start = css.range(of: "/*"), let end = css.range(of: "*/", range: start.upperBound..<css.endIndex),
            css[..<start.lowerBound].allSatisfy(\.isWhitespace)
        {
            for line in css[start.upperBound..<end.lowerBound].split(separator: "\n") {
                let parts = line.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                if parts.count == 2 && parts[0] == "name" { described.name = parts[1] }
                if parts.count == 2 && parts[0] == "description" { described.description = parts[1] }
            }
        }
        self.name = described.name
        self.description = described.description
        self.rules = BriefStyle.simpleRules(in: css)
    }

    /// The declarations to inline on a `tag` element with class `className`, in file order.
    public func inlineStyle(for tag: String, className: String? = nil) -> String? {
        let declarations = rules.filter { rule in
            (rule.tag == nil || rule.tag == tag) && (rule.className == nil || rule.className == className)
                && (rule.tag != nil || rule.className != nil)
        }.map(\.declarations)
        return declarations.isEmpty ? nil : declarations.joined(separator: " ")
    }

    /// Top-level rules whose every selector is `tag`, `.class` or `tag.class`; comments and
    /// at-rules (`@media`) are skipped.
    static func simpleRules(in css: String) -> [(tag: String?, className: String?, declarations: String)] {
        var text = css
        while let start = text.range(of: "/*") {
            let end = text.range(of: "*/", range: start.upperBound..<text.endIndex)?.upperBound ?? text.endIndex
            text.removeSubrange(start.lowerBound..<end)
        }
        var rules: [(tag: String?, className: String?, declarations: String)] = []
        var depth = 0
        var selector = ""
        var body = ""
        var inAtRule = false
        for c in text {
            switch c {
            case "{":
                depth += 1
                if depth == 1 { inAtRule = selector.trimmingCharacters(in: .whitespacesAndNewlines).hasPrefix("@"); body = "" }
            case "}":
                depth -= 1
                if depth == 0 {
                    if !inAtRule {
                        let declarations = body.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
                            .joined(separator: " ").trimmingCharacters(in: .whitespaces)
                        for part in selector.split(separator: ",") {
                            let simple = part.trimmingCharacters(in: .whitespacesAndNewlines)
                            guard !simple.isEmpty, simple.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "." || $0 == "-" }) else { continue }
                            let pieces = simple.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
                            guard pieces.count <= 2 else { continue }
                            rules.append((pieces[0].isEmpty ? nil : pieces[0], pieces.count == 2 ? pieces[1] : nil, declarations))
                        }
                    }
                    selector = ""
                }
            default:
                if depth == 0 { selector.append(c) } else if depth == 1 && !inAtRule { body.append(c) }
            }
        }
        return rules
    }
}

/// Finds styles by name in a folder (`styles/NAME.css`) or by path, with the default built in.
public struct StyleLibrary: Sendable {
    /// The folder that holds the styles.
    public var folder: String

    public init(folder: String = "styles") {
        self.folder = folder
    }

    /// The names of the styles in the folder (and "default", always available).
    public var names: [String] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return Array(Set(files.filter { $0.hasSuffix(".css") }.map { String($0.dropLast(4)) } + ["default"])).sorted()
    }

    /// The style named `nameOrPath`: a name in the folder, or a path to a CSS file.
    /// - Throws: ``BriefError/unknownStyle(_:known:)`` listing the styles there are.
    public func style(_ nameOrPath: String) throws(BriefError) -> BriefStyle {
        let isPath = nameOrPath.contains("/") || nameOrPath.hasSuffix(".css")
        let path = isPath ? nameOrPath : "\(folder)/\(nameOrPath).css"
        if let data = FileManager.default.contents(atPath: path) {
            let name = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
            return BriefStyle(name: name, css: String(decoding: data, as: UTF8.self))
        }
        if nameOrPath == "default" { return .builtInDefault }
        throw .unknownStyle(nameOrPath, known: names)
    }
}

extension BriefStyle {
    /// The default style, as built into brief (identical to `styles/default.css`).
    public static let builtInDefault = BriefStyle(name: "default", css: BuiltInStyles.defaultCSS)
}

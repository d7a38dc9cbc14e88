import Yams

/// The optional front matter of a plain-text article: a YAML mapping between two `---` lines
/// at the very top of the file, as static-site generators write it.
///
/// ```
/// ---
/// title: Healey heads to Washington
/// outlet: The Harbour Courier
/// published: 2025-03-04
/// url: https://courier.example/healey-washington
/// ---
/// Defence Secretary John Healey will travel to Washington…
/// ```
///
/// Every key is optional; `published` is a day (`2025-03-04`) or a timestamp whose day is
/// taken as written (`2025-03-04T09:30:00+01:00`). A block that is not valid YAML, a key brief
/// does not know, or a value it cannot read gives a warning naming the line, and the article
/// is still read (without the block).
struct FrontMatter: Equatable {
    var headline: String?
    var metadata = SourceMetadata()
    /// What could not be read, each naming its line of the file.
    var warnings: [String] = []

    /// The keys brief reads.
    static let keys: Set<String> = ["title", "outlet", "published", "url"]

    /// Splits `text` into its front matter and the article after it; nil when the text does
    /// not open with a `---` line closed by another.
    static func split(_ text: String) -> (frontMatter: FrontMatter, body: String)? {
        guard text.hasPrefix("---\n") || text.hasPrefix("---\r\n") else { return nil }
        // Lines end at each "\n" Character (a "\r\n" is one Character, not a line end), found
        // in the bytes: only the front matter is looked at, and the body is one slice.
        let utf8 = text.utf8
        var lineStart = utf8.startIndex
        var previous: UInt8 = 0
        var lineNumber = 0
        var yamlStart = utf8.startIndex
        var index = utf8.startIndex
        while true {
            let atEnd = index == utf8.endIndex
            let byte = atEnd ? 0 : utf8[index]
            if atEnd || (byte == 0x0A && previous != 0x0D) {
                if lineNumber == 0 {
                    yamlStart = atEnd ? utf8.endIndex : utf8.index(after: index)
                } else {
                    let line = text[lineStart..<index].trimmingTrailingWhitespace()
                    if line == "---" || line == "..." {
                        let yamlEnd = lineNumber == 1 ? lineStart : utf8.index(before: lineStart)
                        let body = atEnd ? "" : String(text[utf8.index(after: index)...])
                        return (parse(String(text[yamlStart..<yamlEnd]), firstLine: 2), body)
                    }
                }
                if atEnd { return nil }
                lineNumber += 1
                lineStart = utf8.index(after: index)
            }
            previous = byte
            index = utf8.index(after: index)
        }
    }

    /// The front matter of `yaml`, whose first line is line `firstLine` of the file.
    static func parse(_ yaml: String, firstLine: Int) -> FrontMatter {
        var result = FrontMatter()
        let node: Node?
        do {
            node = try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            result.warnings.append("front matter is not valid YAML (\(describe(error, firstLine: firstLine))); read without it")
            return result
        } catch {
            result.warnings.append("front matter is not valid YAML; read without it")
            return result
        }
        guard let node else { return result }
        guard let mapping = node.mapping else {
            result.warnings.append("front matter at line \(firstLine) is not a list of 'key: value' lines; read without it")
            return result
        }
        for (keyNode, valueNode) in mapping {
            let line = firstLine + (keyNode.mark.map { $0.line - 1 } ?? 0)
            guard let key = keyNode.scalar?.string.lowercased() else { continue }
            guard keys.contains(key) else {
                result.warnings.append("line \(line): unknown front matter key '\(key)' ignored (known: outlet, published, title, url)")
                continue
            }
            guard let value = valueNode.scalar.map({ Whitespace.collapse($0.string) }), !value.isEmpty else {
                result.warnings.append("line \(line): front matter '\(key)' needs a single value; ignored")
                continue
            }
            switch key {
            case "title": result.headline = value
            case "outlet": result.metadata.outlet = value
            case "url": result.metadata.url = value
            default:
                if let day = PublicationDate.parse(value) {
                    result.metadata.published = day
                } else {
                    result.warnings.append("line \(line): front matter 'published' is not a date ('\(value)'; write 2025-03-04); ignored")
                }
            }
        }
        return result
    }

    /// Yams' error as "line N: problem", counted in the file's lines.
    private static func describe(_ error: YamlError, firstLine: Int) -> String {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _):
            return "line \(firstLine + mark.line - 1): \(problem)"
        default:
            return "\(error)".split(separator: "\n").first.map(String.init) ?? "unreadable"
        }
    }
}

extension Substring {
    fileprivate func trimmingTrailingWhitespace() -> Substring {
        var line = self
        while let last = line.last, last.isWhitespace { line.removeLast() }
        return line
    }
}

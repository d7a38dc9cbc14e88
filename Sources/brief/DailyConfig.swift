import Foundation
import Yams

/// The daily defaults of `brief generate`, read from a YAML file, so that a cron line can be
/// just `brief`. Each key is a long option of `generate` ("output-dir", "window", "format"…),
/// the `email` mapping holds the e-mail options, and `paths` the folders to read:
///
/// ```yaml
/// paths: [/home/desk/news]
/// output-dir: /home/desk/briefs
/// window: 2
/// format: [text, html, pdf]
/// style: compact
/// quiet: true
/// email:
///   to: ["Policy desk <desk@example.org>"]
///   from: "brief <brief@example.org>"
///   attach: pdf
///   sendmail: true
/// ```
///
/// The file is `--config FILE`, else `$BRIEF_CONFIG`, else `./brief.yaml`, else
/// `~/.config/brief/brief.yaml`; `--no-config` reads none. Options on the command line win: a
/// single value given there replaces the file's, a list (`--format`, `--to`, the paths) given
/// there replaces the file's list. A key brief does not know is a warning naming its line.
enum DailyConfig {
    /// Keys whose value is a list, given as one option each.
    static let lists: Set<String> = ["format", "to", "limit"]
    /// Keys that are on/off flags.
    static let flags: Set<String> = ["recursive", "quiet", "sendmail", "timings", "all-stories"]
    /// Keys that are flags with a `--no-` form: `false` gives that form.
    static let pairedFlags: Set<String> = ["file-dates"]
    /// Keys with one value.
    static let singles: Set<String> = [
        "window", "since", "compare-days", "only-new", "output-dir", "style", "styles-dir", "points", "words", "title", "width", "quotes", "paper",
        "max-file-size", "max-documents", "max-sentence-length", "lock-timeout", "from", "subject", "attach",
        "sendmail-command",
    ]
    /// The subcommands other than `generate`, which the file does not configure.
    static let otherCommands: Set<String> = ["archive", "validate", "inspect", "eval", "help"]

    /// A configuration file that could not be used.
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// The command line to parse: `arguments` with the configuration file's options put before
    /// the user's own (for `generate` only, also when it is the default subcommand).
    static func arguments(
        for arguments: [String], environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws(Failure) -> (
        arguments: [String], warnings: [String]
    ) {
        // Other commands, and the parser's own requests (help, version, completion scripts, the
        // help dump the man page is made from), are passed on untouched.
        if let first = arguments.first, otherCommands.contains(first) || first == "-h" || first == "--version" {
            return (arguments, [])
        }
        if arguments.contains(where: { $0 == "--help" || $0.hasPrefix("--experimental-") || $0.hasPrefix("--generate-completion") }) {
            return (arguments, [])
        }
        var user = arguments
        if user.first == "generate" { user.removeFirst() }
        if user.contains("--no-config") {
            user.removeAll { $0 == "--no-config" }
            return (["generate"] + user, [])
        }
        guard let path = try file(in: &user, environment: environment) else { return (["generate"] + user, []) }
        let (options, warnings) = try options(inFile: path, given: user)
        return (["generate"] + options + user, warnings)
    }

    /// The configuration file's path (taking `--config FILE` out of `user`), or nil.
    static func file(in user: inout [String], environment: [String: String]) throws(Failure) -> String? {
        if let index = user.firstIndex(where: { $0 == "--config" || $0.hasPrefix("--config=") }) {
            let value: String
            if user[index] == "--config" {
                guard index + 1 < user.count else { throw Failure(description: "--config needs a file") }
                value = user[index + 1]
                user.removeSubrange(index...index + 1)
            } else {
                value = String(user[index].dropFirst("--config=".count))
                user.remove(at: index)
            }
            guard FileManager.default.fileExists(atPath: value) else { throw Failure(description: "no such configuration file: \(value)") }
            return value
        }
        if let value = environment["BRIEF_CONFIG"], !value.isEmpty {
            guard FileManager.default.fileExists(atPath: value) else {
                throw Failure(description: "no such configuration file: \(value) (BRIEF_CONFIG)")
            }
            return value
        }
        let home = environment["HOME"].map { $0 + "/.config/brief/brief.yaml" }
        return ["brief.yaml", home].compactMap { $0 }.first { FileManager.default.fileExists(atPath: $0) }
    }

    /// The options the file at `path` gives, leaving out lists the user gave themselves.
    static func options(inFile path: String, given user: [String]) throws(Failure) -> (options: [String], warnings: [String]) {
        guard let data = FileManager.default.contents(atPath: path) else { throw Failure(description: "\(path): cannot read it") }
        let node: Node?
        do {
            node = try Yams.compose(yaml: String(decoding: data, as: UTF8.self))
        } catch let error as YamlError {
            throw Failure(description: "\(path): not valid YAML (\(lineOf(error)))")
        } catch {
            throw Failure(description: "\(path): not valid YAML")
        }
        guard let node else { return ([], []) }
        guard let mapping = node.mapping else { throw Failure(description: "\(path): expected 'option: value' lines") }
        var options: [String] = []
        var warnings: [String] = []
        func given(_ key: String) -> Bool { user.contains { $0 == "--" + key || $0.hasPrefix("--" + key + "=") } }
        func add(_ key: String, _ value: Node, line: Int) throws(Failure) {
            if flags.contains(key) {
                guard let on = value.bool else { throw Failure(description: "\(path) line \(line): '\(key)' must be true or false") }
                if on && !given(key) { options.append("--" + key) }
            } else if pairedFlags.contains(key) {
                guard let on = value.bool else { throw Failure(description: "\(path) line \(line): '\(key)' must be true or false") }
                if !given(key) && !given("no-" + key) { options.append(on ? "--" + key : "--no-" + key) }
            } else if lists.contains(key) {
                let values = value.sequence.map { $0.compactMap(\.string) } ?? value.string.map { [$0] } ?? []
                if !given(key) { for item in values { options += ["--" + key, item] } }
            } else if singles.contains(key) {
                guard let text = value.string else { throw Failure(description: "\(path) line \(line): '\(key)' needs one value") }
                options += ["--" + key + "=" + text]
            } else {
                warnings.append("\(path) line \(line): unknown key '\(key)' ignored")
            }
        }
        for (keyNode, value) in mapping {
            guard let key = keyNode.string?.lowercased() else { continue }
            let line = keyNode.mark?.line ?? 0
            switch key {
            case "paths":
                let values = value.sequence.map { $0.compactMap(\.string) } ?? value.string.map { [$0] } ?? []
                for item in values { options += ["--configured-path", item] }
            case "email":
                guard let inner = value.mapping else { throw Failure(description: "\(path) line \(line): 'email' needs to, from, … under it") }
                if !given("email") { options.append("--email") }
                for (innerKey, innerValue) in inner {
                    guard let name = innerKey.string?.lowercased() else { continue }
                    try add(name, innerValue, line: innerKey.mark?.line ?? line)
                }
            default:
                try add(key, value, line: line)
            }
        }
        return (options, warnings)
    }

    private static func lineOf(_ error: YamlError) -> String {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _): return "line \(mark.line): \(problem)"
        default: return "\(error)".split(separator: "\n").first.map(String.init) ?? "unreadable"
        }
    }
}

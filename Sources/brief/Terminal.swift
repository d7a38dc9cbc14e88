import Foundation

/// Messages for people: results on stdout, warnings and errors on stderr, one line each.
enum Terminal {
    static func error(_ message: String) {
        writeError("brief: error: \(message)\n")
    }

    static func warning(_ message: String) {
        writeError("brief: \(message)\n")
    }

    static func writeError(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }

    /// Writes `text` to stdout exactly as given.
    static func output(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}

/// A non-fatal problem met while building a brief: reported, never silently dropped.
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible {
    /// The file the problem is about.
    public var file: String
    /// What happened and what brief did about it.
    public var message: String

    public init(file: String, message: String) {
        self.file = file
        self.message = message
    }

    /// `warning: FILE: MESSAGE`.
    public var description: String { "warning: \(file): \(message)" }
}

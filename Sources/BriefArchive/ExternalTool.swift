import Foundation

/// The external programs brief hands work to (sendmail, xsltproc, fop): finding and running them.
public enum ExternalTool {
    /// `name` when it is a path to an executable, else the first executable of that name in
    /// `PATH`, `/usr/sbin` or `/usr/lib` (where MTAs install `sendmail`); nil when none.
    public static func locate(_ name: String) -> String? {
        if name.contains("/") { return FileManager.default.isExecutableFile(atPath: name) ? name : nil }
        let path = ProcessInfo.processInfo.environment["PATH"]?.split(separator: ":").map(String.init) ?? []
        return (path + ["/usr/sbin", "/usr/lib"]).map { $0 + "/" + name }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// How a program ran: whether it exited by itself, its status, and what it wrote on its
    /// standard error.
    public struct Outcome: Sendable {
        public var succeeded: Bool
        public var status: Int32
        public var errors: String

        /// The first line of the standard error that is not in `ignoring`, as ": line" (or "").
        public func firstError(ignoring prefixes: [String] = []) -> String {
            errors.split(separator: "\n").first { line in !prefixes.contains { line.hasPrefix($0) } }.map { ": " + $0 } ?? ""
        }
    }

    /// Runs `executable` with `arguments`, `input` (when given) on its standard input, its
    /// standard output discarded.
    /// - Throws: what `Process` throws when the program cannot start.
    public static func run(_ executable: String, _ arguments: [String], input: FileHandle? = nil) throws -> Outcome {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let input { process.standardInput = input }
        process.standardOutput = FileHandle.nullDevice
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let said = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return Outcome(
            succeeded: process.terminationReason == .exit && process.terminationStatus == 0, status: process.terminationStatus,
            errors: said)
    }
}

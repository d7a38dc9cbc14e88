import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Runs a program to completion and reports its wall time, peak memory and standard error.
public struct MeasuredProcess: Sendable {
    /// What one run cost.
    public struct Measurement: Sendable {
        public var status: Int32
        public var seconds: Double
        /// Peak resident set size in bytes (from `wait4`).
        public var peakBytes: Int
        public var standardError: String

        public init(status: Int32, seconds: Double, peakBytes: Int, standardError: String) {
            self.status = status
            self.seconds = seconds
            self.peakBytes = peakBytes
            self.standardError = standardError
        }
    }

    public enum Failure: Error, CustomStringConvertible {
        case spawn(String, Int32)
        public var description: String {
            switch self {
            case .spawn(let program, let code): return "cannot run \(program): \(String(cString: strerror(code)))"
            }
        }
    }

    public let executable: String
    public let arguments: [String]

    public init(executable: String, arguments: [String]) {
        self.executable = executable
        self.arguments = arguments
    }

    /// Runs the program with standard output discarded.
    public func run() throws -> Measurement {
        let errorPath = NSTemporaryDirectory() + "brief-bench-\(getpid())-stderr.txt"
        defer { unlink(errorPath) }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, errorPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)

        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        let clock = ContinuousClock()
        let start = clock.now
        var pid = pid_t()
        let code = posix_spawn(&pid, executable, &actions, nil, argv, environ)
        guard code == 0 else { throw Failure.spawn(executable, code) }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        let elapsed = clock.now - start
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let exitStatus = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        let errorText = (try? String(contentsOfFile: errorPath, encoding: .utf8)) ?? ""
        return Measurement(
            status: exitStatus, seconds: seconds, peakBytes: Int(usage.ru_maxrss) * 1024,
            standardError: errorText)
    }
}

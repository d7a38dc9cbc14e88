import Foundation

/// Finds the external programs brief hands work to (sendmail, xsltproc, fop).
public enum ToolLocator {
    /// `name` when it is a path to an executable, else the first executable of that name in
    /// `PATH`, `/usr/sbin` or `/usr/lib` (where MTAs install `sendmail`); nil when none.
    public static func locate(_ name: String) -> String? {
        if name.contains("/") { return FileManager.default.isExecutableFile(atPath: name) ? name : nil }
        let path = ProcessInfo.processInfo.environment["PATH"]?.split(separator: ":").map(String.init) ?? []
        return (path + ["/usr/sbin", "/usr/lib"]).map { $0 + "/" + name }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}

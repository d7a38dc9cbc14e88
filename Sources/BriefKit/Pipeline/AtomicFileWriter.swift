import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes files so that a reader sees either the old file or the whole new one: the bytes go
/// to a temporary file in the same folder, are flushed to disk, then renamed over the target.
public enum AtomicFileWriter {
    /// Writes `contents` to `path`, creating missing folders.
    /// - Throws: ``BriefError/writeFailed(path:reason:)``; no temporary file is left behind.
    public static func write(_ contents: String, to path: String) throws(BriefError) {
        try write([(contents, path)])
    }

    /// Writes several files as one step as far as a file system allows: every file's bytes go
    /// to its temporary file first, and only when all are written and flushed are they renamed
    /// over their targets. A failure while writing (a full disk) leaves every target as it was.
    /// - Throws: ``BriefError/writeFailed(path:reason:)``; no temporary file is left behind.
    public static func write(_ files: [(contents: String, path: String)]) throws(BriefError) {
        try write(bytes: files.map { (Array($0.contents.utf8), $0.path) })
    }

    /// Writes files of raw bytes (a PDF) as ``write(_:)`` writes text.
    /// - Throws: ``BriefError/writeFailed(path:reason:)``; no temporary file is left behind.
    public static func write(bytes files: [(bytes: [UInt8], path: String)]) throws(BriefError) {
        var prepared: [(temporary: String, path: String)] = []
        do throws(BriefError) {
            for (bytes, path) in files {
                prepared.append((try prepare(bytes, for: path), path))
            }
        } catch {
            for (temporary, _) in prepared { unlink(temporary) }
            throw error
        }
        for (index, (temporary, path)) in prepared.enumerated() where rename(temporary, path) != 0 {
            let reason = String(cString: strerror(errno))
            for (rest, _) in prepared[index...] { unlink(rest) }
            throw .writeFailed(path: path, reason: reason)
        }
        for folder in Set(prepared.map { ($0.path as NSString).deletingLastPathComponent }) {
            syncFolder(folder.isEmpty ? "." : folder)
        }
    }

    /// Writes `bytes` to a flushed temporary file beside `path`; returns its path.
    private static func prepare(_ bytes: [UInt8], for path: String) throws(BriefError) -> String {
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty {
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            } catch {
                throw .writeFailed(path: path, reason: "cannot create folder \(folder)")
            }
        }
        let name = (path as NSString).lastPathComponent
        let temporary = (folder.isEmpty ? "" : folder + "/") + ".\(name).tmp-\(getpid())"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { throw .writeFailed(path: path, reason: String(cString: strerror(errno))) }
        var bytes = bytes
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeMutableBytes { buffer in
                systemWrite(fd, buffer.baseAddress! + written, buffer.count - written)
            }
            if count < 0 {
                if errno == EINTR { continue }
                let reason = String(cString: strerror(errno))
                close(fd)
                unlink(temporary)
                throw .writeFailed(path: path, reason: reason)
            }
            written += count
        }
        bytes.removeAll()
        if fsync(fd) != 0 || close(fd) != 0 {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw .writeFailed(path: path, reason: reason)
        }
        return temporary
    }

    /// Flushes the folder entry so the rename survives a crash.
    private static func syncFolder(_ folder: String) {
        let fd = open(folder, O_RDONLY)
        guard fd >= 0 else { return }
        _ = fsync(fd)
        close(fd)
    }
}

#if canImport(Glibc)
    private let systemWrite = Glibc.write
#elseif canImport(Darwin)
    private let systemWrite = Darwin.write
#endif

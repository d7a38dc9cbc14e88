import BriefKit
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// An exclusive lock on an archive folder (`flock` on `<folder>/.lock`), held while a run
/// writes the day's brief, the index page, the feed and the search index. A second run waits
/// up to its timeout, then fails with ``BriefError/archiveBusy(lock:waited:)``. The kernel
/// releases the lock when the process ends, however it ends, so a killed run never leaves
/// the archive locked.
public final class ArchiveLock {
    /// The lock file's path.
    public let path: String
    private var descriptor: Int32

    private init(path: String, descriptor: Int32) {
        self.path = path
        self.descriptor = descriptor
    }

    deinit {
        release()
    }

    /// Takes the lock of `folder` (creating the folder when missing), waiting up to `timeout` seconds.
    public static func acquire(folder: String, timeout: Double) throws(BriefError) -> ArchiveLock {
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw .writeFailed(path: folder, reason: "cannot create the archive folder")
        }
        let path = (folder.hasSuffix("/") ? folder : folder + "/") + ".lock"
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw .writeFailed(path: path, reason: String(cString: strerror(errno))) }
        let deadline = Date().addingTimeInterval(max(0, timeout))
        while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK || errno == EINTR else {
                let reason = String(cString: strerror(errno))
                close(descriptor)
                throw .writeFailed(path: path, reason: "cannot lock: \(reason)")
            }
            guard Date() < deadline else {
                close(descriptor)
                throw .archiveBusy(lock: path, waited: max(0, timeout))
            }
            usleep(50_000)
        }
        return ArchiveLock(path: path, descriptor: descriptor)
    }

    /// Releases the lock (also done when the lock is deallocated).
    public func release() {
        guard descriptor >= 0 else { return }
        flock(descriptor, LOCK_UN)
        close(descriptor)
        descriptor = -1
    }
}

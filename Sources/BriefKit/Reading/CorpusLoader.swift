import Foundation

#if canImport(Glibc)
    import Glibc
    private let systemRead = Glibc.read
#elseif canImport(Darwin)
    import Darwin
    private let systemRead = Darwin.read
#endif

/// Finds and reads article files: folders (sorted by file name, optionally recursive) and
/// explicit files. Each file goes to the reader of its extension; problems with one file
/// become diagnostics, and the rest of the corpus is read.
public struct CorpusLoader: Sendable {
    /// Descend into subfolders.
    public var recursive = false
    /// The readers, by the extensions they take; a folder's files with other extensions are
    /// not read, and an explicit file with another extension goes to the first reader.
    public var readers: [any ArticleReader]
    /// Files larger than this are skipped with a warning, without being read.
    public var maxFileBytes = 64 * 1024 * 1024
    /// At most this many files are read (in name order); the rest are left out with a warning.
    public var maxFiles = 100_000
    /// Give each article that carries no date of its own its file's modification day
    /// (``SourceMetadata/fileModified``), brief's last resort for dating it. Off by default:
    /// with it, the brief depends on the files' times as well as their bytes.
    public var fileDates = false

    /// A loader with `readers` (default: every reader brief ships, ``ArticleReaders/all``).
    public init(recursive: Bool = false, readers: [any ArticleReader] = ArticleReaders.all) {
        self.recursive = recursive
        self.readers = readers.isEmpty ? [PlainTextReader()] : readers
    }

    /// Every extension some reader takes.
    public var extensions: Set<String> {
        readers.reduce(into: []) { $0.formUnion($1.extensions) }
    }

    /// The reader for a file name: the one that takes its extension, else the first.
    func reader(for path: String) -> any ArticleReader {
        let ext = (path as NSString).pathExtension.lowercased()
        return readers.first { $0.extensions.contains(ext) } ?? readers[0]
    }

    /// What loading found.
    public struct Result: Sendable {
        public var articles: [Article]
        public var diagnostics: [Diagnostic]
        /// How many files were read (a feed file gives several articles).
        public var files = 0
        /// How many files were skipped (each has a diagnostic saying why).
        public var skipped = 0
    }

    /// Reads every article under `paths`.
    /// - Throws: ``BriefError/missingPath(_:)`` when a path does not exist;
    ///   ``BriefError/emptyCorpus(_:)`` when no article file is found.
    public func load(paths: [String]) throws(BriefError) -> Result {
        let result = try loadAll(paths: paths)
        if result.articles.isEmpty { throw .emptyCorpus(paths) }
        return result
    }

    /// Reads every article under `paths`, like ``load(paths:)``, but returns an empty result
    /// (with its diagnostics: why each file was skipped) instead of throwing when no file
    /// holds an article.
    /// - Throws: ``BriefError/missingPath(_:)`` when a path does not exist.
    public func loadAll(paths: [String]) throws(BriefError) -> Result {
        var files: [String] = []
        var diagnostics: [Diagnostic] = []
        for path in paths {
            var info = stat()
            guard stat(path, &info) == 0 else {
                if errno == ENOENT || errno == ENOTDIR { throw .missingPath(path) }
                throw .unreadable(path: path, reason: String(cString: strerror(errno)))
            }
            if (info.st_mode & S_IFMT) == S_IFDIR {
                var visited: Set<String> = []
                files += listFolder(path, visited: &visited, diagnostics: &diagnostics)
            } else {
                files.append(path)
            }
        }

        if files.count > maxFiles {
            diagnostics.append(
                Diagnostic(
                    file: paths.joined(separator: ", "),
                    message: "\(files.count - maxFiles) of \(files.count) files left out: more than the limit of \(maxFiles) (--max-documents)"))
            files.removeLast(files.count - maxFiles)
        }

        // Files are read, decoded and normalised on every core; names and messages follow
        // in file order. The files not in memory yet are asked for all at once first.
        FileBytes.prefetch(files)
        let readings = files.parallelMap(grain: 8) { file -> (articles: [Article], diagnostics: [Diagnostic]) in
            var found: [Diagnostic] = []
            let articles = read(file, diagnostics: &found)
            return (articles, found)
        }
        var articles: [Article] = []
        var usedIDs: Set<String> = []
        var skipped = 0
        for reading in readings {
            diagnostics += reading.diagnostics
            if reading.articles.isEmpty { skipped += 1 }
            for var article in reading.articles {
                article.id = uniqueID(for: article.id, used: &usedIDs)
                articles.append(article)
            }
        }
        return Result(articles: articles, diagnostics: diagnostics, files: files.count, skipped: skipped)
    }

    /// Article files in `folder`, sorted by name; subfolders too when ``recursive``.
    private func listFolder(_ folder: String, visited: inout Set<String>, diagnostics: inout [Diagnostic]) -> [String] {
        let real = URL(fileURLWithPath: folder).resolvingSymlinksInPath().path
        guard visited.insert(real).inserted else {
            diagnostics.append(Diagnostic(file: folder, message: "folder already read (symbolic link loop); skipped"))
            return []
        }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder)
        } catch {
            diagnostics.append(Diagnostic(file: folder, message: "cannot list folder; skipped"))
            return []
        }
        let accepted = extensions
        // Each entry looked at (stat) on every core; files and messages follow in name order.
        enum Entry: Sendable { case file, folder, other, unreadable(errno: Int32) }
        let paths = names.sorted().filter { !$0.hasPrefix(".") }.map { folder.hasSuffix("/") ? folder + $0 : folder + "/" + $0 }
        let entries = paths.parallelMap(grain: 64) { path -> Entry in
            var info = stat()
            guard stat(path, &info) == 0 else { return .unreadable(errno: errno) }
            if (info.st_mode & S_IFMT) == S_IFDIR { return .folder }
            return accepted.contains(Self.lowercasedExtension(of: path)) ? .file : .other
        }
        var files: [String] = []
        for (path, entry) in zip(paths, entries) {
            switch entry {
            case .file:
                files.append(path)
            case .folder:
                if recursive { files += listFolder(path, visited: &visited, diagnostics: &diagnostics) }
            case .unreadable(let code):
                // A dangling link or a file that vanished: say so when it would have been read.
                // (The message is made here, on one thread: strerror may share a buffer.)
                if accepted.contains(Self.lowercasedExtension(of: path)) {
                    diagnostics.append(Diagnostic(file: path, message: "cannot read: \(String(cString: strerror(code))); skipped"))
                }
            case .other:
                continue
            }
        }
        return files
    }

    /// The extension of the file name at the end of `path`, lower-cased ("" when it has none),
    /// as `NSString.pathExtension` gives it for a plain name.
    static func lowercasedExtension(of path: String) -> String {
        let name = path[(path.lastIndex(of: "/").map { path.index(after: $0) } ?? path.startIndex)...]
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex, name.index(after: dot) != name.endIndex else { return "" }
        return name[name.index(after: dot)...].lowercased()
    }

    /// The file's articles; none (with a diagnostic) when it holds no article.
    private func read(_ path: String, diagnostics: inout [Diagnostic]) -> [Article] {
        let file: FileBytes
        switch FileBytes.read(path, limit: maxFileBytes) {
        case .success(let read): file = read
        case .failure(let reason):
            diagnostics.append(Diagnostic(file: path, message: "\(reason); skipped"))
            return []
        }
        let base = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        do {
            let reading = try reader(for: path).read(file.bytes, path: path, id: base.isEmpty ? "document" : base)
            diagnostics += reading.notes.map { Diagnostic(file: path, message: $0) }
            if reading.articles.isEmpty { diagnostics.append(Diagnostic(file: path, message: "no article found; skipped")) }
            guard fileDates, let modified = file.modifiedDay else { return reading.articles }
            return reading.articles.map { article in
                var dated = article
                if dated.metadata.published == nil && dated.metadata.dayWithoutYear == nil {
                    dated.metadata.fileModified = modified
                }
                return dated
            }
        } catch {
            diagnostics.append(Diagnostic(file: path, message: "\(error.reason); skipped"))
            return []
        }
    }

    /// The id, made unique with "-2", "-3"... when ids repeat.
    private func uniqueID(for base: String, used: inout Set<String>) -> String {
        var id = base
        var n = 2
        while !used.insert(id).inserted {
            id = "\(base)-\(n)"
            n += 1
        }
        return id
    }
}

/// A whole file read with POSIX calls (for messages that name the real cause), and the day
/// it was last modified.
struct FileBytes {
    var bytes: [UInt8]
    /// The modification time's day in local time (nil when `fstat` failed).
    var modifiedDay: BriefDate?

    enum Failure: Error, CustomStringConvertible {
        case system(String)
        case tooLarge(Int)
        var description: String {
            switch self {
            case .system(let reason): return "cannot read: \(reason)"
            case .tooLarge(let limit): return "larger than the limit of \(limit / (1024 * 1024)) MiB (--max-file-size)"
            }
        }
    }

    /// Asks the system, on a thread of its own, to start reading `files` into memory (a hint:
    /// it returns at once). A folder not read for a while is no longer in memory, and the
    /// readers, one a core, would each wait for one file at a time; the system reads many at
    /// once. For a folder in memory it costs an open and a close a file, off the readers' cores.
    static func prefetch(_ files: [String]) {
        #if canImport(Glibc)
            guard files.count >= 64 else { return }
            DispatchQueue.global(qos: .utility).async {
                for path in files {
                    let fd = open(path, O_RDONLY)
                    guard fd >= 0 else { continue }
                    _ = posix_fadvise(fd, 0, 0, POSIX_FADV_WILLNEED)
                    close(fd)
                }
            }
        #endif
    }

    static func read(_ path: String, limit: Int) -> Result<FileBytes, Failure> {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return .failure(.system(String(cString: strerror(errno)))) }
        defer { close(fd) }
        var info = stat()
        var modifiedDay: BriefDate?
        if fstat(fd, &info) == 0 {
            if (info.st_mode & S_IFMT) == S_IFDIR { return .failure(.system("is a folder")) }
            if Int(info.st_size) > limit { return .failure(.tooLarge(limit)) }
            #if canImport(Darwin)
                modifiedDay = Self.localDay(of: info.st_mtimespec.tv_sec)
            #else
                modifiedDay = Self.localDay(of: info.st_mtim.tv_sec)
            #endif
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Int(info.st_size))
        // Not zeroed: only what `read` fills is copied out.
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 64 * 1024, alignment: 1)
        defer { buffer.deallocate() }
        while true {
            let count = systemRead(fd, buffer.baseAddress, buffer.count)
            if count < 0 {
                if errno == EINTR { continue }
                return .failure(.system(String(cString: strerror(errno))))
            }
            if count == 0 { break }
            bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: buffer[0..<count]))
            if bytes.count > limit { return .failure(.tooLarge(limit)) }
        }
        return .success(FileBytes(bytes: bytes, modifiedDay: modifiedDay))
    }

    /// The local-time day of a POSIX time.
    static func localDay(of seconds: time_t) -> BriefDate? {
        var time = seconds
        var parts = tm()
        guard localtime_r(&time, &parts) != nil else { return nil }
        return BriefDate(year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday))
    }
}

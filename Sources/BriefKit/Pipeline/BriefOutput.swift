/// Where a day's brief goes: `<folder>/<YYYY-MM-DD>/brief.<ext>`.
public struct BriefOutput: Sendable {
    /// The archive folder (`output`).
    public var folder: String

    public init(folder: String) {
        self.folder = folder
    }

    /// The path of the brief for `date` in `format`.
    public func path(for date: BriefDate, format: OutputFormat) -> String {
        let base = folder.hasSuffix("/") ? String(folder.dropLast()) : folder
        return "\(base)/\(date)/brief.\(format.fileExtension)"
    }

    /// Renders `brief` in every format first, then writes each file atomically.
    /// - Returns: the paths written, in the order of `formats`.
    @discardableResult
    public func write(_ brief: Brief, formats: [OutputFormat], registry: RendererRegistry = RendererRegistry(),
                      options: RenderOptions = RenderOptions()) throws(BriefError) -> [String] {
        var rendered: [(format: OutputFormat, text: String)] = []
        for format in formats { rendered.append((format, try registry.renderer(for: format, options: options).render(brief))) }
        var paths: [String] = []
        for (format, text) in rendered {
            let path = path(for: brief.date, format: format)
            try AtomicFileWriter.write(text, to: path)
            paths.append(path)
        }
        return paths
    }
}

import BriefKit
import BriefXML
import Foundation

/// The brief as PDF: its DocBook through the DocBook XSL-NS stylesheets' XSL-FO (xsltproc)
/// and Apache FOP, both from Debian (`apt-get install fop docbook-xsl-ns xsltproc`).
///
/// FOP stamps every PDF with the time it ran and an id made from it; those are set from the
/// brief's day and its DocBook, so the same brief gives the same bytes, and an unchanged day is
/// not rewritten or given a new revision.
public enum PDFExport {
    /// The paper the pages are laid out on.
    public enum Paper: String, CaseIterable, Sendable {
        case a4
        case letter

        /// The stylesheets' `paper.type`.
        var docBookName: String { self == .a4 ? "A4" : "USletter" }
    }

    /// The stylesheet's address in the XML catalog, and where Debian installs it.
    static let stylesheetURI = "http://docbook.sourceforge.net/release/xsl-ns/current/fo/docbook.xsl"
    static let debianStylesheet = "/usr/share/xml/docbook/stylesheet/docbook-xsl-ns/fo/docbook.xsl"

    /// The PDF of `docbook`, the DocBook rendering of the brief for `date`.
    /// - Throws: ``BriefError/pdfFailed(_:)`` when a tool is missing or fails, saying which
    ///   and how to install it.
    public static func render(docbook: String, date: BriefDate, paper: Paper = .a4) throws(BriefError) -> [UInt8] {
        let install = "install them with 'apt-get install fop docbook-xsl-ns xsltproc'"
        guard let xsltproc = ExternalTool.locate("xsltproc") else { throw .pdfFailed("xsltproc is not installed; \(install)") }
        guard let fop = ExternalTool.locate("fop") else { throw .pdfFailed("Apache FOP (fop) is not installed; \(install)") }
        let stylesheet = [LibXML.catalogPath(for: stylesheetURI), debianStylesheet].compactMap { $0 }
            .first { FileManager.default.fileExists(atPath: $0) }
        guard let stylesheet else { throw .pdfFailed("the DocBook XSL-NS stylesheets are not installed; \(install)") }

        let work = NSTemporaryDirectory() + "brief-pdf-" + UUID().uuidString
        do {
            try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
        } catch {
            throw .pdfFailed("cannot create a temporary folder")
        }
        defer { try? FileManager.default.removeItem(atPath: work) }
        let source = work + "/brief.xml", formatted = work + "/brief.fo", pdf = work + "/brief.pdf"
        try AtomicFileWriter.write(docbook, to: source)
        try run(
            xsltproc,
            ["--nonet", "--stringparam", "paper.type", paper.docBookName, "--stringparam", "fop1.extensions", "1", "-o", formatted, stylesheet, source],
            what: "xsltproc (DocBook to XSL-FO)")
        try run(fop, ["-q", "-fo", formatted, "-pdf", pdf], what: "fop (XSL-FO to PDF)")
        guard let data = FileManager.default.contents(atPath: pdf), data.starts(with: Array("%PDF".utf8)) else {
            throw .pdfFailed("fop wrote no PDF")
        }
        return stabilised([UInt8](data), date: date, docbook: docbook)
    }

    /// Runs `executable` with `arguments`; its standard error is the failure's reason.
    private static func run(_ executable: String, _ arguments: [String], what: String) throws(BriefError) {
        let outcome: ExternalTool.Outcome
        do {
            outcome = try ExternalTool.run(executable, arguments)
        } catch {
            throw .pdfFailed("\(what) could not start")
        }
        guard outcome.succeeded else {
            throw .pdfFailed("\(what) failed with exit \(outcome.status)\(outcome.firstError(ignoring: ["Making "]))")
        }
    }

    /// `pdf` with FOP's run time replaced by the brief's day (midnight UTC) and its document id
    /// by one made from the DocBook, each of the same length, so no offset in the file moves.
    static func stabilised(_ pdf: [UInt8], date: BriefDate, docbook: String) -> [UInt8] {
        var bytes = pdf
        let day = date.description
        let compact = day.replacingOccurrences(of: "-", with: "")
        replace(in: &bytes, after: "/CreationDate (D:", length: 14, with: compact + "000000")
        replace(in: &bytes, after: "/ModDate (D:", length: 14, with: compact + "000000")
        for tag in ["<xmp:CreateDate>", "<xmp:MetadataDate>", "<xmp:ModifyDate>", "<dc:date>"] {
            replace(in: &bytes, after: tag, length: 19, with: day + "T00:00:00")
        }
        let id = fingerprint(docbook)
        replace(in: &bytes, after: "/ID [<", length: 32, with: id)
        replace(in: &bytes, after: "/ID [<" + id + "> <", length: 32, with: id)
        return bytes
    }

    /// Overwrites the `length` bytes after each `marker` with `value` (of that length).
    private static func replace(in bytes: inout [UInt8], after marker: String, length: Int, with value: String) {
        let needle = Array(marker.utf8), replacement = Array(value.utf8)
        guard replacement.count == length, needle.count + length <= bytes.count else { return }
        var index = 0
        while index + needle.count + length <= bytes.count {
            if bytes[index] == needle[0] && bytes[index..<index + needle.count].elementsEqual(needle) {
                let start = index + needle.count
                bytes.replaceSubrange(start..<start + length, with: replacement)
                index = start + length
            } else {
                index += 1
            }
        }
    }

    /// 32 upper-case hex digits summarising `text` (two FNV-1a hashes of 64 bits).
    static func fingerprint(_ text: String) -> String {
        var first: UInt64 = 0xcbf2_9ce4_8422_2325
        var second: UInt64 = 0x8422_2325_cbf2_9ce4
        for byte in text.utf8 {
            first = (first ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
            second = (second ^ UInt64(byte ^ 0x5A)) &* 0x0000_0100_0000_01B3
        }
        func hex(_ value: UInt64) -> String {
            let digits = String(value, radix: 16, uppercase: true)
            return String(repeating: "0", count: 16 - digits.count) + digits
        }
        return hex(first) + hex(second)
    }
}

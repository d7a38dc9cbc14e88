import BriefKit
import Testing

/// Each error a user can cause has its own exit code, and the table the help, the man page and
/// the README print (``BriefError/exitCodeTable``) lists exactly those codes, plus success and
/// usage errors.
@Suite struct BriefErrorTests {
    /// One value of every case (a new case that is not added here fails the switch below).
    static let everyCase: [BriefError] = [
        .missingPath("p"), .emptyCorpus(["p"]), .noSentences, .invalidDate("d"), .unknownFormat("f", known: []),
        .unknownStyle("s", known: []), .invalidDocument(path: "p", reason: "r"), .invalidOption("o"),
        .unreadable(path: "p", reason: "r"), .writeFailed(path: "p", reason: "r"),
        .archiveBusy(lock: "l", waited: 1), .archive("a"),
        .nothingInWindow(leftOut: 2, since: BriefDate("2025-03-03")!, until: BriefDate("2025-03-05")!),
        .sendFailed(path: "p", reason: "r"), .pdfFailed("r"),
    ]

    @Test func everyCaseIsListedAndNoCodeIsShared() {
        for error in Self.everyCase {
            switch error {  // exhaustive: a new case must be added to everyCase
            case .missingPath, .emptyCorpus, .noSentences, .invalidDate, .unknownFormat, .unknownStyle, .invalidDocument,
                .invalidOption, .unreadable, .writeFailed, .archiveBusy, .archive, .nothingInWindow, .sendFailed, .pdfFailed:
                break
            }
        }
        let codes = Self.everyCase.map(\.exitCode)
        #expect(Set(codes).count == codes.count, "two errors share an exit code")
        let table = BriefError.exitCodeTable.map(\.code)
        #expect(Set(table) == Set(codes + [0, 64]))
        #expect(table == table.sorted())
    }
}

import BriefKit
import Testing

@Suite struct BriefDateTests {
    @Test func parsesOnlyRealDays() {
        #expect(BriefDate("2025-03-05")?.description == "2025-03-05")
        #expect(BriefDate("2024-02-29") != nil)
        for bad in ["2025-02-29", "2025-13-01", "2025-3-5", "05-03-2025", "2025-03-05x", "", "yesterday", "２０２５-03-05"] {
            #expect(BriefDate(bad) == nil, "\(bad) should not parse")
        }
    }

    @Test func weekdaysAndArithmetic() {
        let date = BriefDate("2025-03-05")!
        #expect(date.weekday == .wednesday)
        #expect(date.longDescription == "Wednesday 5 March 2025")
        #expect(date.adding(days: 2).description == "2025-03-07")
        #expect(BriefDate("2024-12-30")!.adding(days: 3).description == "2025-01-02")
        #expect(BriefDate("1970-01-01")!.daysSinceEpoch == 0)
        #expect(BriefDate(daysSinceEpoch: -1).description == "1969-12-31")
    }
}

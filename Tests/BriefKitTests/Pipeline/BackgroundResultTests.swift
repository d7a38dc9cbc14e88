import Foundation
import Testing

@testable import BriefKit

/// Work handed to a background result runs beside its caller, and its value is waited for
/// and handed over.
@Suite struct BackgroundResultTests {
    @Test func theWorkRunsWhileTheCallerGoesOn() {
        // The work waits for a signal the caller gives only after starting it: run in place,
        // it would wait in vain (the timeout keeps a failing test from hanging).
        let started = DispatchSemaphore(value: 0)
        let result = BackgroundResult { started.wait(timeout: .now() + 10) == .success }
        started.signal()
        #expect(result.take())
    }

    @Test func theValueIsTheWorksSharedOutOverEveryCore() {
        let result = BackgroundResult { (0..<100_000).map { $0 * 3 }.parallelMap { $0 + 1 }.reduce(0, +) }
        let expected = (0..<100_000).reduce(0) { $0 + $1 * 3 + 1 }
        #expect(result.take() == expected)
    }

    @Test func aTakenValueIsNotKept() {
        let result = BackgroundResult { Marker() }
        weak var taken: Marker?
        do {
            let marker = result.take()
            taken = marker
            #expect(taken != nil)
        }
        // The result still exists; had it kept the value, the marker would be alive.
        #expect(taken == nil)
        withExtendedLifetime(result) {}
    }
}

private final class Marker: Sendable {}

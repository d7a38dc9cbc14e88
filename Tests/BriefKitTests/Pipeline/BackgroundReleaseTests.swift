import Foundation
import Testing

@testable import BriefKit

/// A value handed over to be released in the background is freed, and not on the thread
/// that handed it over, however soon the other thread gets to it.
@Suite struct BackgroundReleaseTests {
    /// Says on which thread it is freed.
    private final class Tracked: @unchecked Sendable {
        let freed: DispatchSemaphore
        let freedOnCaller: UnsafeMutablePointer<Bool>
        let caller = pthread_self()

        init(freed: DispatchSemaphore, freedOnCaller: UnsafeMutablePointer<Bool>) {
            self.freed = freed
            self.freedOnCaller = freedOnCaller
        }

        deinit {
            freedOnCaller.pointee = pthread_equal(pthread_self(), caller) != 0
            freed.signal()
        }
    }

    @Test(arguments: [false, true])
    func aValueHandedOverIsFreedOnAnotherThread(inABox: Bool) {
        for _ in 0..<50 {
            let freed = DispatchSemaphore(value: 0)
            let freedOnCaller = UnsafeMutablePointer<Bool>.allocate(capacity: 1)
            defer { freedOnCaller.deallocate() }
            freedOnCaller.pointee = true
            do {
                let value = [Tracked(freed: freed, freedOnCaller: freedOnCaller)]
                if inABox {
                    let box = Handover(value)
                    box.releaseInBackground()
                    // A caller that still holds the box long after does not free the value.
                    Thread.sleep(forTimeInterval: 0.001)
                    withExtendedLifetime(box) {}
                } else {
                    releaseInBackground(consume value)
                }
            }
            #expect(freed.wait(timeout: .now() + 10) == .success)
            #expect(!freedOnCaller.pointee)
        }
    }
}

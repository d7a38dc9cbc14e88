import Foundation
import Testing

/// Inputs the fuzzer found (Fuzz/regressions/) and the seed inputs it starts from, replayed
/// through the same target (`brief-fuzz FILE...`, a normal build): each must pass its checks.
@Suite struct FuzzRegressionTests {
    @Test func fuzzInputsReplayCleanly() throws {
        let fuzz = CLITests.executable.deletingLastPathComponent().appendingPathComponent("brief-fuzz")
        let root = CLITests.packageRoot
        var inputs: [String] = []
        for folder in ["Fuzz/regressions", "seeds", "Tests/BriefKitTests/Fixtures/mixed"] {
            let names = try FileManager.default.contentsOfDirectory(atPath: root + "/" + folder).filter { !$0.hasPrefix(".") }
            inputs += names.sorted().map { root + "/" + folder + "/" + $0 }
        }
        let run = try CLITests.brief(inputs, executable: fuzz)
        #expect(run.status == 0, "\(run.stderr.prefix(2_000))")
    }
}

import Foundation

/// libFuzzer's entry point: each input the fuzzer makes goes through ``FuzzTarget``.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    FuzzTarget.run(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}

#if FUZZING
    /// Built with `-sanitize=fuzzer -DFUZZING` (see Fuzz/run.sh): libFuzzer drives the run.
    // The name is libFuzzer's C symbol.
    // swift-format-ignore: AlwaysUseLowerCamelCase
    @_silgen_name("LLVMFuzzerRunDriver")
    func LLVMFuzzerRunDriver(
        _ argc: UnsafeMutablePointer<CInt>,
        _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
        _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt
    ) -> CInt

    @main struct FuzzMain {
        static func main() {
            var argc = CommandLine.argc
            var argv = CommandLine.unsafeArgv
            exit(LLVMFuzzerRunDriver(&argc, &argv) { fuzzOneInput($0, $1) })
        }
    }
#else
    /// A normal build replays inputs: `brief-fuzz FILE...` runs each file through the target,
    /// which is how crashing inputs the fuzzer found are checked again (Fuzz/regressions).
    @main struct FuzzMain {
        static func main() {
            for path in CommandLine.arguments.dropFirst() {
                guard let data = FileManager.default.contents(atPath: path) else {
                    FileHandle.standardError.write(Data("brief-fuzz: cannot read \(path)\n".utf8))
                    exit(2)
                }
                FuzzTarget.run([UInt8](data))
            }
        }
    }
#endif

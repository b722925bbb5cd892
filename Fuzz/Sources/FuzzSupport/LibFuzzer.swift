import CFuzzerDriver
#if canImport(Glibc)
import Glibc
#endif

/// The callback libFuzzer calls with each input.
public typealias FuzzCallback = @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt

/// Hands the process to libFuzzer's driver with `callback` as the target; never returns.
///
/// SwiftPM links every executable with its module's entry point as `main`, so libFuzzer's own
/// `main` cannot be used; each fuzz target's `@main` calls this instead (libFuzzer's flags,
/// e.g. `-max_total_time=20 corpus/`, pass through unchanged).
public func runLibFuzzer(_ callback: FuzzCallback) -> Never {
    var argc = CommandLine.argc
    var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
    exit(LLVMFuzzerRunDriver(&argc, &argv, callback))
}

/// One byte to point at when libFuzzer passes an empty input without a buffer.
nonisolated(unsafe) private var emptyInput: UInt8 = 0

/// `data` or, for an empty input without a buffer, a valid pointer to nothing.
public func fuzzInput(_ data: UnsafePointer<UInt8>?) -> UnsafePointer<UInt8> {
    if let data { return data }
    return withUnsafePointer(to: &emptyInput) { $0 }
}

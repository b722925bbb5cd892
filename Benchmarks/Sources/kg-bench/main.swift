// kg-bench: import rate, resident and file bytes per triple, open time and standalone query
// timings of kg's graph engine (see Benchmarks/README.md).
import BenchSupport

#if canImport(Glibc)
import Glibc
#endif

do {
    try Commands.run(Array(CommandLine.arguments.dropFirst()))
} catch {
    Output.error(error.message)
    exit(2)
}

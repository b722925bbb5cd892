import FuzzSupport
import GraphQuery
import GraphStore

/// Limits for every fuzzed evaluation: a few rows and a short time, so a slow query is cut off
/// by the evaluator's own limits rather than by libFuzzer's timeout.
let limits = EvaluationLimits(maxRows: 1_000, timeout: .milliseconds(200))
nonisolated(unsafe) let engine = QueryEngine(FuzzGraph.make())

/// libFuzzer entry: the bytes as query text; parse, and if it parses, evaluate on the fixed
/// graph with row and time limits. Errors are fine; a crash, trap or sanitizer report is not.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    guard let statement = try? QueryParser.parse(text) else { return 0 }
    // Printing a parsed statement must give text that parses again.
    let printed = statement.description
    if (try? QueryParser.parse(printed)) == nil {
        fuzzFailure("the printed form of a parsed statement does not parse: \(printed.debugDescription)")
    }
    _ = try? engine.execute(statement, options: EvaluationOptions(limits: limits))
    return 0
}

/// Runs libFuzzer with fuzz(_:_:) as the target.
@main
enum FuzzQueryMain {
    static func main() {
        runLibFuzzer { data, size in fuzz(fuzzInput(data), size) }
    }
}

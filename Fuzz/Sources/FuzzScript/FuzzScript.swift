import FuzzSupport
import GraphQuery
import GraphStore

let limits = EvaluationLimits(maxRows: 1_000, timeout: .milliseconds(200))
nonisolated(unsafe) let engine = QueryEngine(FuzzGraph.make())

/// libFuzzer entry: the bytes as a `.kgq` script; split and parse it as `kg run` does, check
/// that every statement's range lies inside the text, and evaluate each statement that parses.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    _ = QueryScript.isComplete(text)
    for entry in QueryScript.parse(text) {
        if case .success(let statement) = entry.result {
            _ = try? engine.execute(statement, options: EvaluationOptions(limits: limits))
        }
    }
    return 0
}

/// Runs libFuzzer with fuzz(_:_:) as the target.
@main
enum FuzzScriptMain {
    static func main() {
        runLibFuzzer { data, size in fuzz(fuzzInput(data), size) }
    }
}

import FuzzSupport
import GraphStore

/// libFuzzer entry: the first byte picks the format (even: TSV, odd: N-Triples), the rest is
/// imported into an empty graph and into the fixed graph. Bad lines are reported, never fatal;
/// the graphs must pass their invariant check after the import and after a commit.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    let format: TripleFormat = data[0] % 2 == 0 ? .tsv : .nTriples
    let bytes = Array(UnsafeBufferPointer(start: data + 1, count: size - 1))
    for var graph in [Graph(), FuzzGraph.make()] {
        _ = graph.importTriples(bytes, format: format)
        do { try graph._checkInvariants() } catch { fuzzFailure("import breaks an invariant: \(error)") }
        graph.commit()
        do { try graph._checkInvariants() } catch { fuzzFailure("commit after import breaks an invariant: \(error)") }
    }
    return 0
}

/// Runs libFuzzer with fuzz(_:_:) as the target.
@main
enum FuzzImportMain {
    static func main() {
        runLibFuzzer { data, size in fuzz(fuzzInput(data), size) }
    }
}

import Extraction
import FuzzSupport
import GraphStore
import Language

let pipeline: Pipeline = {
    do { return try Pipeline.load() } catch { fuzzFailure("cannot load the bundled model: \(error)") }
}()
let extractor = FactExtractor()

/// libFuzzer entry: the bytes as article text (invalid UTF-8 repaired as kg's readers do).
/// The tokenizer's tokens must lie inside the text in order; the whole pipeline and the fact
/// extractor must run without a crash, and the facts must make a valid graph.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    _ = pipeline.tokenizer.tokenize(text)
    let document = pipeline.parse(text)
    _ = extractor.extract(document)
    let (record, facts) = extractor.records(for: document, id: "fuzz", title: "fuzz", source: "fuzz", date: nil)
    var graph = Graph()
    graph.add(document: record, facts: facts)
    graph.commit()
    do { try graph._checkInvariants() } catch { fuzzFailure("extracted facts break an invariant: \(error)") }
    return 0
}

/// Loads the model, then runs libFuzzer with fuzz(_:_:) as the target. Loading first keeps the
/// load (over 10 s in the instrumented debug build on a busy machine) out of the first input's
/// time, which libFuzzer's timeout would otherwise report as a hang.
@main
enum FuzzNLPMain {
    static func main() {
        _ = pipeline.tokenizer
        runLibFuzzer { data, size in fuzz(fuzzInput(data), size) }
    }
}

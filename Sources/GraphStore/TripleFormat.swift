/// A text format of ready-made triples that a graph can import.
public enum TripleFormat: String, Sendable, CaseIterable {
    /// Tab-separated `subject predicate object [confidence]`; see ``Graph/importTSV(text:)``.
    case tsv
    /// W3C N-Triples; see ``Graph/importNTriples(text:)``.
    case nTriples = "ntriples"

    /// The format a file name's extension names: `.tsv`/`.tab` or `.nt`; `nil` otherwise.
    public init?(fileName: String) {
        let lower = fileName.lowercased()
        if lower.hasSuffix(".tsv") || lower.hasSuffix(".tab") {
            self = .tsv
        } else if lower.hasSuffix(".nt") {
            self = .nTriples
        } else {
            return nil
        }
    }
}

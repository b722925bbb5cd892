/// What ``Graph/merge(_:)`` added.
public struct MergeReport: Sendable, Hashable {
    /// Documents copied from the other graph.
    public var documentsAdded = 0
    /// Documents of the other graph already present (by id or content hash); their sources were skipped.
    public var documentsSkipped = 0
    /// Triples that were not in this graph before.
    public var newTriples = 0
    /// Sources copied.
    public var sourcesAdded = 0
}

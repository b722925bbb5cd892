/// What ``Graph/add(document:facts:)`` did with one document.
public struct AddResult: Sendable, Hashable {
    /// Whether the document was added or skipped as already present.
    public enum Status: Sendable, Hashable {
        /// The document and its facts were added.
        case added
        /// A document with the same id was already in the graph; nothing was added.
        case duplicateID
        /// A document with the same (nonzero) content hash was already in the graph; nothing was added.
        case duplicateContent
    }

    /// What happened.
    public var status: Status
    /// The index of the new document, or of the one already present.
    public var document: Int
    /// Triples that were not in the graph before.
    public var newTriples: Int
    /// Sources recorded (one per fact kept).
    public var sources: Int
    /// Facts left out because their subject, predicate or entity object had an empty name or
    /// their sentence index was outside the document.
    public var skippedFacts: Int
}

/// One fact of an ``ExportGraph``: a directed, labelled edge between two nodes.
public struct ExportEdge: Sendable, Hashable {
    /// Index of the subject node in ``ExportGraph/nodes``.
    public var source: Int
    /// Index of the object node in ``ExportGraph/nodes``.
    public var target: Int
    /// The normalised predicate (`meet`, `annex`).
    public var predicate: String
    /// How many sources (sentences) support the fact; at least 1.
    public var sourceCount: Int
    /// One sentence the fact was found in, if known.
    public var sentence: String?
    /// The identifier of the document that sentence belongs to, if known.
    public var document: String?

    /// Makes an edge.
    public init(source: Int, target: Int, predicate: String, sourceCount: Int = 1,
                sentence: String? = nil, document: String? = nil) {
        self.source = source
        self.target = target
        self.predicate = predicate
        self.sourceCount = max(1, sourceCount)
        self.sentence = sentence
        self.document = document
    }
}

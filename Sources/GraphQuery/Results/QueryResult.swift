import GraphStore

/// What a statement returns: column names, rows, and hints about names that matched nothing.
public struct QueryResult: Sendable {
    /// Column names, without `?`.
    public var columns: [String]
    /// The rows, in order.
    public var rows: [ResultRow]
    /// Warnings worth showing beside the rows: names and predicates that matched nothing, each
    /// with the closest known names ("did you mean …").
    public var hints: [Diagnostic]
    /// How long the statement ran.
    public var elapsed: Duration

    /// Makes a result.
    public init(columns: [String], rows: [ResultRow], hints: [Diagnostic] = [], elapsed: Duration = .zero) {
        self.columns = columns
        self.rows = rows
        self.hints = hints
        self.elapsed = elapsed
    }

    /// Every distinct fact the rows matched, in first-seen order (the answer's subgraph).
    public var facts: [Triple] {
        var seen: Set<Triple> = []
        return rows.flatMap(\.facts).filter { seen.insert($0).inserted }
    }
}

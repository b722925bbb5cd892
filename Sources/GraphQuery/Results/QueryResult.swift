import GraphStore

/// One result row: a value per column (nil when unbound) and the facts the row matched.
public struct ResultRow: Sendable, Hashable {
    /// One value per column of the result; nil where a variable is unbound (OPTIONAL).
    public var values: [QueryValue?]
    /// The facts this row matched, in pattern order (path steps included; for counts, the facts
    /// of the group up to ``QueryEngine/maximumFactsPerGroup``). `.why` and drawing use these.
    public var facts: [Triple]

    /// Makes a row.
    public init(values: [QueryValue?], facts: [Triple] = []) {
        self.values = values
        self.facts = facts
    }
}

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

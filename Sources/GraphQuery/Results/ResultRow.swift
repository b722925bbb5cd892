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

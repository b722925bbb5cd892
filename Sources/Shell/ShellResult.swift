import GraphStore

/// A query answer as the shell shows it: named columns, rows of cells, and the facts behind it.
public struct ShellResult: Sendable, Hashable {
    /// Column names, in order.
    public var columns: [String]
    /// The rows; each has one cell per column.
    public var rows: [[ShellValue]]
    /// The facts the rows were matched from, for `.why` and `.dot`.
    public var facts: [Triple]
    /// Warnings to show beside the rows (a name that matched nothing, with "did you mean").
    public var notes: [String]

    /// Makes a result.
    public init(columns: [String], rows: [[ShellValue]], facts: [Triple] = [], notes: [String] = []) {
        self.columns = columns
        self.rows = rows
        self.facts = facts
        self.notes = notes
    }
}


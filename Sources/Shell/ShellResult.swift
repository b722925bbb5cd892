/// A query answer as the shell shows it: named columns, rows of cells, and the facts behind it.
public struct ShellResult: Sendable, Hashable {
    /// Column names, in order.
    public var columns: [String]
    /// The rows; each has one cell per column.
    public var rows: [[ShellValue]]
    /// The facts the rows were matched from, for `.why` and `.dot`.
    public var facts: [FactHandle]

    /// Makes a result.
    public init(columns: [String], rows: [[ShellValue]], facts: [FactHandle] = []) {
        self.columns = columns
        self.rows = rows
        self.facts = facts
    }
}

/// An opaque reference to one fact of the open graph (its three term ids), handed back to the
/// engine by `.why` and `.dot`.
public struct FactHandle: Sendable, Hashable {
    /// Subject term id.
    public var subject: UInt32
    /// Predicate term id.
    public var predicate: UInt32
    /// Object term id.
    public var object: UInt32

    /// Makes a handle.
    public init(subject: UInt32, predicate: UInt32, object: UInt32) {
        self.subject = subject
        self.predicate = predicate
        self.object = object
    }
}

/// What an exporter wrote, and anything the user should be told about it.
public struct ExportReport: Sendable, Hashable {
    /// Nodes written.
    public var nodes: Int
    /// Facts (edges or triples of facts) written.
    public var facts: Int
    /// Warnings for the user, one line each (a graph cut by the size guard, a dropped value).
    public var warnings: [String]

    /// Makes a report.
    public init(nodes: Int, facts: Int, warnings: [String] = []) {
        self.nodes = nodes
        self.facts = facts
        self.warnings = warnings
    }
}

/// A line of an imported file that could not be used.
public struct ImportIssue: Sendable, Hashable, CustomStringConvertible {
    /// 1-based line number.
    public var line: Int
    /// 1-based column, counted in characters.
    public var column: Int
    /// What is wrong with the line.
    public var message: String

    /// Makes an issue.
    public init(line: Int, column: Int, message: String) {
        self.line = line
        self.column = column
        self.message = message
    }

    /// `line L:C: message`.
    public var description: String { "line \(line):\(column): \(message)" }
}

/// What an import did: how many triples it read and added, and the lines it could not use.
public struct ImportReport: Sendable, Hashable {
    /// The most issues kept in ``issues``; ``issueCount`` counts them all.
    public static let maximumIssuesKept = 1000

    /// Lines read (including blank and comment lines).
    public var lines = 0
    /// Triples read from good lines.
    public var triplesRead = 0
    /// Triples that were not already in the graph.
    public var newTriples = 0
    /// The first ``maximumIssuesKept`` bad lines, in file order.
    public var issues: [ImportIssue] = []
    /// The number of bad lines.
    public var issueCount = 0

    /// Makes an empty report.
    public init() {}

    /// Records a bad line.
    mutating func record(_ issue: ImportIssue) {
        issueCount += 1
        if issues.count < Self.maximumIssuesKept { issues.append(issue) }
    }
}

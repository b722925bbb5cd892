import GraphExport
import GraphStore

/// What the shell needs from a graph and a query engine. The real one wraps GraphStore and
/// GraphQuery (``GraphEngine``); tests use a deterministic fake.
public protocol ShellEngine: AnyObject {
    /// The open graph's short name, shown in the prompt (`seeds` for `graph-data/seeds.kg`).
    var graphName: String { get }
    /// Query keywords, offered by Tab completion.
    var keywords: [String] { get }

    /// Whether the text is a whole statement; if not, the shell reads another line.
    func isComplete(_ text: String) -> Bool
    /// Whether a complete statement still goes on with the next line of a file (which starts
    /// with `where`, `filter`, …); only scripts and files look ahead like this.
    func continues(_ text: String, with nextLine: String) -> Bool
    /// The statements in a complete text (several when `;` separates them), each with the
    /// line and column it starts at.
    func split(_ statement: ShellStatement) -> [ShellStatement]
    /// Runs one query. Throws ``StatementError`` for problems in the query and stops early,
    /// throwing, when `cancellation` reports a Ctrl-C.
    func execute(_ statement: ShellStatement, cancellation: Cancellation) throws -> ShellResult
    /// The plan a query runs with: its steps with estimated and actual row counts (the query is
    /// run to count them, so it stops on Ctrl-C like ``execute(_:cancellation:)``).
    func explain(_ statement: ShellStatement, cancellation: Cancellation) throws -> ShellResult
    /// Counts and facts about the open graph, as a two-column result.
    func stats() throws -> ShellResult
    /// Entities whose name contains the filter (all when nil), most facts first.
    func entities(matching filter: String?) throws -> ShellResult
    /// Predicates that contain the filter (all when nil), most used first.
    func predicates(matching filter: String?) throws -> ShellResult
    /// The source sentences and documents of the given facts.
    func why(_ facts: [Triple]) throws -> ShellResult
    /// The given facts as a graph to draw.
    func subgraph(_ facts: [Triple]) throws -> ExportGraph
    /// The facts within `depth` hops of an entity, as a graph to draw.
    func neighbourhood(of entity: String, depth: Int) throws -> ExportGraph
    /// Entity names starting with the prefix (case-insensitive), at most `limit`.
    func entityNames(prefix: String, limit: Int) -> [String]
    /// Predicate names starting with the prefix (case-insensitive), at most `limit`.
    func predicateNames(prefix: String, limit: Int) -> [String]
    /// Adds the articles at the paths to the open graph, stopping early when `cancellation`
    /// reports a Ctrl-C; returns a one-line summary.
    func ingest(paths: [String], cancellation: Cancellation) throws -> String
    /// Saves the open graph (to `path`, or where it was opened from); returns a one-line summary.
    func save(to path: String?) throws -> String
    /// Opens another graph file in place of the current one; returns a one-line summary.
    func open(path: String) throws -> String
}

/// One statement with where it came from, so errors can name `file:line:column`.
public struct ShellStatement: Sendable, Hashable {
    /// The statement's text (may span lines).
    public var text: String
    /// The file it came from, or nil for the prompt and standard input.
    public var origin: String?
    /// The line of `origin` the text starts on, from 1.
    public var line: Int
    /// The column of that line the text starts at, from 1.
    public var column: Int

    /// Makes a statement.
    public init(text: String, origin: String? = nil, line: Int = 1, column: Int = 1) {
        self.text = text
        self.origin = origin
        self.line = line
        self.column = column
    }
}

/// An error the shell prints as it is: already formatted, possibly over several lines (a
/// query error with its source line and caret).
public struct StatementError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The formatted message.
    public var message: String

    /// Makes an error.
    public init(_ message: String) {
        self.message = message
    }

    /// The formatted message.
    public var description: String { message }
}

/// A Ctrl-C check the engine polls during long work.
public struct Cancellation: Sendable {
    private let check: @Sendable () -> Bool

    /// Makes a cancellation reading the given check.
    public init(_ check: @escaping @Sendable () -> Bool) {
        self.check = check
    }

    /// A cancellation that never fires.
    public static let never = Cancellation { false }

    /// Whether the user asked to stop.
    public var isCancelled: Bool { check() }
}

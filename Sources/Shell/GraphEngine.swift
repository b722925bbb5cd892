import Foundation
import GraphExport
import GraphQuery
import GraphStore
import Synchronization

/// Adds the articles at some paths to a graph and returns a one-line summary; it should check
/// the cancellation between articles and stop (throwing, or keeping what it added) on Ctrl-C.
/// The `kg` executable supplies one built on the Extraction module, which the shell does not
/// depend on.
public typealias ShellIngester = @Sendable (_ paths: [String], _ graph: inout Graph, _ cancellation: Cancellation) throws
    -> String

/// The real ``ShellEngine``: a GraphStore graph queried with GraphQuery.
public final class GraphEngine: ShellEngine {
    /// The open graph.
    public private(set) var graph: Graph
    /// The file the graph was opened from, if any.
    public private(set) var path: String?
    /// Whether `.ingest` changed the graph since it was opened or saved.
    public private(set) var hasUnsavedChanges = false
    private var queries: QueryEngine<Graph>
    private let ingester: ShellIngester?
    private let token = CancellationToken()
    /// Entity and predicate names for completion, built on first use (see ``names()``).
    var nameCacheStorage: NameCache?
    /// The text of the last ``progress(of:)`` call and where it stood, to lex only what follows.
    private var lastProgress: (text: String, progress: QueryScript.Progress)?

    /// Query words offered by Tab completion.
    public let keywords = [
        "select", "distinct", "where", "filter", "optional", "order", "by", "group", "limit", "offset", "asc",
        "desc", "as", "and", "or", "not", "count", "explain", "why", "neighbors", "path", "to", "depth", "max",
    ]

    /// Makes an engine over a graph in memory; `path` is where `.save` writes.
    public init(graph: Graph, path: String? = nil, ingester: ShellIngester? = nil) {
        self.graph = graph
        self.path = path
        self.ingester = ingester
        queries = QueryEngine(graph)
    }

    /// Opens a graph file; throws a one-line ``StatementError`` naming the file and the problem.
    public convenience init(contentsOfFile path: String, ingester: ShellIngester? = nil) throws {
        do {
            self.init(graph: try Graph(contentsOfFile: path), path: path, ingester: ingester)
        } catch {
            throw StatementError(error.description)
        }
    }

    /// The file name without folder and extension, or `memory` for a graph never saved.
    public var graphName: String {
        guard let path else { return "memory" }
        return URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
    }

    /// Whether the text ends where a statement can end (brackets closed, no dangling `where`).
    public func isComplete(_ text: String) -> Bool { progress(of: text).isComplete }

    /// Whether the next line carries the statement on (`where …`, `filter …`, `| …`).
    public func continues(_ text: String, with nextLine: String) -> Bool {
        let next = Substring(nextLine).trimmingWhitespace()
        guard !next.isEmpty, !ShellSession.isComment(next), !Self.looksLikeCommand(next) else { return false }
        return progress(of: text).continues(with: nextLine)
    }

    /// Where `text` stands. The shell asks after every line of a statement, with the text so
    /// far: when `text` is the text of the last call plus more lines, only those lines are lexed,
    /// so a statement of *n* lines costs O(*n*) lexing, not O(*n*²).
    private func progress(of text: String) -> QueryScript.Progress {
        if let (known, progress) = lastProgress, Self.hasPrefix(text, known) {
            let old = known.utf8.count
            if text.utf8.count == old { return progress }
            if text.utf8.dropFirst(old).first == UInt8(ascii: "\n"), let added = String(text.utf8.dropFirst(old + 1)) {
                var next = progress
                next.add(added)
                lastProgress = (text, next)
                return next
            }
        }
        var progress = QueryScript.Progress()
        progress.add(text)
        lastProgress = (text, progress)
        return progress
    }

    /// Whether the UTF-8 of `text` starts with that of `prefix`: one `memcmp` for native strings.
    private static func hasPrefix(_ text: String, _ prefix: String) -> Bool {
        let fast = text.utf8.withContiguousStorageIfAvailable { whole -> Bool? in
            prefix.utf8.withContiguousStorageIfAvailable { start -> Bool in
                guard whole.count >= start.count else { return false }
                guard let wholeBase = whole.baseAddress, let startBase = start.baseAddress else { return start.isEmpty }
                return memcmp(wholeBase, startBase, start.count) == 0
            }
        }
        return (fast ?? nil) ?? text.utf8.starts(with: prefix.utf8)
    }

    /// A dot-command line: a dot followed by a letter.
    private static func looksLikeCommand(_ line: String) -> Bool {
        line.hasPrefix(".") && line.dropFirst().first?.isLetter == true
    }

    /// The statements of the text, split at `;` and line ends where a statement can end.
    public func split(_ statement: ShellStatement) -> [ShellStatement] {
        let entries = QueryScript.parse(statement.text, line: statement.line, column: statement.column)
        guard entries.count > 1 else { return entries.isEmpty ? [] : [statement] }
        return entries.map { entry in
            ShellStatement(text: entry.text, origin: statement.origin, line: entry.range.start.line,
                           column: entry.range.start.column)
        }
    }

    /// Parses and runs one statement on a worker thread, cancelling it when `cancellation` fires.
    public func execute(_ statement: ShellStatement, cancellation: Cancellation) throws -> ShellResult {
        let parsed = try parse(statement)
        let result = try run(statement, cancellation: cancellation) { [queries, token] in
            try queries.execute(parsed, options: EvaluationOptions(cancellation: token))
        }
        return shellResult(result, statement: statement)
    }

    /// The plan of a statement with per-step estimated and actual row counts.
    public func explain(_ statement: ShellStatement, cancellation: Cancellation) throws -> ShellResult {
        let parsed = try parse(statement)
        let result = try run(statement, cancellation: cancellation) { [queries, token] in
            try queries.execute(.explain(parsed, parsed.range), options: EvaluationOptions(cancellation: token))
        }
        return shellResult(result, statement: statement)
    }

    /// Adds articles with the injected ingester.
    public func ingest(paths: [String], cancellation: Cancellation) throws -> String {
        guard let ingester else {
            throw StatementError(".ingest is not available in this program; use kg ingest PATH... -o GRAPH --append")
        }
        var updated = graph
        let summary = try ingester(paths, &updated, cancellation)
        replace(with: updated, path: path)
        hasUnsavedChanges = true
        return summary
    }

    /// Saves the graph atomically to `path`, or to the file it was opened from.
    public func save(to target: String?) throws -> String {
        guard let destination = target ?? path else {
            throw StatementError("this graph has no file yet: .save FILE")
        }
        do {
            try graph.save(to: destination)
        } catch {
            throw StatementError(error.description)
        }
        if destination == path { hasUnsavedChanges = false }
        return "saved \(graph.tripleCount) facts to \(destination)"
    }

    /// Opens another graph file in place of this one; on failure the current graph stays open.
    public func open(path newPath: String) throws -> String {
        let opened: Graph
        do {
            opened = try Graph(contentsOfFile: newPath)
        } catch {
            throw StatementError(error.description)
        }
        let warning = hasUnsavedChanges ? " (unsaved changes to \(graphName) were dropped)" : ""
        replace(with: opened, path: newPath)
        hasUnsavedChanges = false
        return "opened \(newPath): \(graph.tripleCount) facts\(warning)"
    }

    private func replace(with newGraph: Graph, path newPath: String?) {
        graph = newGraph
        path = newPath
        queries = QueryEngine(newGraph)
        nameCacheStorage = nil
    }

    /// The statement parsed (positions are the file's), or a ``StatementError`` with the
    /// formatted diagnostics.
    /// - Complexity: O(n) in the statement's length, wherever it is in its file.
    private func parse(_ statement: ShellStatement) throws -> GraphQuery.Statement {
        do {
            return try QueryParser.parse(statement.text, line: statement.line, column: statement.column)
        } catch {
            throw StatementError(Self.format(error, statement))
        }
    }

    /// An error or diagnostic of the statement: `file:line:column`, its line and an underline.
    private static func format(_ error: any Error, _ statement: ShellStatement) -> String {
        DiagnosticFormatter.format(error, source: statement.text, fileName: statement.origin ?? "<stdin>",
                                   line: statement.line, column: statement.column)
    }

    /// Runs work on a thread with a large stack while this thread watches for Ctrl-C and cancels
    /// the token; errors come back formatted against the statement's text.
    private func run(_ statement: ShellStatement, cancellation: Cancellation,
                     _ work: @escaping @Sendable () throws -> QueryResult) throws -> QueryResult {
        token.reset()
        let outcome = Mutex<Result<QueryResult, StatementError>?>(nil)
        let finished = DispatchSemaphore(value: 0)
        let thread = Thread {
            let result: Result<QueryResult, StatementError>
            do {
                result = .success(try work())
            } catch {
                result = .failure(StatementError(GraphEngine.format(error, statement)))
            }
            outcome.withLock { $0 = result }
            finished.signal()
        }
        thread.stackSize = 16 << 20
        if cancellation.isCancelled { token.cancel() }
        thread.start()
        while finished.wait(timeout: .now() + .milliseconds(20)) == .timedOut {
            if cancellation.isCancelled { token.cancel() }
        }
        guard let result = outcome.withLock({ $0 }) else { throw StatementError("query ended without a result") }
        return try result.get()
    }

    /// A query result as the shell shows it, with hints formatted under the statement.
    private func shellResult(_ result: QueryResult, statement: ShellStatement) -> ShellResult {
        let notes = result.hints.map { Self.format($0, statement) }
        return ShellResult(columns: result.columns, rows: result.rows.map { $0.values.map(ShellValue.init) },
                           facts: result.facts, notes: notes)
    }
}

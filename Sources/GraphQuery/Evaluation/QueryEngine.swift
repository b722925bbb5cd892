import GraphStore

/// Runs statements against one dataset: the entry point for the prompt, `kg query` and `kg run`.
///
/// ```swift
/// let engine = QueryEngine(graph)
/// let result = try engine.execute("Blinken meet ?who", options: .init(cancellation: token))
/// ```
///
/// An engine caches name tables for its dataset, so keep one per graph. It is `Sendable`: a
/// statement may run on a background thread while the prompt's Ctrl-C handler cancels the token.
/// Evaluation recurses once per pattern (at most ``QueryParser/maximumPatterns``): run statements
/// on a thread with at least 1 MiB of stack (the main thread and the prompt's worker have more).
public struct QueryEngine<Dataset: QueryDataset>: Sendable {
    /// The dataset and its name tables, boxed so copying an engine (into a closure, a task) is
    /// one reference count, not one per array of the graph.
    private final class Storage: Sendable {
        let dataset: Dataset
        let names = NameIndex()
        /// Display values of the dataset's terms, decoded once for all statements.
        let decoded = DecodedTermsStore()

        init(_ dataset: Dataset) {
            self.dataset = dataset
        }
    }

    private let storage: Storage

    /// The graph the engine queries.
    public var dataset: Dataset { storage.dataset }
    var names: NameIndex { storage.names }
    var decoded: DecodedTermsStore { storage.decoded }

    /// The most facts an aggregated (`count`) row remembers.
    public static var maximumFactsPerGroup: Int { Aggregator.maximumFactsPerGroup }

    /// Makes an engine over `dataset`.
    public init(_ dataset: Dataset) {
        storage = Storage(dataset)
    }

    /// Parses `text` (exactly one statement) and runs it, collecting the rows.
    ///
    /// - Throws: ``SyntaxError`` when the text does not parse, ``QueryError`` when the statement
    ///   is cancelled, exceeds a limit, or has an invalid regular expression.
    public func execute(_ text: String, options: EvaluationOptions = .init()) throws -> QueryResult {
        try execute(QueryParser.parse(text), options: options)
    }

    /// Runs a statement, collecting the rows.
    ///
    /// - Throws: ``QueryError``.
    public func execute(_ statement: Statement, options: EvaluationOptions = .init()) throws -> QueryResult {
        var rows: [ResultRow] = []
        var result = try stream(statement, options: options) { rows.append($0) }
        result.rows = rows
        return result
    }

    /// The column names a statement's rows will have, known before it runs.
    public static func columns(of statement: Statement) -> [String] {
        switch statement {
        case .query(let query): query.columnNames
        case .why: whyColumns
        case .neighbors: ["depth", "subject", "predicate", "object"]
        case .path: ["step", "subject", "predicate", "object"]
        case .explain: ["step", "estimate", "rows"]
        }
    }

    /// Runs a statement, handing each row to `body` as soon as it is known (a query's rows are
    /// held only to sort or group them), and returns the columns, hints and elapsed time with
    /// no rows.
    ///
    /// - Throws: ``QueryError``, or whatever `body` throws.
    public func stream(_ statement: Statement, options: EvaluationOptions = .init(),
                       _ body: (ResultRow) throws -> Void) throws -> QueryResult {
        let started = ContinuousClock.now
        let executionGuard = ExecutionGuard(options: options)
        var hints: [Diagnostic] = []
        switch statement {
        case .query(let query):
            hints = try runQuery(query, options: options, executionGuard: executionGuard, body).hints
        case .why(let query, _):
            var facts: [Triple] = []
            var seen: Set<Triple> = []
            var recording = options
            recording.recordFacts = true
            hints = try runQuery(query, options: recording, executionGuard: executionGuard) { row in
                for fact in row.facts where seen.insert(fact).inserted { facts.append(fact) }
            }.hints
            var count = 0
            for row in sourceRows(of: facts) {
                count += 1
                try executionGuard.checkRows(count)
                try body(row)
            }
        case .neighbors(let term, let depth, _):
            hints = try neighbors(of: term, depth: depth, executionGuard: executionGuard, body)
        case .path(let from, let to, let maxLength, _):
            hints = try shortestPath(from: from, to: to, maxLength: maxLength, executionGuard: executionGuard, body)
        case .explain(let inner, _):
            hints = try explain(inner, options: options, executionGuard: executionGuard, body)
        }
        return QueryResult(columns: Self.columns(of: statement), rows: [], hints: hints,
                           elapsed: ContinuousClock.now - started)
    }

    /// Runs a statement and returns how many rows it gives, without decoding any value (the
    /// benchmark server's QUERY command; `.count` at the prompt).
    ///
    /// - Throws: ``QueryError``.
    public func count(_ statement: Statement, options: EvaluationOptions = .init()) throws -> Int {
        var total = 0
        guard case .query(let query) = statement else {
            _ = try stream(statement, options: options) { _ in total += 1 }
            return total
        }
        var quiet = options
        quiet.recordFacts = false
        _ = try runQuery(query, options: quiet, executionGuard: ExecutionGuard(options: quiet), decodes: false) { _ in
            total += 1
        }
        return total
    }

    /// Plans and runs a query, handing projected rows to `body`; returns the plan (for explain).
    func runQuery(_ query: Query, options: EvaluationOptions, executionGuard: ExecutionGuard,
                  countsRows: Bool = false, decodes: Bool = true,
                  _ body: (ResultRow) throws -> Void) throws -> QueryPlan {
        // Evaluating over the concrete Graph lets the compiler specialise the whole pipeline
        // inside this module (no generic dispatch per triple).
        if let graph = dataset as? Graph {
            return try QueryRunner.evaluate(query, in: graph, names: names, decoded: decoded, options: options,
                                            executionGuard: executionGuard, countsRows: countsRows, decodes: decodes, body)
        }
        return try QueryRunner.evaluate(query, in: dataset, names: names, decoded: decoded, options: options,
                                        executionGuard: executionGuard, countsRows: countsRows, decodes: decodes, body)
    }
}

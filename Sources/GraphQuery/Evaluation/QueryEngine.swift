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
public struct QueryEngine<Dataset: QueryDataset>: Sendable {
    /// The dataset and its name tables, boxed so copying an engine (into a closure, a task) is
    /// one reference count, not one per array of the graph.
    private final class Storage: Sendable {
        let dataset: Dataset
        let names = NameIndex()

        init(_ dataset: Dataset) {
            self.dataset = dataset
        }
    }

    private let storage: Storage

    /// The graph the engine queries.
    public var dataset: Dataset { storage.dataset }
    var names: NameIndex { storage.names }

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

    /// Runs a statement, handing each row to `body` as soon as it is known (rows of a query
    /// without `order by`, `distinct` or `count` are never collected), and returns the columns,
    /// hints and elapsed time with no rows.
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

    /// Thrown by a sink to stop evaluation early once `limit` rows are out.
    private struct EnoughRows: Error {}

    /// Plans and runs a query, handing projected rows to `body`; returns the plan (for explain).
    func runQuery(_ query: Query, options: EvaluationOptions, executionGuard: ExecutionGuard,
                  _ body: (ResultRow) throws -> Void) throws -> QueryPlan {
        let dataset = self.dataset
        var planner = Planner(dataset: dataset, names: names)
        let plan = try planner.plan(query)
        let needsFacts = options.recordFacts || query.pattern.usesConfidence
        let evaluator = Evaluator(dataset: dataset, executionGuard: executionGuard, recordFacts: needsFacts)
        let columns = query.columnNames
        var decoder = CellDecoder(dataset: dataset)
        var emitted = 0
        var skipped = 0
        var seen: Set<[Cell]> = []
        let offset = query.offset ?? 0
        if query.limit == 0 { return plan }

        /// Applies distinct, offset and limit to one finished row, then hands it on.
        func deliver(_ cells: [Cell], _ facts: [Triple]) throws {
            if query.distinct, !seen.insert(cells).inserted { return }
            if skipped < offset {
                skipped += 1
                return
            }
            emitted += 1
            try executionGuard.checkRows(emitted)
            var values: [QueryValue?] = []
            values.reserveCapacity(cells.count)
            for cell in cells { values.append(decoder.decode(cell)) }
            try body(ResultRow(values: values, facts: facts))
            if let limit = query.limit, emitted >= limit { throw EnoughRows() }
        }

        var row = Row(slotCount: plan.slotCount)
        do {
            if query.isAggregate {
                let allColumns = columns + query.groupBy.filter { !columns.contains($0) }
                var aggregator = Aggregator(query: query, columns: allColumns, slots: plan.slots)
                try evaluator.run(plan.root, &row) { row throws in
                    try executionGuard.tick()
                    try aggregator.add(row, executionGuard: executionGuard)
                }
                var rows = aggregator.finish()
                sortRows(&rows, query: query, columns: allColumns)
                for (cells, facts) in rows { try deliver(Array(cells.prefix(columns.count)), facts) }
            } else {
                let projected = columns.map { plan.slots[$0] ?? -1 }
                if query.orderBy.isEmpty {
                    try evaluator.run(plan.root, &row) { row throws in
                        try deliver(projected.map { Cell(raw: $0 >= 0 ? row.values[$0] : Row.unbound) }, row.facts)
                    }
                } else {
                    let orderColumns = query.orderBy.map(\.variable).filter { !columns.contains($0) }
                    let allColumns = columns + orderColumns
                    let slots = allColumns.map { plan.slots[$0] ?? -1 }
                    var rows: [(cells: [Cell], facts: [Triple])] = []
                    // With every key shown, duplicates can go before sorting (fewer rows to sort).
                    let dedupeEarly = query.distinct && orderColumns.isEmpty
                    var seenEarly: Set<[Cell]> = []
                    try evaluator.run(plan.root, &row) { row throws in
                        let cells = slots.map { Cell(raw: $0 >= 0 ? row.values[$0] : Row.unbound) }
                        if dedupeEarly, !seenEarly.insert(cells).inserted { return }
                        rows.append((cells, row.facts))
                        try executionGuard.checkRows(rows.count)
                    }
                    sortRows(&rows, query: query, columns: allColumns)
                    for (cells, facts) in rows { try deliver(Array(cells.prefix(columns.count)), facts) }
                }
            }
        } catch is EnoughRows {
            return plan
        }
        return plan
    }

    private func sortRows(_ rows: inout [(cells: [Cell], facts: [Triple])], query: Query, columns: [String]) {
        guard !query.orderBy.isEmpty else { return }
        let keys = query.orderBy.compactMap { key in columns.firstIndex(of: key.variable).map { ($0, key.descending) } }
        var order = SolutionOrder(dataset: dataset)
        order.sort(&rows, by: keys)
    }
}

extension GroupPattern {
    /// Whether any filter in the group or its optionals calls `confidence()`.
    var usesConfidence: Bool {
        elements.contains { element in
            switch element {
            case .triple: false
            case .filter(let expression): expression.usesConfidence
            case .optional(let inner): inner.usesConfidence
            }
        }
    }
}

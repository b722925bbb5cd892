import GraphStore

/// Plans and runs one query over a dataset, applying the solution modifiers; kept outside the
/// generic ``QueryEngine`` so that a call with a concrete dataset (``GraphStore/Graph``) is
/// specialised whole by the compiler.
enum QueryRunner {
    /// Thrown by a sink to stop evaluation early once `limit` rows are out.
    private struct EnoughRows: Error {}

    /// Plans `query`, runs it over `dataset` and hands each finished row to `body` (with its
    /// values decoded when `decodes`, else with none); returns the plan with its row counts.
    static func evaluate<D: QueryDataset>(
        _ query: Query, in dataset: D, names: NameIndex, decoded: DecodedTermsStore? = nil, options: EvaluationOptions,
        executionGuard: ExecutionGuard, countsRows: Bool, decodes: Bool, _ body: (ResultRow) throws -> Void
    ) throws -> QueryPlan {
        var planner = Planner(dataset: dataset, names: names)
        let plan = try planner.plan(query)
        let needsFacts = options.recordFacts || query.pattern.readsFacts
        let evaluator = Evaluator(dataset: dataset, executionGuard: executionGuard, recordFacts: needsFacts,
                                  countsRows: countsRows, numbers: decoded?.takeNumbers() ?? NumericTerms(),
                                  texts: decoded?.takeFilterTexts() ?? DecodedTerms())
        defer {
            decoded?.giveBackNumbers(evaluator.filters.numbers)
            decoded?.giveBackFilterTexts(evaluator.filters.texts)
        }
        let columns = query.columnNames
        // Plain copies: closures reading fields of the captured query would copy it per row.
        let offset = query.offset ?? 0
        let limit = query.limit ?? Int.max
        let distinct = query.distinct
        if limit == 0 { return plan }
        // All per-row state in one value, so a row costs one access to it (a mutating call)
        // rather than a dynamically checked access to each captured variable.
        var delivery = Delivery(dataset: dataset, terms: decodes ? decoded?.take() ?? DecodedTerms() : DecodedTerms(),
                                decodes: decodes, distinct: distinct, offset: offset, limit: limit,
                                executionGuard: executionGuard)
        defer { if decodes { decoded?.giveBack(delivery.decoder.terms) } }

        /// Applies distinct, offset and limit to one finished row, then hands it on.
        func deliver(_ cells: [Cell], _ facts: [Triple]) throws {
            try delivery.deliver(cells, facts, body)
        }

        var row = Row(slotCount: plan.slotCount)
        do {
            if query.isAggregate {
                let allColumns = columns + query.groupBy.filter { !columns.contains($0) }
                var rows: [(cells: [Cell], facts: [Triple])]
                if !needsFacts, !countsRows,
                   let counted = try countsByPredicate(query, plan: plan, columns: allColumns, dataset: dataset,
                                                       executionGuard: executionGuard) {
                    rows = counted
                } else {
                    var aggregator = Aggregator(query: query, columns: allColumns, slots: plan.slots)
                    try evaluator.run(plan.root, &row) { row throws in
                        try aggregator.add(row, executionGuard: executionGuard)
                    }
                    rows = aggregator.finish()
                }
                sortRows(&rows, query: query, columns: allColumns, dataset: dataset, ranks: decoded?.ranks)
                for (cells, facts) in rows { try deliver(Array(cells.prefix(columns.count)), facts) }
            } else {
                let projected = columns.map { plan.slots[$0] ?? -1 }
                if query.orderBy.isEmpty, !decodes, !distinct {
                    try evaluator.run(plan.root, &row) { _ throws in try deliver([], []) }
                } else if query.orderBy.isEmpty {
                    try evaluator.run(plan.root, &row) { row throws in
                        try delivery.deliverProjected(row, projected, body)
                    }
                } else {
                    let orderColumns = query.orderBy.map(\.variable).filter { !columns.contains($0) }
                    let allColumns = columns + orderColumns
                    let slots = allColumns.map { plan.slots[$0] ?? -1 }
                    var rows: [(cells: [Cell], facts: [Triple])] = []
                    // With every key shown, duplicates can go before sorting (fewer rows to sort).
                    let dedupeEarly = distinct && orderColumns.isEmpty
                    var seenEarly: Set<[Cell]> = []
                    // With a limit and no late duplicate removal, only the first offset+limit rows
                    // in order can be shown: keep the buffer near that size (top-k).
                    let keep = limit < Int.max && (!distinct || dedupeEarly) ? offset + limit : nil
                    let trimAt = keep.map { max(2 * $0, 1024) } ?? Int.max
                    try evaluator.run(plan.root, &row) { row throws in
                        let cells = slots.map { Cell(raw: $0 >= 0 ? row.values[$0] : Row.unbound) }
                        if dedupeEarly, !seenEarly.insert(cells).inserted { return }
                        rows.append((cells, row.facts))
                        if let keep, rows.count >= trimAt {
                            sortRows(&rows, query: query, columns: allColumns, dataset: dataset, ranks: decoded?.ranks)
                            rows.removeSubrange(min(keep, rows.count)...)
                        }
                        try executionGuard.checkRows(rows.count)
                    }
                    sortRows(&rows, query: query, columns: allColumns, dataset: dataset, ranks: decoded?.ranks)
                    for (cells, facts) in rows { try deliver(Array(cells.prefix(columns.count)), facts) }
                }
            }
        } catch is EnoughRows {
            return plan
        }
        return plan
    }

    /// What delivering rows needs from one statement to the next row: the decoder, one reused
    /// output row and cell buffer (while `body` keeps no copy their storage stays uniquely
    /// referenced and is overwritten in place; a kept copy makes the next row copy-on-write),
    /// and the distinct/offset/limit counters.
    private struct Delivery<D: QueryDataset> {
        var decoder: CellDecoder<D>
        var output = ResultRow(values: [])
        var cells: [Cell] = []
        var emitted = 0
        var skipped = 0
        var seen: Set<[Cell]> = []
        let decodes: Bool
        let distinct: Bool
        let offset: Int
        let limit: Int
        let executionGuard: ExecutionGuard

        init(dataset: D, terms: DecodedTerms, decodes: Bool, distinct: Bool, offset: Int, limit: Int,
             executionGuard: ExecutionGuard) {
            decoder = CellDecoder(dataset: dataset, terms: terms)
            self.decodes = decodes
            self.distinct = distinct
            self.offset = offset
            self.limit = limit
            self.executionGuard = executionGuard
        }

        /// Projects `row` onto `slots` (-1: a column with no slot) and delivers it.
        mutating func deliverProjected(_ row: Row, _ slots: [Int], _ body: (ResultRow) throws -> Void) throws {
            var buffer = [Cell]()
            swap(&buffer, &cells)
            defer { swap(&buffer, &cells) }
            // Overwritten in place (removeAll + append costs more per row than the row itself).
            if buffer.count != slots.count { buffer = Array(repeating: .unbound, count: slots.count) }
            for (position, slot) in slots.enumerated() {
                buffer[position] = Cell(raw: slot >= 0 && slot < row.values.count ? row.values[slot] : Row.unbound)
            }
            try deliver(buffer, row.facts, body)
        }

        /// Applies distinct, offset and limit to one finished row, then hands it on.
        mutating func deliver(_ cells: [Cell], _ facts: [Triple], _ body: (ResultRow) throws -> Void) throws {
            if distinct, !seen.insert(cells).inserted { return }
            if skipped < offset {
                skipped += 1
                return
            }
            emitted += 1
            try executionGuard.checkRows(emitted)
            if decodes {
                if output.values.count != cells.count { output.values = Array(repeating: nil, count: cells.count) }
                for (position, cell) in cells.enumerated() { output.values[position] = decoder.decode(cell) }
                output.facts = facts
                try body(output)
            } else {
                try body(ResultRow(values: []))
            }
            if emitted >= limit { throw EnoughRows() }
        }
    }

    /// What a column of ``countsByPredicate(_:plan:columns:dataset:executionGuard:)`` shows.
    private enum CountColumn { case predicate, count, unbound }

    /// `count(*) … group by ?p` over the single pattern `?s ?p ?o` (three distinct variables, no
    /// filter): each predicate's group is its triple count, read from the index
    /// (``QueryDataset/count(_:_:_:)``) instead of scanning every triple. Groups come in
    /// predicate id order (SPARQL leaves group order open; `order by` sorts them as usual).
    /// Nil when the query is not of that shape (then the general aggregation runs).
    /// - Complexity: O(predicates × the cost of one count), against O(triples) for the scan.
    static func countsByPredicate(_ query: Query, plan: QueryPlan, columns: [String], dataset: some QueryDataset,
                                  executionGuard: ExecutionGuard) throws -> [(cells: [Cell], facts: [Triple])]? {
        guard plan.root.steps.count == 1, let step = plan.root.steps.first,
              case .match(.variable(let s), .variable(let p), .variable(let o)) = step.operation,
              Set([s, p, o]).count == 3, query.groupBy.count == 1,
              let grouped = query.groupBy.first, plan.slots[grouped] == p else { return nil }
        var layout: [CountColumn] = []
        let items = query.projection ?? []
        for name in columns {
            if let item = items.first(where: { $0.columnName == name }), case .count(let variable, let distinct, _, _) = item {
                // count(*) and count(?v) of a pattern variable (always bound) count the triples.
                guard !distinct, variable.map({ [s, p, o].contains(plan.slots[$0] ?? -1) }) ?? true else { return nil }
                layout.append(.count)
            } else {
                layout.append(name == grouped ? .predicate : .unbound)
            }
        }
        var rows: [(cells: [Cell], facts: [Triple])] = []
        for predicate in dataset.ids(of: .predicate) {
            try executionGuard.tick()
            let count = dataset.count(nil, predicate, nil)
            guard count > 0 else { continue }
            try executionGuard.checkRows(rows.count + 1)
            let cells = layout.map { column -> Cell in
                switch column {
                case .predicate: .term(predicate.rawValue)
                case .count: .count(count)
                case .unbound: .unbound
                }
            }
            rows.append((cells, []))
        }
        return rows
    }

    private static func sortRows(_ rows: inout [(cells: [Cell], facts: [Triple])], query: Query, columns: [String],
                                 dataset: some QueryDataset, ranks: NameRankCache?) {
        guard !query.orderBy.isEmpty else { return }
        let keys = query.orderBy.compactMap { key in columns.firstIndex(of: key.variable).map { ($0, key.descending) } }
        var order = SolutionOrder(dataset: dataset, ranks: ranks)
        order.sort(&rows, by: keys)
    }
}

import GraphStore

extension QueryEngine {
    /// The columns of `why` rows and of ``sources(of:)``.
    public static var whyColumns: [String] {
        ["subject", "predicate", "object", "document", "title", "date", "sentence", "rule", "confidence"]
    }

    /// The sources of `facts` (for the prompt's `.why` on the last result's rows): one row per
    /// source, with the fact, its document's id, title and date, the sentence, the extractor rule
    /// and the confidence; a fact with no recorded source gives one row with those empty.
    public func sources(of facts: [Triple]) -> QueryResult {
        QueryResult(columns: Self.whyColumns, rows: sourceRows(of: facts))
    }

    func sourceRows(of facts: [Triple]) -> [ResultRow] {
        var rows: [ResultRow] = []
        for fact in facts {
            let triple: [QueryValue?] = [fact.subject, fact.predicate, fact.object].map { QueryValue.of($0, in: dataset) }
            let sources = dataset.provenance(of: fact)
            if sources.isEmpty {
                rows.append(ResultRow(values: triple + Array(repeating: nil, count: 6), facts: [fact]))
            }
            for source in sources {
                let confidence = (source.confidence * 100).rounded() / 100
                let details: [QueryValue?] = [
                    source.documentID.map(QueryValue.text), source.documentTitle.map(QueryValue.text),
                    source.documentDate.map(QueryValue.text), source.sentence.map(QueryValue.text),
                    .text(source.rule), .text(String(confidence)),
                ]
                rows.append(ResultRow(values: triple + details, facts: [fact]))
            }
        }
        return rows
    }

    /// Resolves a helper's name to entities, adding a hint when it matches none.
    private func resolveEntities(_ term: PatternTerm, hints: inout [Diagnostic]) -> [TermID] {
        guard case .name(let text, _) = term.kind else { return [] }
        let ids = names.entities(named: text, in: dataset)
        if ids.isEmpty {
            var message = "no entity named '\(text)'"
            let suggestions = names.suggestEntities(for: text, in: dataset)
            if !suggestions.isEmpty {
                message += "; did you mean " + suggestions.map { "'\($0)'" }.joined(separator: ", ") + "?"
            }
            hints.append(Diagnostic(.unknownName, message, at: term.range, expected: suggestions, severity: .warning))
        }
        return ids
    }

    /// Whether a node is an entity (helpers walk through entities, not through literals such as a
    /// year that would join unrelated facts).
    private func isEntity(_ id: TermID) -> Bool {
        if case .entity? = dataset.term(id) { return true }
        return false
    }

    /// The facts touching `node`, outgoing then incoming.
    private func facts(touching node: TermID, executionGuard: ExecutionGuard) throws -> [Triple] {
        var result: [Triple] = []
        for triple in dataset.match(node, nil, nil) {
            try executionGuard.tick()
            result.append(triple)
        }
        for triple in dataset.match(nil, nil, node) where triple.subject != node {
            try executionGuard.tick()
            result.append(triple)
        }
        return result
    }

    private func factRow(_ first: QueryValue, _ triple: Triple) -> ResultRow {
        ResultRow(values: [first] + [triple.subject, triple.predicate, triple.object].map { QueryValue.of($0, in: dataset) },
                  facts: [triple])
    }

    /// `neighbors`: breadth-first over facts in both directions, each fact once, with the hop at
    /// which it was reached.
    func neighbors(of term: PatternTerm, depth: Int, executionGuard: ExecutionGuard,
                   _ body: (ResultRow) throws -> Void) throws -> [Diagnostic] {
        var hints: [Diagnostic] = []
        var frontier = resolveEntities(term, hints: &hints)
        var visited = Set(frontier)
        var emitted: Set<Triple> = []
        for hop in 0..<depth {
            var next: [TermID] = []
            for node in frontier {
                for triple in try facts(touching: node, executionGuard: executionGuard)
                where emitted.insert(triple).inserted {
                    try executionGuard.checkRows(emitted.count)
                    try body(factRow(.number(hop + 1), triple))
                    for other in [triple.subject, triple.object] where isEntity(other) && visited.insert(other).inserted {
                        next.append(other)
                    }
                }
            }
            frontier = next
        }
        return hints
    }

    /// `path`: breadth-first from every entity the first name matches until one the second
    /// matches is reached, walking facts in either direction; emits the chain, one fact per row.
    func shortestPath(from: PatternTerm, to: PatternTerm, maxLength: Int, executionGuard: ExecutionGuard,
                      _ body: (ResultRow) throws -> Void) throws -> [Diagnostic] {
        var hints: [Diagnostic] = []
        let starts = resolveEntities(from, hints: &hints)
        let goals = Set(resolveEntities(to, hints: &hints))
        guard !starts.isEmpty, !goals.isEmpty else { return hints }
        var parent: [TermID: (previous: TermID, fact: Triple)] = [:]
        var visited = Set(starts)
        var frontier = starts
        var reached = starts.first(where: goals.contains)
        var length = 0
        while reached == nil, length < maxLength, !frontier.isEmpty {
            length += 1
            var next: [TermID] = []
            search: for node in frontier {
                for triple in try facts(touching: node, executionGuard: executionGuard) {
                    let other = triple.subject == node ? triple.object : triple.subject
                    guard isEntity(other), visited.insert(other).inserted else { continue }
                    parent[other] = (node, triple)
                    next.append(other)
                    if goals.contains(other) {
                        reached = other
                        break search
                    }
                }
            }
            frontier = next
        }
        guard let end = reached else {
            hints.append(Diagnostic(.noPath, "no chain of at most \(maxLength) facts joins them",
                                    at: from.range.union(to.range), severity: .warning))
            return hints
        }
        var chain: [Triple] = []
        var node = end
        while let link = parent[node] {
            chain.append(link.fact)
            node = link.previous
        }
        for (index, triple) in chain.reversed().enumerated() {
            try body(factRow(.number(index + 1), triple))
        }
        return hints
    }

    /// `explain`: runs the statement, then returns one row per plan step with the planner's
    /// estimate and the rows the step actually produced.
    func explain(_ statement: Statement, options: EvaluationOptions, executionGuard: ExecutionGuard,
                 _ body: (ResultRow) throws -> Void) throws -> [Diagnostic] {
        switch statement {
        case .query(let query), .why(let query, _):
            var produced = 0
            let plan = try runQuery(query, options: options, executionGuard: executionGuard, countsRows: true) { _ in
                produced += 1
            }
            for row in plan.explainRows() { try body(row) }
            try body(ResultRow(values: [.text("result"), nil, .number(produced)]))
            return plan.hints
        case .neighbors, .path:
            var produced = 0
            let result = try stream(statement, options: options) { _ in produced += 1 }
            let label = if case .path = statement { "breadth-first search, both directions" }
                else { "breadth-first expansion, both directions" }
            try body(ResultRow(values: [.text(label), nil, .number(produced)]))
            return result.hints
        case .explain(let inner, _):
            return try explain(inner, options: options, executionGuard: executionGuard, body)
        }
    }
}

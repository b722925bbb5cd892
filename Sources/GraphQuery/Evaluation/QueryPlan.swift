import GraphStore

/// A planned query: its group plan and how variables map to row slots.
struct QueryPlan {
    var root: GroupPlan
    /// Slot of each named variable.
    var slots: [String: Int]
    /// Number of slots (named variables and `_`s).
    var slotCount: Int
    /// Names and predicates that matched nothing, with suggestions.
    var hints: [Diagnostic]

    /// `explain` lines: each step indented by nesting, with estimate and rows produced.
    func explainRows() -> [ResultRow] {
        var rows: [ResultRow] = []
        func visit(_ group: GroupPlan, depth: Int) {
            for step in group.steps {
                let indent = String(repeating: "  ", count: depth)
                rows.append(ResultRow(values: [.text(indent + step.label), .number(step.estimate),
                                               .number(step.rows)]))
                if case .optional(let inner) = step.operation { visit(inner, depth: depth + 1) }
            }
        }
        visit(root, depth: 0)
        return rows
    }
}

import GraphStore

/// A pattern position after planning: fixed terms, or a variable's slot in the row.
enum PlanSlot {
    /// The terms a name resolved to (empty: the name matched nothing, so nothing matches).
    case constant([TermID])
    /// A variable (named or `_`), by its index in the row.
    case variable(Int)
}

/// A predicate path with its names resolved to predicate ids.
indirect enum ResolvedPath {
    case link([TermID])
    case wildcard
    case inverse(ResolvedPath)
    case sequence([ResolvedPath])
    case alternative([ResolvedPath])
    case oneOrMore(ResolvedPath)
    case zeroOrMore(ResolvedPath)
    case zeroOrOne(ResolvedPath)
}

/// One operator of a plan, with the planner's estimate and the rows it produced when run.
final class PlanStep {
    enum Operation {
        /// A triple pattern answered by one index range per combination of fixed terms.
        case match(subject: PlanSlot, predicate: PlanSlot, object: PlanSlot)
        /// A pattern with a predicate path.
        case path(subject: PlanSlot, path: ResolvedPath, object: PlanSlot)
        /// A filter on the rows so far.
        case filter(CompiledExpression)
        /// A left join with an inner group.
        case optional(GroupPlan)
    }

    let operation: Operation
    /// What `explain` shows for the step.
    let label: String
    /// The planner's estimate of the rows the step yields per input row.
    let estimate: Int
    /// The rows the step produced, counted while running.
    var rows = 0

    init(_ operation: Operation, label: String, estimate: Int) {
        self.operation = operation
        self.label = label
        self.estimate = estimate
    }
}

/// The steps of one group, in execution order (each step runs once per row of the one before).
struct GroupPlan {
    var steps: [PlanStep]
}

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

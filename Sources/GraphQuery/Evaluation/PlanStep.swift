import GraphStore

/// A pattern position after planning: fixed terms, or a variable's slot in the row.
enum PlanSlot {
    /// The terms a name resolved to (empty: the name matched nothing, so nothing matches).
    case constant([TermID])
    /// A variable (named or `_`), by its index in the row.
    case variable(Int)
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

    /// What a step was planned from: its `explain` label is made from it only when asked.
    enum Source {
        /// A triple pattern (`match …`).
        case triple(TriplePattern)
        /// A filter (`filter …`).
        case filter(FilterExpression)
        /// An `optional { … }` block.
        case optional
    }

    let operation: Operation
    let source: Source
    /// The planner's estimate of the rows the step yields per input row.
    let estimate: Int
    /// The rows the step produced, counted while running.
    var rows = 0

    init(_ operation: Operation, source: Source, estimate: Int) {
        self.operation = operation
        self.source = source
        self.estimate = estimate
    }

    /// What `explain` shows for the step.
    var label: String {
        switch source {
        case .triple(let triple): "match \(triple)"
        case .filter(let expression): "filter \(expression)"
        case .optional: "optional"
        }
    }
}

/// The steps of one group, in execution order (each step runs once per row of the one before).
struct GroupPlan {
    var steps: [PlanStep]
}

import GraphStore

/// A filter expression with its variables mapped to row slots, names resolved to terms and
/// regular expressions compiled.
indirect enum CompiledExpression {
    /// A variable's slot and name.
    case variable(Int)
    /// A name: its text and the entities it resolves to.
    case name(String, [TermID])
    /// A number.
    case number(Double)
    case not(CompiledExpression)
    case and(CompiledExpression, CompiledExpression)
    case or(CompiledExpression, CompiledExpression)
    case compare(FilterExpression.Comparison, CompiledExpression, CompiledExpression)
    case call(FilterExpression.Function, [CompiledExpression])
    /// `regex(text, pattern, flags)` with the pattern compiled once.
    case regex(CompiledExpression, Regex<AnyRegexOutput>)
    /// A search for fixed text (a regex without metacharacters): the needle's UTF-8, lowercased
    /// when the search ignores case.
    case substring(CompiledExpression, [UInt8], ignoringCase: Bool)
    /// `?v op number` (or `number op ?v`, `constantFirst`): the common numeric filter, tested
    /// with one lookup in the evaluator's dense numeric cache instead of the general comparison.
    /// Same result as the `.compare` it replaces: false when `?v` is unbound or not numeric.
    case numericTest(slot: Int, FilterExpression.Comparison, Double, constantFirst: Bool)
    /// A ``substring`` search in a variable's value (`regex(?x, "ivan", "i")`): searched in the
    /// stored bytes of an entity's name or a predicate's phrase when they are ASCII, with no
    /// `String` made. Same result as the `.substring` it replaces.
    case nameSearch(slot: Int, [UInt8], ignoringCase: Bool)
    /// `?v = name` or `?v != name` (either side first; `equal` tells which): an entity in `?v` is
    /// compared by id with the entities the name resolves to, with no term decoded; other values
    /// take the general comparison. Same result as the `.compare` it replaces.
    case nameTest(slot: Int, equal: Bool, String, [TermID])

    /// The expression with `variable op number` comparisons turned into ``numericTest``,
    /// `variable = name` and `variable != name` into ``nameTest`` and searches in a variable into
    /// ``nameSearch``.
    var simplified: CompiledExpression {
        switch self {
        case .substring(.variable(let slot), let needle, let ignoringCase):
            .nameSearch(slot: slot, needle, ignoringCase: ignoringCase)
        case .compare(let op, .variable(let slot), .number(let constant)):
            .numericTest(slot: slot, op, constant, constantFirst: false)
        case .compare(let op, .number(let constant), .variable(let slot)):
            .numericTest(slot: slot, op, constant, constantFirst: true)
        case .compare(let op, .variable(let slot), .name(let text, let ids)) where op == .equal || op == .notEqual,
             .compare(let op, .name(let text, let ids), .variable(let slot)) where op == .equal || op == .notEqual:
            .nameTest(slot: slot, equal: op == .equal, text, ids)
        case .not(let inner): .not(inner.simplified)
        case .and(let left, let right): .and(left.simplified, right.simplified)
        case .or(let left, let right): .or(left.simplified, right.simplified)
        default: self
        }
    }

    /// The slots the expression reads.
    var slots: Set<Int> {
        switch self {
        case .variable(let slot), .numericTest(let slot, _, _, _), .nameSearch(let slot, _, _), .nameTest(let slot, _, _, _):
            [slot]
        case .name, .number: []
        case .not(let inner): inner.slots
        case .and(let left, let right), .or(let left, let right), .compare(_, let left, let right):
            left.slots.union(right.slots)
        case .call(_, let arguments): arguments.reduce(into: Set<Int>()) { $0.formUnion($1.slots) }
        case .regex(let inner, _), .substring(let inner, _, _): inner.slots
        }
    }
}

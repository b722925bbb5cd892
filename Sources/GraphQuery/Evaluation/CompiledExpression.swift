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

    /// The slots the expression reads.
    var slots: Set<Int> {
        switch self {
        case .variable(let slot): [slot]
        case .name, .number: []
        case .not(let inner): inner.slots
        case .and(let left, let right), .or(let left, let right), .compare(_, let left, let right):
            left.slots.union(right.slots)
        case .call(_, let arguments): arguments.reduce(into: Set<Int>()) { $0.formUnion($1.slots) }
        case .regex(let inner, _), .substring(let inner, _, _): inner.slots
        }
    }
}

import GraphStore

/// A solution being built: one raw term id per slot (``unbound`` where none) and the facts matched.
struct Row {
    /// The raw value of a slot with no value.
    static let unbound = UInt32.max

    var values: [UInt32]
    var facts: [Triple]
    /// Work done so far, for ``ExecutionGuard/tick(_:)``.
    var ticks = 0

    init(slotCount: Int) {
        values = Array(repeating: Row.unbound, count: slotCount)
        facts = []
    }

    /// The term in `slot`, if bound.
    func value(_ slot: Int) -> TermID? {
        guard slot >= 0, slot < values.count, values[slot] != Row.unbound else { return nil }
        return TermID(rawValue: values[slot])
    }
}

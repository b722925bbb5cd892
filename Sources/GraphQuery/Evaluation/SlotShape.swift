import GraphStore

/// A pattern position as the single-range match reads it on every row, with no array payload
/// to retain: a variable's slot, the one term of a constant, or a constant of zero or several
/// terms (answered by one index range per term instead).
enum SlotShape {
    /// A variable, by its index in the row.
    case variable(Int)
    /// A constant that resolved to exactly one term.
    case one(TermID)
    /// A constant that resolved to no term or to several.
    case several

    init(_ slot: PlanSlot) {
        switch slot {
        case .variable(let index): self = .variable(index)
        case .constant(let ids): self = ids.count == 1 ? .one(ids[0]) : .several
        }
    }

    /// The one term the position may take on `row` (`.some(nil)`: any), or nil when it names no
    /// term or several.
    @inline(__always)
    func single(_ row: Row) -> TermID?? {
        switch self {
        case .variable(let index): .some(row.value(index))
        case .one(let id): .some(id)
        case .several: nil
        }
    }
}

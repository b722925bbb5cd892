import GraphStore

/// A pattern position as the single-range match reads it on every row, with no array payload
/// to retain: a variable's slot, the one term of a constant, or a constant of zero or several
/// terms (answered by one index range per term instead).
enum SlotShape {
    case variable(Int)
    case one(TermID)
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

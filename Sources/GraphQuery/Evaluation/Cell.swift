/// A cell of a solution before it is decoded for display: unbound, a term, or a count.
enum Cell: Hashable {
    case unbound
    case term(UInt32)
    case count(Int)

    init(raw: UInt32) {
        self = raw == Row.unbound ? .unbound : .term(raw)
    }
}

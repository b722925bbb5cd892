import GraphStore

/// Turns cells into display values, remembering the values of recently seen terms (answers repeat
/// the same entities and predicates).
struct CellDecoder<Dataset: QueryDataset> {
    /// Past this many remembered terms the memory is cleared.
    static var capacity: Int { 65_536 }

    let dataset: Dataset
    private var cache: [UInt32: QueryValue] = [:]

    init(dataset: Dataset) {
        self.dataset = dataset
    }

    /// The display value of a cell; nil when unbound.
    mutating func decode(_ cell: Cell) -> QueryValue? {
        switch cell {
        case .unbound:
            return nil
        case .count(let value):
            return .number(value)
        case .term(let raw):
            if let known = cache[raw] { return known }
            if cache.count >= Self.capacity { cache.removeAll(keepingCapacity: true) }
            let value = QueryValue.of(TermID(rawValue: raw), in: dataset)
            cache[raw] = value
            return value
        }
    }
}

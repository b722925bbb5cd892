import GraphStore
import Synchronization

/// The display values of a snapshot's terms, each decoded once and kept across statements (a
/// snapshot's terms never change): a dense table from term id to a position in `values`, so a
/// repeated term costs one array read and a retain instead of a hash lookup and a new `String`.
struct DecodedTerms: Sendable {
    /// Past this many remembered values the memory is cleared (bounds memory on huge answers).
    static var capacity: Int { 1 << 20 }

    /// Position + 1 in `values` of each term id's value; 0 when not decoded yet.
    private var positions: [UInt32] = []
    private var values: [QueryValue] = []

    /// The number of values remembered.
    var count: Int { values.count }

    /// The display value of term `raw` of `dataset`, decoding it on first use.
    /// - Complexity: O(1) amortised for a term seen before; O(length of its text) the first time.
    mutating func value(of raw: UInt32, in dataset: some QueryDataset) -> QueryValue {
        let index = Int(raw)
        if index < positions.count {
            let position = Int(positions[index])
            if position > 0, position <= values.count { return values[position - 1] }
        } else {
            // Grow geometrically, at least to the id (ids are dense, below the term count).
            var grown = [UInt32](repeating: 0, count: max(index + 1, 2 * positions.count, 1024))
            grown.replaceSubrange(0 ..< positions.count, with: positions)
            positions = grown
        }
        if values.count >= Self.capacity {
            values.removeAll(keepingCapacity: true)
            for position in positions.indices { positions[position] = 0 }
        }
        let value = QueryValue.of(TermID(rawValue: raw), in: dataset)
        values.append(value)
        positions[index] = UInt32(values.count)
        return value
    }
}

/// Turns cells into display values through a ``DecodedTerms`` table that the engine lends to
/// one statement at a time.
struct CellDecoder<Dataset: QueryDataset> {
    let dataset: Dataset
    /// The engine's table while this statement holds it.
    var terms: DecodedTerms

    init(dataset: Dataset, terms: DecodedTerms = DecodedTerms()) {
        self.dataset = dataset
        self.terms = terms
    }

    /// The display value of a cell; nil when unbound.
    @inline(__always)
    mutating func decode(_ cell: Cell) -> QueryValue? {
        switch cell {
        case .unbound:
            return nil
        case .count(let value):
            return .number(value)
        case .term(let raw):
            return terms.value(of: raw, in: dataset)
        }
    }
}

/// A per-snapshot table that statements borrow: empty when made, with a size to compare.
protocol LentTable: Sendable {
    init()
    /// How much the table holds (the larger of two returned tables is kept).
    var count: Int { get }
}

extension DecodedTerms: LentTable {}
extension NumericTerms: LentTable {}

/// One table lent to one statement at a time: a statement takes it (leaving an empty one) and
/// gives it back when done, so concurrent statements never share mutable state and the lock is
/// taken twice per statement, never per row.
final class LentSlot<Table: LentTable>: Sendable {
    private let table = Mutex(Table())

    init() {}

    /// Takes the table out (a statement running at the same time gets an empty one).
    func take() -> Table {
        table.withLock { table in
            var taken = Table()
            swap(&taken, &table)
            return taken
        }
    }

    /// Puts a table back, keeping the larger one when another statement returned one meanwhile.
    func giveBack(_ returned: Table) {
        table.withLock { table in
            if returned.count >= table.count { table = returned }
        }
    }
}

/// The engine's per-snapshot tables: decoded values for delivered rows, numeric values and
/// display values for filters (lent to one statement at a time), and the name ranks for sorts.
final class DecodedTermsStore: Sendable {
    private let values = LentSlot<DecodedTerms>()
    private let numbers = LentSlot<NumericTerms>()
    private let filterTexts = LentSlot<DecodedTerms>()
    /// Name ranks for `order by`, made on first use and shared by all statements.
    let ranks = NameRankCache()

    init() {}

    /// Takes the decoded-value table out (for delivering one statement's rows).
    func take() -> DecodedTerms { values.take() }

    /// Puts the decoded-value table back.
    func giveBack(_ terms: DecodedTerms) { values.giveBack(terms) }

    /// Takes the filters' text table out (for one statement's filters).
    func takeFilterTexts() -> DecodedTerms { filterTexts.take() }

    /// Puts the filters' text table back.
    func giveBackFilterTexts(_ texts: DecodedTerms) { filterTexts.giveBack(texts) }

    /// Takes the numeric table out (for one statement's filters).
    func takeNumbers() -> NumericTerms { numbers.take() }

    /// Puts the numeric table back.
    func giveBackNumbers(_ table: NumericTerms) { numbers.giveBack(table) }
}

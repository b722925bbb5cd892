import GraphStore

/// Orders cells as SPARQL's ORDER BY does, adapted to kg's terms: unbound first; then numbers
/// (counts and numeric literals) by value; then entities by name; predicates by text; other
/// literals by lexical form; ties by term id so the order is total and repeatable.
///
/// Two entities or predicates compare by their ranks in the dataset's name order when it has
/// them (one integer comparison; the same order as comparing their names).
struct SolutionOrder<Dataset: QueryDataset> {
    /// A sort key: a rank, then a number or UTF-8 text (byte order is code-point order, as
    /// SPARQL orders IRIs and strings).
    private struct Key: Equatable {
        var rank: Int
        var number: Double = 0
        var text: [UInt8] = []

        static var unbound: Key { Key(rank: 0) }
        static func number(_ value: Double) -> Key { Key(rank: 1, number: value) }
        static func entity(_ name: String) -> Key { Key(rank: 2, text: Array(name.utf8)) }
        static func predicate(_ text: String) -> Key { Key(rank: 3, text: Array(text.utf8)) }
        static func text(_ text: String) -> Key { Key(rank: 4, text: Array(text.utf8)) }

        static func < (a: Key, b: Key) -> Bool {
            if a.rank != b.rank { return a.rank < b.rank }
            if a.number != b.number { return a.number < b.number }
            return a.text.lexicographicallyPrecedes(b.text)
        }
    }

    let dataset: Dataset
    /// Where the name ranks come from (``QueryDataset/nameRanks()``); nil to compare names.
    private let rankSource: NameRankCache?
    /// The ranks, fetched on the first comparison of two terms.
    private var ranks: [UInt32]?
    private var cache: [UInt32: Key] = [:]

    init(dataset: Dataset, ranks: NameRankCache? = nil) {
        self.dataset = dataset
        rankSource = ranks
    }

    private mutating func key(_ cell: Cell) -> Key {
        switch cell {
        case .unbound: return .unbound
        case .count(let value): return .number(Double(value))
        case .term(let raw):
            if let cached = cache[raw] { return cached }
            let computed: Key
            switch dataset.term(TermID(rawValue: raw)) {
            case .entity(let name, _)?: computed = .entity(name)
            case .predicate(let text)?: computed = .predicate(text)
            case .literal(let literal)?:
                computed = FilterEvaluator<Dataset>.numeric(literal).map(Key.number) ?? .text(literal.lexicalForm)
            case nil: computed = .unbound
            }
            cache[raw] = computed
            return computed
        }
    }

    /// Negative, zero or positive as `a` sorts before, with, or after `b`.
    mutating func compare(_ a: Cell, _ b: Cell) -> Int {
        if case .term(let i) = a, case .term(let j) = b, let source = rankSource {
            let table = ranks ?? source.ranks(of: dataset)
            ranks = table
            if Int(i) < table.count, Int(j) < table.count {
                let x = table[Int(i)], y = table[Int(j)]
                // Ranks order as the names do (equal only for equal names); ties by id as below.
                if x != .max, y != .max { return x != y ? (x < y ? -1 : 1) : (i < j ? -1 : (i == j ? 0 : 1)) }
            }
        }
        let x = key(a), y = key(b)
        if x != y { return x < y ? -1 : 1 }
        switch (a, b) {
        case (.term(let i), .term(let j)): return i < j ? -1 : (i == j ? 0 : 1)
        default: return 0
        }
    }

    /// Sorts rows of cells by `keys` (column index, descending).
    mutating func sort(_ rows: inout [(cells: [Cell], facts: [Triple])], by keys: [(Int, Bool)]) {
        var copy = self
        rows.sort { left, right in
            for (column, descending) in keys {
                let result = copy.compare(left.cells[column], right.cells[column])
                if result != 0 { return descending ? result > 0 : result < 0 }
            }
            return false
        }
        self = copy
    }
}

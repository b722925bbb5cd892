import GraphStore

/// Groups solutions by the `group by` variables and counts them for `count(*)`, `count(?x)` and
/// `count(distinct ?x)`, as SPARQL's GROUP BY and COUNT do: with no `group by`, all solutions form
/// one group, which exists (with count 0) even when there are none.
struct Aggregator {
    private struct Group {
        var counts: [Int]
        var distinct: [Set<UInt32>]
        var facts: [Triple] = []
    }

    private enum Column {
        case group(Int)
        case count(slot: Int?, distinct: Bool, index: Int)
    }

    /// The most facts one group remembers.
    static let maximumFactsPerGroup = 256

    private let groupSlots: [Int]
    private let columns: [Column]
    private let countCount: Int
    private var order: [[UInt32]] = []
    private var groups: [[UInt32]: Group] = [:]

    /// - Parameters:
    ///   - columns: the output columns: the projection's, then any grouped variables not shown.
    init(query: Query, columns names: [String], slots: [String: Int]) {
        groupSlots = query.groupBy.map { slots[$0] ?? -1 }
        var columns: [Column] = []
        var countIndex = 0
        let items = query.projection ?? []
        for name in names {
            if let item = items.first(where: { $0.columnName == name }),
               case .count(let variable, let distinct, _, _) = item {
                columns.append(.count(slot: variable.map { slots[$0] ?? -1 }, distinct: distinct, index: countIndex))
                countIndex += 1
            } else {
                columns.append(.group(query.groupBy.firstIndex(of: name) ?? -1))
            }
        }
        self.columns = columns
        countCount = countIndex
        if groupSlots.isEmpty {
            order = [[]]
            groups[[]] = Group(counts: Array(repeating: 0, count: countIndex),
                               distinct: Array(repeating: [], count: countIndex))
        }
    }

    /// Adds one solution to its group.
    mutating func add(_ row: Row, executionGuard: ExecutionGuard) throws {
        let key = groupSlots.map { $0 >= 0 && $0 < row.values.count ? row.values[$0] : Row.unbound }
        if groups[key] == nil {
            order.append(key)
            try executionGuard.checkRows(order.count)
            groups[key] = Group(counts: Array(repeating: 0, count: countCount),
                                distinct: Array(repeating: [], count: countCount))
        }
        guard var group = groups.removeValue(forKey: key) else { return }
        for case .count(let slot, let distinct, let index) in columns {
            guard let slot else {
                group.counts[index] += 1
                continue
            }
            let value = slot >= 0 && slot < row.values.count ? row.values[slot] : Row.unbound
            guard value != Row.unbound else { continue }
            if distinct { group.distinct[index].insert(value) } else { group.counts[index] += 1 }
        }
        for fact in row.facts where group.facts.count < Aggregator.maximumFactsPerGroup {
            group.facts.append(fact)
        }
        groups[key] = group
    }

    /// One row of cells per group, in order of first appearance.
    func finish() -> [(cells: [Cell], facts: [Triple])] {
        order.compactMap { key in
            guard let group = groups[key] else { return nil }
            let cells = columns.map { column -> Cell in
                switch column {
                case .group(let index):
                    return index >= 0 && index < key.count ? Cell(raw: key[index]) : .unbound
                case .count(_, let distinct, let index):
                    return .count(distinct ? group.distinct[index].count : group.counts[index])
                }
            }
            return (cells, group.facts)
        }
    }
}

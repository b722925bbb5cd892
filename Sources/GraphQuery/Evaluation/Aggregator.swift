import GraphStore

/// Groups solutions by the `group by` variables and counts them for `count(*)`, `count(?x)` and
/// `count(distinct ?x)`, as SPARQL's GROUP BY and COUNT do: with no `group by`, all solutions form
/// one group, which exists (with count 0) even when there are none.
struct Aggregator {
    private struct Group {
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
    /// Group keys in order of first appearance, and each group's counters, index for index.
    private var keys: [[UInt32]] = []
    private var groups: [Group] = []
    /// The plain counters of every group, `countCount` per group, flat (one array to update
    /// per row, no nested copy-on-write checks).
    private var counts: [Int] = []
    private var index: [[UInt32]: Int] = [:]
    /// The same index for the common one-variable `group by`, dense by term id (ids are dense,
    /// so no hashing): group position + 1, 0 when the term has no group yet.
    private var singleIndex: [UInt32] = []
    /// The group of the unbound value in a one-variable `group by` (OPTIONAL).
    private var unboundGroup: Int?

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
        if groupSlots.isEmpty { _ = newGroup([]) }
    }

    private mutating func newGroup(_ key: [UInt32]) -> Int {
        keys.append(key)
        groups.append(Group(distinct: Array(repeating: [], count: countCount)))
        counts.append(contentsOf: repeatElement(0, count: countCount))
        if key.count == 1, let only = key.first {
            if only == Row.unbound {
                unboundGroup = groups.count - 1
            } else {
                let slot = Int(only)
                if slot >= singleIndex.count {
                    singleIndex.append(contentsOf: repeatElement(0, count: max(slot + 1, 2 * singleIndex.count, 64) - singleIndex.count))
                }
                singleIndex[slot] = UInt32(groups.count)
            }
        } else {
            index[key] = groups.count - 1
        }
        return groups.count - 1
    }

    /// Adds one solution to its group.
    mutating func add(_ row: Row, executionGuard: ExecutionGuard) throws {
        let position: Int
        if groupSlots.isEmpty {
            position = 0
        } else if groupSlots.count == 1, let slot = groupSlots.first {
            let value = slot >= 0 && slot < row.values.count ? row.values[slot] : Row.unbound
            if let existing = group(of: value) {
                position = existing
            } else {
                try executionGuard.checkRows(groups.count + 1)
                position = newGroup([value])
            }
        } else {
            let key = groupSlots.map { $0 >= 0 && $0 < row.values.count ? row.values[$0] : Row.unbound }
            if let existing = index[key] {
                position = existing
            } else {
                try executionGuard.checkRows(groups.count + 1)
                position = newGroup(key)
            }
        }
        guard position < groups.count else { return }
        for case .count(let slot, let distinct, let counter) in columns {
            guard let slot else {
                counts[position * countCount + counter] += 1
                continue
            }
            let value = slot >= 0 && slot < row.values.count ? row.values[slot] : Row.unbound
            guard value != Row.unbound else { continue }
            if distinct {
                groups[position].distinct[counter].insert(value)
            } else {
                counts[position * countCount + counter] += 1
            }
        }
        if !row.facts.isEmpty, groups[position].facts.count < Self.maximumFactsPerGroup {
            groups[position].facts += row.facts.prefix(Self.maximumFactsPerGroup - groups[position].facts.count)
        }
    }

    /// The group of `value` in a one-variable `group by`, if it has one.
    /// - Complexity: O(1).
    @inline(__always)
    private func group(of value: UInt32) -> Int? {
        if value == Row.unbound { return unboundGroup }
        let slot = Int(value)
        guard slot < singleIndex.count else { return nil }
        let position = Int(singleIndex[slot])
        return position > 0 ? position - 1 : nil
    }

    /// One row of cells per group, in order of first appearance.
    func finish() -> [(cells: [Cell], facts: [Triple])] {
        zip(keys, groups).enumerated().map { position, pair in
            let (key, group) = pair
            let cells = columns.map { column -> Cell in
                switch column {
                case .group(let index):
                    return index >= 0 && index < key.count ? Cell(raw: key[index]) : .unbound
                case .count(_, let distinct, let index):
                    return .count(distinct ? group.distinct[index].count : counts[position * countCount + index])
                }
            }
            return (cells, group.facts)
        }
    }
}

/// Names sorted by their lowercase form, for fast case-insensitive prefix lookups when Tab is
/// pressed on a large graph.
struct SortedNames {
    private let keys: [String]
    private let names: [String]

    /// Sorts the names once.
    /// - Complexity: O(n log n).
    init(_ names: [String]) {
        let pairs = names.map { ($0.lowercased(), $0) }.sorted { $0.0 < $1.0 }
        keys = pairs.map(\.0)
        self.names = pairs.map(\.1)
    }

    /// Up to `limit` names starting with the prefix, ignoring case.
    /// - Complexity: O(log n + limit).
    func withPrefix(_ prefix: String, limit: Int) -> [String] {
        let key = prefix.lowercased()
        var low = 0, high = keys.count
        while low < high {
            let middle = (low + high) / 2
            if keys[middle] < key { low = middle + 1 } else { high = middle }
        }
        var found: [String] = []
        var index = low
        while index < keys.count, found.count < limit, keys[index].hasPrefix(key) {
            found.append(names[index])
            index += 1
        }
        return found
    }
}

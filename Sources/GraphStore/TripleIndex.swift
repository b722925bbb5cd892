/// One permutation index: every triple of the graph as a ``PackedKey`` in one order, sorted,
/// without duplicates.
struct TripleIndex: Sendable, Equatable {
    /// The order of this index.
    let order: Permutation
    /// The sorted keys.
    private(set) var keys: [PackedKey]

    /// Makes an empty index.
    init(_ order: Permutation) {
        self.order = order
        keys = []
    }

    /// Makes an index from keys already sorted and free of duplicates.
    init(_ order: Permutation, sortedKeys: [PackedKey]) {
        self.order = order
        keys = sortedKeys
    }

    /// The number of triples.
    var count: Int { keys.count }

    /// The positions of the keys that start with `a` (and `b`, and `c` when given).
    /// Later components are ignored when an earlier one is `nil`.
    /// - Complexity: O(log *n*).
    func range(_ a: UInt32?, _ b: UInt32?, _ c: UInt32?) -> Range<Int> {
        guard let a else { return 0 ..< keys.count }
        let low: PackedKey, high: PackedKey
        switch (b, c) {
        case (nil, _):
            low = PackedKey(a, 0, 0)
            high = PackedKey(a, .max, .max)
        case (let b?, nil):
            low = PackedKey(a, b, 0)
            high = PackedKey(a, b, .max)
        case (let b?, let c?):
            low = PackedKey(a, b, c)
            high = low
        }
        return lowerBound(low) ..< upperBound(high)
    }

    /// Whether the index holds `key`.
    /// - Complexity: O(log *n*).
    func contains(_ key: PackedKey) -> Bool {
        let i = lowerBound(key)
        return i < keys.count && keys[i] == key
    }

    /// The first position whose key is not less than `key`.
    /// - Complexity: O(log *n*).
    func lowerBound(_ key: PackedKey) -> Int {
        var low = 0, high = keys.count
        while low < high {
            let mid = (low + high) >> 1
            if keys[mid] < key { low = mid + 1 } else { high = mid }
        }
        return low
    }

    private func upperBound(_ key: PackedKey) -> Int {
        var low = 0, high = keys.count
        while low < high {
            let mid = (low + high) >> 1
            if key < keys[mid] { high = mid } else { low = mid + 1 }
        }
        return low
    }

    /// Merges `new` keys (sorted, without duplicates, none already present) into the index.
    /// - Complexity: O(*n* + *m*).
    mutating func merge(sorted new: [PackedKey]) {
        keys = mergeSorted(keys, new, by: <)
    }
}

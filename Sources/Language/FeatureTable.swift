/// An open-addressing hash table from feature keys (never 0) to dense row numbers.
struct FeatureTable: Sendable {
    /// Slot keys; 0 marks an empty slot. The count is a power of two.
    private(set) var keys: [UInt64]
    /// The row stored in each slot (meaningless where the key is 0).
    private(set) var rows: [Int32]
    /// Number of keys stored.
    private(set) var count = 0

    /// Makes an empty table with room for about `capacity` keys.
    init(capacity: Int = 1024) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = Array(repeating: 0, count: size)
        rows = Array(repeating: -1, count: size)
    }

    /// The row of `key`, or -1.
    /// - Complexity: O(1) expected.
    @inline(__always) func find(_ key: UInt64) -> Int32 {
        let mask = keys.count &- 1
        var i = Int(truncatingIfNeeded: key) & mask
        return keys.withUnsafeBufferPointer { k in
            while true {
                let here = k[i]
                if here == key { return rows[i] }
                if here == 0 { return -1 }
                i = (i &+ 1) & mask
            }
        }
    }

    /// The row of `key`, adding it (as row `count`) when absent.
    mutating func insert(_ key: UInt64) -> Int32 {
        let found = find(key)
        if found >= 0 { return found }
        if (count + 1) * 2 > keys.count { grow() }
        let row = Int32(count)
        place(key, row)
        count += 1
        return row
    }

    private mutating func place(_ key: UInt64, _ row: Int32) {
        let mask = keys.count - 1
        var i = Int(truncatingIfNeeded: key) & mask
        while keys[i] != 0 { i = (i + 1) & mask }
        keys[i] = key
        rows[i] = row
    }

    private mutating func grow() {
        let oldKeys = keys, oldRows = rows
        keys = Array(repeating: 0, count: oldKeys.count * 2)
        rows = Array(repeating: -1, count: oldKeys.count * 2)
        for (k, r) in zip(oldKeys, oldRows) where k != 0 { place(k, r) }
    }
}

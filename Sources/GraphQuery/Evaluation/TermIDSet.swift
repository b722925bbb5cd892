import GraphStore

/// The set of nodes a path walk has reached: open addressing with linear probing and a
/// multiplicative hash of the raw id, so an insert is a few instructions where `Set<TermID>`
/// spends hundreds on SipHash and rehashing (most of a `p+` walk's own work).
struct TermIDSet {
    /// Raw ids; `UInt32.max` marks an empty slot (that id itself is kept in `containsMax`).
    private var slots: [UInt32] = Array(repeating: .max, count: 16)
    private var containsMax = false
    /// The number of ids held.
    private(set) var count = 0

    init() {}

    /// Inserts `id`; false when it was there already.
    /// - Complexity: O(1) expected, amortised (the table doubles at half full).
    @discardableResult
    mutating func insert(_ id: TermID) -> Bool {
        let raw = id.rawValue
        if raw == .max {
            defer { containsMax = true }
            if !containsMax { count += 1 }
            return !containsMax
        }
        if 2 * (count + 1) > slots.count { grow() }
        return place(raw)
    }

    /// Puts `raw` (not `UInt32.max`) into its probe chain unless it is there; the table has room.
    private mutating func place(_ raw: UInt32) -> Bool {
        let mask = slots.count - 1
        var index = Int(truncatingIfNeeded: (UInt64(raw) &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
        while true {
            let slot = slots[index]
            if slot == raw { return false }
            if slot == .max {
                slots[index] = raw
                count += 1
                return true
            }
            index = (index + 1) & mask
        }
    }

    private mutating func grow() {
        let old = slots
        slots = Array(repeating: .max, count: 2 * old.count)
        count = containsMax ? 1 : 0
        for raw in old where raw != .max { _ = place(raw) }
    }
}

/// An open-addressing hash table of ids, keyed by a hash the caller computes.
///
/// The table stores no keys: each slot packs the low 32 bits of the key's hash with `id + 1`
/// (0 is an empty slot), and lookups confirm candidates with a caller-supplied predicate that
/// compares the real key. Several ids may share one key (case-folded names), so lookups can
/// visit every match.
struct IDHashTable: Sendable, Equatable {
    private(set) var slots: [UInt64]
    private(set) var count: Int = 0

    /// Makes an empty table sized for about `capacity` ids without growing (at most 3/4 full).
    init(capacity: Int = 8) {
        var size = 16
        while size * 3 < capacity * 4 { size <<= 1 }
        slots = Array(repeating: 0, count: size)
    }

    /// A table loaded from a file, or `nil` unless it is usable: a power-of-two size of at least
    /// 16 with an empty slot (so probes end) and every id below `idLimit`.
    /// - Complexity: O(slots), sequential.
    init?(slots: [UInt64], idLimit: Int) {
        guard slots.count >= 16, slots.count & (slots.count - 1) == 0 else { return nil }
        var used = 0, valid = true
        for slot in slots where slot != 0 {
            used += 1
            let stored = Int(UInt32(truncatingIfNeeded: slot))
            valid = valid && stored >= 1 && stored <= idLimit
        }
        guard valid, used < slots.count else { return nil }
        self.slots = slots
        count = used
    }

    /// Adds `id` under `hash` (duplicates allowed).
    /// - Complexity: amortised O(1).
    mutating func insert(_ id: UInt32, hash: UInt64) {
        if (count + 1) * 4 > slots.count * 3 { grow() }
        Self.place(UInt64(UInt32(truncatingIfNeeded: hash)) << 32 | UInt64(id &+ 1), in: &slots)
        count += 1
    }

    /// The first id under `hash` for which `matches` holds.
    /// - Complexity: O(1) expected.
    func first(hash: UInt64, where matches: (UInt32) -> Bool) -> UInt32? {
        var found: UInt32?
        forEach(hash: hash) { id in
            if matches(id) { found = id; return false }
            return true
        }
        return found
    }

    /// Calls `body` with every id stored under `hash` until it returns `false`.
    /// - Complexity: O(1 + matches) expected.
    func forEach(hash: UInt64, _ body: (UInt32) -> Bool) {
        let tag = UInt64(UInt32(truncatingIfNeeded: hash))
        let mask = slots.count - 1
        var i = Int(truncatingIfNeeded: tag) & mask
        while true {
            let slot = slots[i]
            if slot == 0 { return }
            if slot >> 32 == tag, !body(UInt32(truncatingIfNeeded: slot) &- 1) { return }
            i = (i + 1) & mask
        }
    }

    private mutating func grow() {
        var bigger = [UInt64](repeating: 0, count: slots.count * 2)
        for slot in slots where slot != 0 { Self.place(slot, in: &bigger) }
        slots = bigger
    }

    private static func place(_ slot: UInt64, in table: inout [UInt64]) {
        let mask = table.count - 1
        var i = Int(truncatingIfNeeded: slot >> 32) & mask
        while table[i] != 0 { i = (i + 1) & mask }
        table[i] = slot
    }
}

/// The triples matching a pattern: a range of one permutation index, followed by any matching
/// triples not yet committed to the indexes.
///
/// Committed matches come in the index's order (SPO when the subject is bound or nothing is,
/// POS when only the predicate is, OSP when the object is bound and the predicate is not).
public struct TripleMatches: RandomAccessCollection, Sendable {
    private let keys: ArraySlice<PackedKey>
    private let order: Permutation
    private let pending: [Triple]

    init(keys: ArraySlice<PackedKey>, order: Permutation, pending: [Triple]) {
        self.keys = keys
        self.order = order
        self.pending = pending
    }

    /// The first position, 0.
    public var startIndex: Int { 0 }

    /// One past the last position.
    public var endIndex: Int { keys.count + pending.count }

    /// The triple at `position`.
    /// - Complexity: O(1).
    public subscript(position: Int) -> Triple {
        position < keys.count
            ? order.triple(keys[keys.startIndex + position])
            : pending[position - keys.count]
    }
}

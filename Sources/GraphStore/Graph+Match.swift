extension Graph {
    /// The index and key prefix that answer a pattern shape.
    private func plan(_ s: TermID?, _ p: TermID?, _ o: TermID?) -> (Permutation, UInt32?, UInt32?, UInt32?) {
        let s = s?.rawValue, p = p?.rawValue, o = o?.rawValue
        switch (s, p, o) {
        case (_?, _, nil), (_?, _?, _?), (nil, nil, nil): return (.spo, s, p, o)
        case (nil, _?, _): return (.pos, p, o, s)
        case (_, nil, _?): return (.osp, o, s, p)
        }
    }

    /// The triples matching a pattern; `nil` leaves a position unbound.
    ///
    /// All eight shapes are one binary-searched range of one index (SPO, POS or OSP), plus a linear
    /// filter of the uncommitted delta.
    /// - Complexity: O(log *n* + uncommitted triples); iterating is O(1) per triple.
    public func match(_ subject: TermID?, _ predicate: TermID?, _ object: TermID?) -> TripleMatches {
        let (order, a, b, c) = plan(subject, predicate, object)
        let index = index(order)
        let range = index.range(a, b, c)
        let extra = pending.isEmpty ? [] : pending.filter { t in
            (subject == nil || t.subject == subject) && (predicate == nil || t.predicate == predicate)
                && (object == nil || t.object == object)
        }
        return TripleMatches(keys: index.keys[range], order: order, pending: extra)
    }

    /// The number of triples matching a pattern, for planners.
    /// - Complexity: O(log *n* + uncommitted triples).
    public func count(_ subject: TermID?, _ predicate: TermID?, _ object: TermID?) -> Int {
        let (order, a, b, c) = plan(subject, predicate, object)
        var total = index(order).range(a, b, c).count
        for t in pending where (subject == nil || t.subject == subject)
            && (predicate == nil || t.predicate == predicate) && (object == nil || t.object == object) {
            total += 1
        }
        return total
    }

    /// Whether the graph holds `triple`.
    /// - Complexity: O(log *n*) expected.
    public func contains(_ triple: Triple) -> Bool {
        spo.contains(Permutation.spo.key(triple)) || pendingSet.contains(triple)
    }

    /// Every triple, in SPO order when committed.
    /// - Complexity: O(1); iterating is O(1) per triple.
    public var triples: TripleMatches { match(nil, nil, nil) }

    /// The number of triples with `id` as subject or object (its degree).
    /// - Complexity: O(log *n* + uncommitted triples).
    public func degree(of id: TermID) -> Int { count(id, nil, nil) + count(nil, nil, id) }
}

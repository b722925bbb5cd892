extension Graph {
    /// A broken invariant found by ``_checkInvariants()``.
    public struct InvariantViolation: Error, Sendable, CustomStringConvertible {
        /// What is wrong.
        public var description: String
    }

    /// Checks the graph's structure and returns the first problem found.
    ///
    /// Every index holds the same triple set, sorted without duplicates; ids are dense (every id
    /// in a triple or alias is below ``termCount``); the delta is disjoint from the indexes; every
    /// source points at a triple of the graph and a valid document and sentence; the source
    /// order is sorted and a permutation. Underscored: for tests and debugging, not API.
    /// - Complexity: O(*n* log *n*).
    public func _checkInvariants() throws(InvariantViolation) {
        func fail(_ message: String) -> InvariantViolation { InvariantViolation(description: message) }
        let termCount = UInt32(terms.count)
        guard terms.types.count == terms.count, terms.texts.count == terms.count,
              terms.aliasTexts.count == terms.aliasOwners.count
        else { throw fail("dictionary columns differ in length") }
        if let bad = terms.kinds.first(where: { TermKind(rawValue: $0) == nil }) { throw fail("unknown term kind \(bad)") }
        if terms.aliasOwners.contains(where: { $0 >= termCount }) { throw fail("alias owner out of range") }
        var expected: [PackedKey]?
        for order in Permutation.allCases {
            let keys = index(order).keys
            for i in keys.indices.dropFirst() where !(keys[i - 1] < keys[i]) {
                throw fail("\(order) index not strictly sorted at \(i)")
            }
            if keys.contains(where: { $0.a >= termCount || $0.b >= termCount || $0.c >= termCount }) {
                throw fail("\(order) index holds an id outside 0..<\(termCount)")
            }
            let spoKeys = keys.map { Permutation.spo.key(order.triple($0)) }.sorted()
            if let expected, expected != spoKeys { throw fail("\(order) index is not a permutation of SPO") }
            expected = spoKeys
        }
        for t in pending where spo.contains(Permutation.spo.key(t)) { throw fail("pending triple \(t) also indexed") }
        if Set(pending).count != pending.count || Set(pending) != pendingSet { throw fail("pending set out of step") }
        let columns = [sources.documents.count, sources.sentences.count, sources.spanStarts.count,
                       sources.spanEnds.count, sources.rules.count, sources.confidences.count,
                       sources.surfaces.count, sources.times.count, sources.places.count, sources.flags.count]
        if columns.contains(where: { $0 != sources.count }) { throw fail("source columns differ in length") }
        for i in 0 ..< sources.count {
            let key = sources.triples[i]
            if !contains(Permutation.spo.triple(key)) { throw fail("source \(i) names a triple not in the graph") }
            let d = sources.documents[i]
            if d != SourceTable.noDocument,
               Int(d) >= documents.count || Int(sources.sentences[i]) >= documents.sentenceCount(Int(d)) {
                throw fail("source \(i) points outside the documents")
            }
            let pooled = [sources.rules[i], sources.surfaces[i], sources.times[i], sources.places[i]]
            if pooled.contains(where: { $0 != StringPool.none && Int($0) >= sources.strings.count }) {
                throw fail("source \(i) names a string outside the pool")
            }
        }
        if sources.order.count > sources.count || Set(sources.order).count != sources.order.count
            || sources.order.contains(where: { Int($0) >= sources.count }) {
            throw fail("source order is not a permutation")
        }
        for i in sources.order.indices.dropFirst()
        where sources.triples[Int(sources.order[i])] < sources.triples[Int(sources.order[i - 1])] {
            throw fail("source order not sorted at \(i)")
        }
    }
}

extension Graph {
    /// Counts of terms, triples, sources and documents, with the `top` entities by degree and
    /// predicates by use.
    /// - Complexity: O(terms · log *n* + *k* log *k*).
    public func stats(top: Int = 10) -> GraphStats {
        var byType = Dictionary(uniqueKeysWithValues: EntityType.allCases.map { ($0, 0) })
        var entities: [(id: TermID, name: String, degree: Int)] = []
        var predicates: [(id: TermID, name: String, count: Int)] = []
        var literals = 0
        for i in 0 ..< terms.count {
            let id = TermID(i)
            switch terms.kind(UInt32(i)) {
            case .entity:
                byType[terms.type(UInt32(i)), default: 0] += 1
                entities.append((id, terms.text(UInt32(i)), degree(of: id)))
            case .predicate: predicates.append((id, terms.text(UInt32(i)), count(nil, id, nil)))
            default: literals += 1
            }
        }
        let topEntities = entities.sorted { ($0.degree, $1.name) > ($1.degree, $0.name) }.prefix(max(0, top))
        let topPredicates = predicates.sorted { ($0.count, $1.name) > ($1.count, $0.name) }.prefix(max(0, top))
        return GraphStats(
            entitiesByType: byType, entities: entities.count, predicates: predicates.count, literals: literals,
            triples: tripleCount, sources: sourceCount, documents: documentCount, aliases: terms.aliasOwners.count,
            topEntities: Array(topEntities), topPredicates: Array(topPredicates))
    }
}

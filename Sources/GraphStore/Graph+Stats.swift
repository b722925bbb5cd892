extension Graph {
    /// Counts of terms, triples, sources and documents, with the `top` entities by degree and
    /// predicates by use (ties by name).
    /// - Complexity: O(*n* + terms + *k* log *k*), *k* being the entities or predicates tied
    ///   with the last one shown; one pass over each index, no lookups.
    public func stats(top: Int = 10) -> GraphStats {
        var degrees = [Int](repeating: 0, count: terms.count)
        var uses = [Int](repeating: 0, count: terms.count)
        for key in spo.keys { degrees[Int(key.a)] += 1 }
        for key in osp.keys { degrees[Int(key.a)] += 1 }
        for key in pos.keys { uses[Int(key.a)] += 1 }
        for t in pending {
            degrees[t.subject.index] += 1
            degrees[t.object.index] += 1
            uses[t.predicate.index] += 1
        }
        var byType = Dictionary(uniqueKeysWithValues: EntityType.allCases.map { ($0, 0) })
        var entities: [Int] = [], predicates: [Int] = []
        for i in 0 ..< terms.count {
            switch terms.kind(UInt32(i)) {
            case .entity:
                byType[terms.type(UInt32(i)), default: 0] += 1
                entities.append(i)
            case .predicate: predicates.append(i)
            default: break
            }
        }
        let topEntities = ranked(entities, by: degrees, top: top).map { (id: TermID($0), name: terms.text(UInt32($0)), degree: degrees[$0]) }
        let topPredicates = ranked(predicates, by: uses, top: top).map { (id: TermID($0), name: terms.text(UInt32($0)), count: uses[$0]) }
        return GraphStats(
            entitiesByType: byType, entities: entities.count, predicates: predicates.count,
            literals: terms.count - entities.count - predicates.count, triples: tripleCount, sources: sourceCount,
            documents: documentCount, aliases: terms.aliasOwners.count,
            topEntities: topEntities, topPredicates: topPredicates)
    }

    /// The first `top` of `ids` by `score` descending, ties by name; names are only compared
    /// among the ids whose score reaches the last one shown.
    private func ranked(_ ids: [Int], by score: [Int], top: Int) -> [Int] {
        guard top > 0, !ids.isEmpty else { return [] }
        let byScore = ids.sorted { score[$0] > score[$1] }
        let cutoff = score[byScore[min(top, byScore.count) - 1]]
        let contenders = byScore.prefix { score[$0] >= cutoff }
        return Array(contenders.map { ($0, terms.text(UInt32($0))) }
            .sorted { score[$0.0] != score[$1.0] ? score[$0.0] > score[$1.0] : $0.1 < $1.1 }
            .prefix(top).map(\.0))
    }
}

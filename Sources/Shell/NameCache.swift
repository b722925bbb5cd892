/// The graph's entity and predicate names, built on first use and dropped when the graph changes.
struct NameCache {
    /// Entity names and aliases.
    let entities: SortedNames
    /// Predicate phrases.
    let predicates: SortedNames
}

extension GraphEngine {
    /// The name cache, built on first use.
    func names() -> NameCache {
        if let cached = nameCacheStorage { return cached }
        let built = NameCache(entities: SortedNames(graph.entityNames), predicates: SortedNames(graph.predicateNames))
        nameCacheStorage = built
        return built
    }
}

/// Counts and rankings describing a graph, for `kg stats` and `.stats`.
public struct GraphStats: Sendable, Hashable {
    /// Entities per type (every type present, zero when none).
    public var entitiesByType: [EntityType: Int]
    /// Number of entities.
    public var entities: Int
    /// Number of predicates.
    public var predicates: Int
    /// Number of literals.
    public var literals: Int
    /// Number of distinct triples.
    public var triples: Int
    /// Number of fact sources.
    public var sources: Int
    /// Number of documents.
    public var documents: Int
    /// Number of aliases.
    public var aliases: Int
    /// The entities with the most triples (as subject or object), most first, ties by name.
    public var topEntities: [(id: TermID, name: String, degree: Int)]
    /// The predicates used by the most triples, most first, ties by name.
    public var topPredicates: [(id: TermID, name: String, count: Int)]

    /// Compares every field.
    public static func == (lhs: GraphStats, rhs: GraphStats) -> Bool {
        lhs.entitiesByType == rhs.entitiesByType && lhs.entities == rhs.entities
            && lhs.predicates == rhs.predicates && lhs.literals == rhs.literals && lhs.triples == rhs.triples
            && lhs.sources == rhs.sources && lhs.documents == rhs.documents && lhs.aliases == rhs.aliases
            && lhs.topEntities.elementsEqual(rhs.topEntities) { $0 == $1 }
            && lhs.topPredicates.elementsEqual(rhs.topPredicates) { $0 == $1 }
    }

    /// Hashes the counts.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(entities)
        hasher.combine(triples)
        hasher.combine(sources)
    }
}

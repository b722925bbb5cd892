import GraphQuery
import GraphStore

extension ExportGraph {
    /// Every fact of a graph.
    /// - Complexity: O(t) for t triples, plus their provenance lookups.
    public init(graph: Graph) {
        self.init(graph: graph, facts: graph.triples)
    }

    /// The given facts of a graph (a query result's subgraph), each once, with their number of
    /// sources and one source sentence.
    public init(graph: Graph, facts: some Sequence<Triple>) {
        self.init()
        var seen = Set<Triple>()
        for triple in facts where seen.insert(triple).inserted {
            let sources = graph.provenance(of: triple)
            let example = sources.first { $0.sentence != nil }
            addFact(subject: Self.node(triple.subject, in: graph), predicate: graph.name(of: triple.predicate),
                    object: Self.node(triple.object, in: graph), sourceCount: sources.count,
                    sentence: example?.sentence, document: example?.documentID)
        }
    }

    /// The facts within `depth` hops of an entity, in either direction, stopping (with the
    /// facts gathered so far) once `maxFacts` are reached.
    /// - Complexity: O(f) for the f facts visited.
    public init(graph: Graph, neighbourhoodOf center: TermID, depth: Int, maxFacts: Int = 10_000) {
        var facts: [Triple] = []
        var seenFacts = Set<Triple>()
        var visited: Set<TermID> = [center]
        var frontier = [center]
        search: for _ in 0..<max(0, depth) {
            var next: [TermID] = []
            for id in frontier {
                for triple in Array(graph.match(id, nil, nil)) + Array(graph.match(nil, nil, id)) {
                    guard seenFacts.insert(triple).inserted else { continue }
                    facts.append(triple)
                    if facts.count >= maxFacts { break search }
                    for end in [triple.subject, triple.object] where graph.kind(of: end) == .entity {
                        if visited.insert(end).inserted { next.append(end) }
                    }
                }
            }
            frontier = next
        }
        self.init(graph: graph, facts: facts)
        if facts.isEmpty, graph.isValid(center) { add(Self.node(center, in: graph)) }
    }

    /// The export node for a term: an entity by name and type, a literal by value.
    static func node(_ id: TermID, in graph: Graph) -> ExportNode {
        switch graph.term(id) {
        case .entity(let name, let type): .entity(name, type: type)
        case .literal(let literal): .literal(literal)
        case .predicate(let text): .entity(text, type: .other)
        case nil: .entity(id.description, type: .other)
        }
    }
}

extension ExportGraph {
    /// The facts a query's rows matched (`kg export --query`).
    ///
    /// - Throws: GraphQuery's `SyntaxError` or `QueryError`; `DiagnosticFormatter.format(_:source:fileName:)`
    ///   turns either into located text.
    public init(graph: Graph, query: String) throws {
        let result = try QueryEngine(graph).execute(query, options: EvaluationOptions(limits: .unlimited))
        self.init(graph: graph, facts: result.facts)
    }
}

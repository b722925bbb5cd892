/// A graph ready to be written: the nodes and facts of a whole graph, a query result or a
/// neighbourhood, independent of how the store keeps them.
public struct ExportGraph: Sendable, Hashable {
    /// The nodes, each once.
    public private(set) var nodes: [ExportNode] = []
    /// The facts, as edges between node indexes.
    public private(set) var edges: [ExportEdge] = []
    private var indexByKey: [String: Int] = [:]

    /// Makes an empty graph.
    public init() {}

    /// Adds a node unless one with the same key is there, and returns its index.
    /// - Complexity: O(1) on average.
    @discardableResult
    public mutating func add(_ node: ExportNode) -> Int {
        if let index = indexByKey[node.key] { return index }
        nodes.append(node)
        indexByKey[node.key] = nodes.count - 1
        return nodes.count - 1
    }

    /// Adds a fact between two nodes (added first if missing) and returns the edge's index.
    @discardableResult
    public mutating func addFact(subject: ExportNode, predicate: String, object: ExportNode,
                                 sourceCount: Int = 1, sentence: String? = nil,
                                 document: String? = nil) -> Int {
        let from = add(subject)
        let to = add(object)
        edges.append(ExportEdge(source: from, target: to, predicate: predicate, sourceCount: sourceCount,
                                sentence: sentence, document: document))
        return edges.count - 1
    }

    /// The graph cut to at most `maxNodes` nodes, keeping those with the most facts (ties in
    /// insertion order) and the facts between kept nodes.
    /// - Complexity: O(n log n + e) for n nodes and e edges.
    public func limited(toNodes maxNodes: Int) -> ExportGraph {
        guard nodes.count > maxNodes else { return self }
        var degree = [Int](repeating: 0, count: nodes.count)
        for edge in edges {
            degree[edge.source] += 1
            degree[edge.target] += 1
        }
        let kept = nodes.indices
            .sorted { degree[$0] != degree[$1] ? degree[$0] > degree[$1] : $0 < $1 }
            .prefix(max(0, maxNodes))
            .sorted()
        var result = ExportGraph()
        var newIndex = [Int: Int]()
        for old in kept { newIndex[old] = result.add(nodes[old]) }
        for edge in edges {
            guard let from = newIndex[edge.source], let to = newIndex[edge.target] else { continue }
            var copy = edge
            copy.source = from
            copy.target = to
            result.edges.append(copy)
        }
        return result
    }
}

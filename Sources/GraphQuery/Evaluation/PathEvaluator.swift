import GraphStore

/// Evaluates predicate paths from one node, with SPARQL 1.1 semantics: a link, `^p`, `p1/p2`
/// and `p1|p2` keep every way through (bag semantics); `p+`, `p*` and `p?` give each end node once
/// (the arbitrary-length-path semantics), found breadth-first, so the witness of each end is a
/// shortest chain of facts.
struct PathEvaluator<Dataset: QueryDataset> {
    let dataset: Dataset
    let executionGuard: ExecutionGuard
    let recordFacts: Bool

    /// One end of a path and the facts walked to reach it (empty when facts are not recorded).
    typealias End = (node: TermID, witness: [Triple])

    /// Every end of `path` from `node`, walking facts subject→object when `forward`, else
    /// object→subject; witnesses list facts in walking order.
    func ends(_ path: ResolvedPath, from node: TermID, forward: Bool) throws -> [End] {
        switch path {
        case .link(let ids):
            var result: [End] = []
            for id in ids { try step(node, id, forward, into: &result) }
            return result
        case .wildcard:
            var result: [End] = []
            try step(node, nil, forward, into: &result)
            return result
        case .inverse(let inner):
            return try ends(inner, from: node, forward: !forward)
        case .sequence(let steps):
            var current: [End] = [(node, [])]
            for part in forward ? steps : steps.reversed() {
                var next: [End] = []
                for (middle, witness) in current {
                    for (end, more) in try ends(part, from: middle, forward: forward) {
                        try executionGuard.tick()
                        next.append((end, recordFacts ? witness + more : []))
                    }
                    try executionGuard.checkRows(next.count)
                }
                current = next
            }
            return current
        case .alternative(let options):
            var result: [End] = []
            for option in options { result += try ends(option, from: node, forward: forward) }
            return result
        case .oneOrMore(let inner):
            return try closure(inner, from: node, forward: forward, includeStart: false)
        case .zeroOrMore(let inner):
            return try closure(inner, from: node, forward: forward, includeStart: true)
        case .zeroOrOne(let inner):
            var result: [End] = [(node, [])]
            var seen = TermIDSet()
            seen.insert(node)
            for end in try ends(inner, from: node, forward: forward) where seen.insert(end.node) {
                result.append(end)
            }
            return result
        }
    }

    private func step(_ node: TermID, _ predicate: TermID?, _ forward: Bool, into result: inout [End]) throws {
        let matches = forward ? dataset.match(node, predicate, nil) : dataset.match(nil, predicate, node)
        for triple in matches {
            try executionGuard.tick()
            result.append((forward ? triple.object : triple.subject, recordFacts ? [triple] : []))
        }
    }

    /// Breadth-first closure: each node reachable in one or more steps of `inner` (and `node`
    /// itself when `includeStart`), once. The ends found so far are also the queue of nodes to
    /// expand. A link (`p+`, the usual case) walks its index ranges directly, with no array of
    /// ends per expanded node.
    private func closure(_ inner: ResolvedPath, from node: TermID, forward: Bool,
                         includeStart: Bool) throws -> [End] {
        var seen = TermIDSet()
        if includeStart { seen.insert(node) }
        var result: [End] = includeStart ? [(node, [])] : []
        // The start is expanded first, then each end in the order found (the start, when it is
        // an end too, is not expanded twice).
        var current = node
        var witness: [Triple] = []
        var head = includeStart ? 1 : 0
        while true {
            if case .link(let ids) = inner {
                for id in ids {
                    let matches = forward ? dataset.match(current, id, nil) : dataset.match(nil, id, current)
                    for triple in matches {
                        try executionGuard.tick()
                        let end = forward ? triple.object : triple.subject
                        if seen.insert(end) { result.append((end, recordFacts ? witness + [triple] : [])) }
                    }
                }
            } else {
                for (end, more) in try ends(inner, from: current, forward: forward) where seen.insert(end) {
                    result.append((end, recordFacts ? witness + more : []))
                }
            }
            try executionGuard.checkRows(result.count)
            guard head < result.count else { return result }
            (current, witness) = result[head]
            head += 1
        }
    }

    /// Every node of the graph (each subject and object), ascending: the starts of a path whose
    /// ends are both unbound.
    func allNodes() throws -> [TermID] {
        var nodes: Set<TermID> = []
        for triple in dataset.match(nil, nil, nil) {
            try executionGuard.tick()
            nodes.insert(triple.subject)
            nodes.insert(triple.object)
        }
        return nodes.sorted()
    }
}

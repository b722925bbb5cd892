import GraphStore
@testable import GraphQuery

/// A deliberately naive evaluator of the SPARQL algebra over a list of triples, to check the real
/// one against: every pattern scans every triple, joins are nested loops over whole solution
/// lists, paths are computed as sets of node pairs over the whole graph, and OPTIONAL is
/// `LeftJoin(G, inner, innerFilters)` on independently evaluated sides.
struct ReferenceEvaluator {
    typealias Solution = [String: TermID]

    let graph: Graph
    let triples: [Triple]
    let nodes: [TermID]
    /// Constants of the pattern being evaluated: a zero-length path matches them even when they
    /// are in no triple (SPARQL 1.1, arbitrary-length paths).
    private var patternConstants: Set<TermID> = []
    private var anonymousCounter = 0

    init(graph: Graph) {
        self.graph = graph
        triples = Array(graph.triples)
        nodes = Array(Set(triples.flatMap { [$0.subject, $0.object] })).sorted()
    }

    /// The rows of a query, each rendered as strings (term ids as `#n`, counts as numbers).
    mutating func rows(_ query: Query) -> [[String]] {
        let solutions = group(query.pattern)
        if query.isAggregate, let projection = query.projection {
            var keys: [[TermID?]] = []
            var groups: [[TermID?]: [Solution]] = [:]
            for solution in solutions {
                let key = query.groupBy.map { solution[$0] }
                if groups[key] == nil { keys.append(key) }
                groups[key, default: []].append(solution)
            }
            if query.groupBy.isEmpty && keys.isEmpty {
                keys = [[]]
                groups[[]] = []
            }
            return keys.map { key in
                let members = groups[key] ?? []
                return projection.map { item -> String in
                    switch item {
                    case .variable(let name, _):
                        return render(query.groupBy.firstIndex(of: name).flatMap { key[$0] })
                    case .count(let variable, let distinct, _, _):
                        guard let variable else { return String(members.count) }
                        let bound = members.compactMap { $0[variable] }
                        return String(distinct ? Set(bound).count : bound.count)
                    }
                }
            }
        }
        var rows = solutions.map { solution in query.columnNames.map { render(solution[$0]) } }
        if query.distinct {
            var seen: Set<[String]> = []
            rows = rows.filter { seen.insert($0).inserted }
        }
        return rows
    }

    private func render(_ id: TermID?) -> String { id.map { "#\($0.rawValue)" } ?? "-" }

    // MARK: Algebra

    static func compatible(_ a: Solution, _ b: Solution) -> Bool {
        a.allSatisfy { key, value in b[key].map { $0 == value } ?? true }
    }

    static func join(_ left: [Solution], _ right: [Solution]) -> [Solution] {
        var out: [Solution] = []
        for a in left {
            for b in right where compatible(a, b) { out.append(a.merging(b) { x, _ in x }) }
        }
        return out
    }

    private mutating func group(_ group: GroupPattern) -> [Solution] {
        var current: [Solution] = [[:]]
        var filters: [FilterExpression] = []
        for element in group.elements {
            switch element {
            case .triple(let triple):
                current = Self.join(current, pattern(triple))
            case .filter(let expression):
                filters.append(expression)
            case .optional(let inner):
                let innerFilters = inner.elements.compactMap { element -> FilterExpression? in
                    if case .filter(let expression) = element { return expression }
                    return nil
                }
                let right = self.group(GroupPattern(inner.elements.filter {
                    if case .filter = $0 { return false }
                    return true
                }))
                var out: [Solution] = []
                for a in current {
                    var matched = false
                    for b in right where Self.compatible(a, b) {
                        let merged = a.merging(b) { x, _ in x }
                        if innerFilters.allSatisfy({ truth($0, merged) == true }) {
                            out.append(merged)
                            matched = true
                        }
                    }
                    if !matched { out.append(a) }
                }
                current = out
            }
        }
        return current.filter { solution in filters.allSatisfy { truth($0, solution) == true } }
    }

    private mutating func variableName(_ term: PatternTerm) -> String? {
        switch term.kind {
        case .variable(let name): return name
        case .anonymous:
            anonymousCounter += 1
            return "_anon\(anonymousCounter)"
        default: return nil
        }
    }

    /// The ids a constant term stands for: exact canonical names, or integer literals.
    private func constants(_ term: PatternTerm) -> Set<TermID> {
        switch term.kind {
        case .name(let text, _):
            return Set(graph.ids(of: .entity).filter { graph.name(of: $0).lowercased() == text.lowercased() })
        case .number(let text):
            return Set([Int64(text).flatMap { graph.literal(.integer($0)) }].compactMap { $0 })
        default:
            return []
        }
    }

    private mutating func pattern(_ triple: TriplePattern) -> [Solution] {
        patternConstants = constants(triple.subject).union(constants(triple.object))
        let pairs: [(TermID, TermID, TermID?)]
        var predicateVariable: String?
        switch triple.predicate {
        case .term(let term):
            predicateVariable = variableName(term)
            pairs = triples.map { ($0.subject, $0.object, $0.predicate) }
        case .path(let path):
            pairs = self.pairs(path).map { ($0.0, $0.1, nil) }
        }
        let subjectVariable = variableName(triple.subject)
        let objectVariable = variableName(triple.object)
        let subjectConstants = constants(triple.subject)
        let objectConstants = constants(triple.object)
        var out: [Solution] = []
        for (s, o, p) in pairs {
            var solution: Solution = [:]
            if let name = subjectVariable { solution[name] = s } else if !subjectConstants.contains(s) { continue }
            if let name = objectVariable {
                if let existing = solution[name], existing != o { continue }
                solution[name] = o
            } else if !objectConstants.contains(o) { continue }
            if let name = predicateVariable, let p {
                if let existing = solution[name], existing != p { continue }
                solution[name] = p
            }
            out.append(solution)
        }
        return out
    }

    private func predicateIDs(_ text: String) -> Set<TermID> {
        Set(graph.ids(of: .predicate).filter { graph.name(of: $0) == text })
    }

    /// All (start, end) pairs of a path over the whole graph, as a bag.
    private func pairs(_ path: PropertyPath) -> [(TermID, TermID)] {
        switch path {
        case .predicate(let text, _, _):
            let ids = predicateIDs(text)
            return triples.filter { ids.contains($0.predicate) }.map { ($0.subject, $0.object) }
        case .wildcard:
            return triples.map { ($0.subject, $0.object) }
        case .inverse(let inner):
            return pairs(inner).map { ($0.1, $0.0) }
        case .sequence(let steps):
            guard var current = steps.first.map(pairs) else { return [] }
            for step in steps.dropFirst() {
                let next = pairs(step)
                current = current.flatMap { a in next.filter { $0.0 == a.1 }.map { (a.0, $0.1) } }
            }
            return current
        case .alternative(let options):
            return options.flatMap(pairs)
        case .oneOrMore(let inner):
            return closure(inner, reflexive: false)
        case .zeroOrMore(let inner):
            return closure(inner, reflexive: true)
        case .zeroOrOne(let inner):
            var set = Set(pairs(inner).map { Pair($0.0, $0.1) })
            for node in Set(nodes).union(patternConstants) { set.insert(Pair(node, node)) }
            return set.map { ($0.a, $0.b) }
        }
    }

    private struct Pair: Hashable {
        var a: TermID
        var b: TermID
        init(_ a: TermID, _ b: TermID) {
            self.a = a
            self.b = b
        }
    }

    /// Transitive (and optionally reflexive) closure by repeated squaring-free iteration.
    private func closure(_ inner: PropertyPath, reflexive: Bool) -> [(TermID, TermID)] {
        let edges = Set(pairs(inner).map { Pair($0.0, $0.1) })
        var result: Set<Pair> = []
        for start in Set(nodes).union(patternConstants) {
            var reached: Set<TermID> = []
            var frontier = [start]
            while let node = frontier.popLast() {
                for edge in edges where edge.a == node && reached.insert(edge.b).inserted { frontier.append(edge.b) }
            }
            if reflexive { reached.insert(start) }
            for end in reached { result.insert(Pair(start, end)) }
        }
        return result.map { ($0.a, $0.b) }
    }

    // MARK: Filters (true, false, or nil for an error)

    private enum Value {
        case term(TermID)
        case text(String)
        case number(Double)
    }

    private func value(_ expression: FilterExpression, _ solution: Solution) -> Value? {
        switch expression {
        case .variable(let name, _): return solution[name].map(Value.term)
        case .name(let text, _, _): return .text(text)
        case .number(let text, _): return Double(text).map(Value.number)
        case .call(.type, let arguments, _):
            guard case .variable(let name, _)? = arguments.first, let id = solution[name],
                  let type = graph.entityType(of: id) else { return nil }
            return .text(type.name)
        default: return nil
        }
    }

    private func number(_ value: Value) -> Double? {
        switch value {
        case .number(let number): return number
        case .term(let id):
            if case .literal(.integer(let integer))? = graph.term(id) { return Double(integer) }
            return nil
        case .text: return nil
        }
    }

    private func truth(_ expression: FilterExpression, _ solution: Solution) -> Bool? {
        switch expression {
        case .not(let inner): return truth(inner, solution).map { !$0 }
        case .and(let terms):
            let values = terms.map { truth($0, solution) }
            if values.contains(false) { return false }
            return values.allSatisfy { $0 == true } ? true : nil
        case .or(let terms):
            let values = terms.map { truth($0, solution) }
            if values.contains(true) { return true }
            return values.allSatisfy { $0 == false } ? false : nil
        case .call(.bound, let arguments, _):
            guard case .variable(let name, _)? = arguments.first else { return nil }
            return solution[name] != nil
        case .compare(let op, let l, let r):
            guard let a = value(l, solution), let b = value(r, solution) else { return nil }
            if let x = number(a), let y = number(b) { return Self.apply(op, x == y ? 0 : (x < y ? -1 : 1)) }
            switch (a, b) {
            case (.term(let x), .term(let y)):
                guard op == .equal || op == .notEqual else { return nil }
                return (x == y) == (op == .equal)
            case (.term(let id), .text(let text)):
                guard op == .equal || op == .notEqual else { return nil }
                let same: Bool
                if graph.kind(of: id) == .entity {
                    same = graph.name(of: id).lowercased() == text.lowercased()
                } else {
                    same = graph.name(of: id) == text
                }
                return same == (op == .equal)
            case (.text(let x), .text(let y)):
                let a = x.lowercased(), b = y.lowercased()
                return Self.apply(op, a == b ? 0 : (a < b ? -1 : 1))
            default:
                return nil
            }
        default:
            return nil
        }
    }

    private static func apply(_ op: FilterExpression.Comparison, _ sign: Int) -> Bool {
        switch op {
        case .equal: sign == 0
        case .notEqual: sign != 0
        case .less: sign < 0
        case .lessOrEqual: sign <= 0
        case .greater: sign > 0
        case .greaterOrEqual: sign >= 0
        }
    }
}

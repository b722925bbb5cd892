import GraphStore

/// Turns a parsed query into a plan: resolves names to term ids, gives every variable a row slot,
/// orders each run of patterns by estimated cost (from the dataset's index counts), and places
/// each filter right after the step that binds the last variable it reads.
struct Planner<Dataset: QueryDataset> {
    let dataset: Dataset
    let names: NameIndex
    private(set) var slots: [String: Int] = [:]
    private(set) var slotCount = 0
    private(set) var hints: [Diagnostic] = []
    /// The entities of each name resolved so far: a name in a pattern and in a filter
    /// (`Ukraine border ?n . filter ?n != Ukraine`) is looked up once per statement.
    private var entitiesByName: [String: [TermID]] = [:]

    init(dataset: Dataset, names: NameIndex) {
        self.dataset = dataset
        self.names = names
    }

    /// Plans a query's pattern.
    mutating func plan(_ query: Query) throws(QueryError) -> QueryPlan {
        for name in query.pattern.namedVariables { _ = slot(for: name) }
        let root = try plan(query.pattern, bound: [])
        return QueryPlan(root: root, slots: slots, slotCount: slotCount, hints: hints)
    }

    private mutating func slot(for name: String) -> Int {
        if let existing = slots[name] { return existing }
        slots[name] = slotCount
        slotCount += 1
        return slotCount - 1
    }

    private mutating func freshSlot() -> Int {
        slotCount += 1
        return slotCount - 1
    }

    // MARK: Resolution

    private mutating func entities(named text: String) -> [TermID] {
        if let known = entitiesByName[text] { return known }
        let ids = names.entities(named: text, in: dataset)
        entitiesByName[text] = ids
        return ids
    }

    private mutating func resolve(_ term: PatternTerm) -> PlanSlot {
        switch term.kind {
        case .variable(let name): return .variable(slot(for: name))
        case .anonymous: return .variable(freshSlot())
        case .name(let text, _), .number(let text):
            let ids = names.terms(for: term.kind, entities: entities(named: text), in: dataset)
            if ids.isEmpty {
                hint("no entity or value named '\(text)'", at: term.range,
                     suggestions: names.suggestEntities(for: text, in: dataset))
            }
            // Best-connected first, then by name, so the note reads the same in any graph;
            // a name with one term (the usual case) costs no fact counts.
            let entityNames = ids.count < 2 ? [] : ids.compactMap { id -> (name: String, facts: Int)? in
                guard case .entity(let name, _)? = dataset.term(id) else { return nil }
                return (name, dataset.count(id, nil, nil) + dataset.count(nil, nil, id))
            }
            .sorted { $0.facts != $1.facts ? $0.facts > $1.facts : $0.name < $1.name }
            .map(\.name)
            if entityNames.count > 1 {
                let shown = entityNames.prefix(5).map { "'\($0)'" }.joined(separator: ", ")
                let more = entityNames.count > 5 ? " and \(entityNames.count - 5) more" : ""
                hints.append(Diagnostic(.ambiguousName, "'\(text)' matches \(entityNames.count) entities: \(shown)\(more)",
                                        at: term.range, expected: Array(entityNames.prefix(5)), severity: .note))
            }
            return .constant(ids)
        }
    }

    private mutating func resolve(_ path: PropertyPath) -> ResolvedPath {
        switch path {
        case .predicate(let text, _, let range):
            let ids = names.predicates(named: text, in: dataset)
            if ids.isEmpty {
                hint("no predicate '\(text)'", at: range, suggestions: names.suggestPredicates(for: text, in: dataset))
            }
            return .link(ids)
        case .wildcard: return .wildcard
        case .inverse(let inner): return .inverse(resolve(inner))
        case .sequence(let steps): return .sequence(steps.map { resolve($0) })
        case .alternative(let options): return .alternative(options.map { resolve($0) })
        case .oneOrMore(let inner): return .oneOrMore(resolve(inner))
        case .zeroOrMore(let inner): return .zeroOrMore(resolve(inner))
        case .zeroOrOne(let inner): return .zeroOrOne(resolve(inner))
        }
    }

    private mutating func hint(_ message: String, at range: SourceRange, suggestions: [String]) {
        var text = message
        if !suggestions.isEmpty {
            text += "; did you mean " + suggestions.map { "'\($0)'" }.joined(separator: ", ") + "?"
        }
        hints.append(Diagnostic(.unknownName, text, at: range, expected: suggestions, severity: .warning))
    }

    // MARK: Groups

    private struct Candidate {
        var operation: PlanStep.Operation
        var triple: TriplePattern
        var slots: Set<Int>
        /// The estimate with no variable bound (index counts of its fixed terms), computed once.
        var base: Int

        /// The estimate once the slots in `bound` have values: a sixteenth per bound position of a
        /// pattern; a path from a known end is taken to be short.
        func estimate(bound: Set<Int>) -> Int {
            switch operation {
            case .match(let s, let p, let o):
                var total = base
                for case .variable(let slot) in [s, p, o] where bound.contains(slot) { total = max(1, total / 16) }
                return total
            case .path(let s, _, let o):
                let known = [s, o].contains { if case .variable(let slot) = $0 { bound.contains(slot) } else { false } }
                return known && base > 0 ? min(base, 32) : base
            case .filter, .optional:
                return base
            }
        }
    }

    private mutating func candidate(_ triple: TriplePattern) -> Candidate {
        let subject = resolve(triple.subject)
        let object = resolve(triple.object)
        let operation: PlanStep.Operation
        switch triple.predicate {
        case .term(let term):
            operation = .match(subject: subject, predicate: resolve(term), object: object)
        case .path(let path):
            let resolved = resolve(path)
            if case .link(let ids) = resolved {
                operation = .match(subject: subject, predicate: .constant(ids), object: object)
            } else {
                operation = .path(subject: subject, path: resolved, object: object)
            }
        }
        var used: Set<Int> = []
        switch operation {
        case .match(let s, let p, let o):
            for case .variable(let slot) in [s, p, o] { used.insert(slot) }
        case .path(let s, _, let o):
            for case .variable(let slot) in [s, o] { used.insert(slot) }
        case .filter, .optional: break
        }
        return Candidate(operation: operation, triple: triple, slots: used,
                         base: estimate(operation, bound: []))
    }

    private mutating func plan(_ group: GroupPattern, bound outer: Set<Int>) throws(QueryError) -> GroupPlan {
        var steps: [PlanStep] = []
        var certain = outer
        var certainAfter: [Set<Int>] = []
        var segment: [Candidate] = []
        var filters: [(CompiledExpression, FilterExpression, Bool)] = []

        func flush() {
            while !segment.isEmpty {
                var best = 0
                var bestCost = Int.max
                for (index, item) in segment.enumerated() {
                    let cost = item.estimate(bound: certain)
                    if cost < bestCost {
                        best = index
                        bestCost = cost
                    }
                }
                let chosen = segment.remove(at: best)
                steps.append(PlanStep(chosen.operation, source: .triple(chosen.triple), estimate: bestCost))
                certain.formUnion(chosen.slots)
                certainAfter.append(certain)
            }
        }

        for element in group.elements {
            switch element {
            case .triple(let triple):
                segment.append(candidate(triple))
            case .filter(let expression):
                let compiled = try compile(expression).simplified
                filters.append((compiled, expression, expression.readsFacts))
            case .optional(let inner):
                flush()
                let innerPlan = try plan(inner, bound: certain)
                steps.append(PlanStep(.optional(innerPlan), source: .optional, estimate: 1))
                certainAfter.append(certain)
            }
        }
        flush()

        var placed: [[PlanStep]] = Array(repeating: [], count: steps.count + 1)
        for (compiled, expression, readsFacts) in filters {
            let needed = compiled.slots
            var position = steps.count
            if !readsFacts {
                if needed.isSubset(of: outer) {
                    position = 0
                } else if let index = certainAfter.firstIndex(where: { needed.isSubset(of: $0) }) {
                    position = index + 1
                }
            }
            placed[position].append(PlanStep(.filter(compiled), source: .filter(expression), estimate: 1))
        }
        var ordered: [PlanStep] = placed[0]
        for (index, step) in steps.enumerated() {
            ordered.append(step)
            ordered += placed[index + 1]
        }
        return GroupPlan(steps: ordered)
    }

    // MARK: Estimates

    /// Estimated rows a step yields per input row, given the slots bound before it.
    func estimate(_ operation: PlanStep.Operation, bound: Set<Int>) -> Int {
        func fixed(_ slot: PlanSlot) -> (ids: [TermID]?, isBoundVariable: Bool) {
            switch slot {
            case .constant(let ids): (ids, false)
            case .variable(let index): (nil, bound.contains(index))
            }
        }
        switch operation {
        case .match(let s, let p, let o):
            let parts = [fixed(s), fixed(p), fixed(o)]
            if parts.contains(where: { $0.ids?.isEmpty ?? false }) { return 0 }
            var total = 0
            for sid in parts[0].ids.map({ $0.prefix(8).map(Optional.some) }) ?? [nil] {
                for pid in parts[1].ids.map({ $0.prefix(8).map(Optional.some) }) ?? [nil] {
                    for oid in parts[2].ids.map({ $0.prefix(8).map(Optional.some) }) ?? [nil] {
                        total += dataset.count(sid, pid, oid)
                    }
                }
            }
            for part in parts where part.isBoundVariable { total = max(1, total / 16) }
            return total
        case .path(let s, _, let o):
            let ends = [fixed(s), fixed(o)]
            if ends.contains(where: { $0.ids?.isEmpty ?? false }) { return 0 }
            if ends.contains(where: { $0.ids != nil || $0.isBoundVariable }) { return 32 }
            return max(dataset.tripleCount, 1) * 4
        case .filter, .optional:
            return 1
        }
    }

    // MARK: Filters

    /// Warns when a variable is compared with a name that matches no entity and no value
    /// (`?m != Ukrain`), with the closest names, as for a name in a pattern.
    private mutating func checkComparedName(_ variable: FilterExpression, _ other: FilterExpression) {
        guard case .variable = variable, case .name(let text, let quoted, let range) = other else { return }
        guard names.terms(for: .name(text, quoted: quoted), entities: entities(named: text), in: dataset).isEmpty else {
            return
        }
        hint("no entity or value named '\(text)'", at: range, suggestions: names.suggestEntities(for: text, in: dataset))
    }

    /// Warns when `type(…)` is compared with a name that is no entity type (`persn`).
    private mutating func checkTypeName(_ call: FilterExpression, _ other: FilterExpression) {
        guard case .call(.type, _, _) = call, case .name(let text, _, let range) = other else { return }
        let types = EntityType.allCases.map(\.name)
        guard !types.contains(text.lowercased()) else { return }
        let suggestions = EditDistance.closest(to: text, among: types, limit: 1)
        var message = "'\(text)' is not an entity type (\(types.joined(separator: ", ")))"
        if let best = suggestions.first { message += "; did you mean '\(best)'?" }
        hints.append(Diagnostic(.unknownName, message, at: range, expected: types, severity: .warning))
    }

    /// The terms of an `and` or `or` chain joined into a balanced tree, so evaluating a chain of
    /// n terms recurses log2(n) deep, not n (`and` and `or` are associative, also with SPARQL's
    /// errors). An empty chain, which the parser never makes, is true for `and`, false for `or`.
    private static func balanced(_ terms: [CompiledExpression], and: Bool) -> CompiledExpression {
        func join(_ left: CompiledExpression, _ right: CompiledExpression) -> CompiledExpression {
            and ? .and(left, right) : .or(left, right)
        }
        var level = terms
        while level.count > 1 {
            var next: [CompiledExpression] = []
            next.reserveCapacity((level.count + 1) / 2)
            var index = 0
            while index + 1 < level.count {
                next.append(join(level[index], level[index + 1]))
                index += 2
            }
            if index < level.count { next.append(level[index]) }
            level = next
        }
        return level.first ?? .number(and ? 1 : 0)
    }

    private mutating func compile(_ expression: FilterExpression) throws(QueryError) -> CompiledExpression {
        switch expression {
        case .variable(let name, _):
            return .variable(slot(for: name))
        case .name(let text, _, _):
            return .name(text, entities(named: text))
        case .number(let text, _):
            return .number(Double(text) ?? .nan)
        case .not(let inner):
            return .not(try compile(inner))
        case .and(let terms):
            return Self.balanced(try compile(all: terms), and: true)
        case .or(let terms):
            return Self.balanced(try compile(all: terms), and: false)
        case .compare(let op, let left, let right):
            checkTypeName(left, right)
            checkTypeName(right, left)
            checkComparedName(left, right)
            checkComparedName(right, left)
            return .compare(op, try compile(left), try compile(right))
        case .call(.regex, let arguments, let range):
            guard arguments.count >= 2, case .name(let pattern, _, let patternRange) = arguments[1] else {
                throw QueryError(.invalidRegex("the pattern must be a quoted string"), range: range)
            }
            var flags = ""
            if arguments.count == 3, case .name(let given, _, _) = arguments[2] { flags = given }
            let metacharacters = Set("\\^$.|?*+()[]{}")
            if !pattern.contains(where: metacharacters.contains), flags.allSatisfy({ $0 == "i" }) {
                let ignoringCase = flags.contains("i")
                return .substring(try compile(arguments[0]), Array((ignoringCase ? pattern.lowercased() : pattern).utf8),
                                  ignoringCase: ignoringCase)
            }
            do {
                var regex = try Regex(pattern)
                if flags.contains("i") { regex = regex.ignoresCase() }
                return .regex(try compile(arguments[0]), regex)
            } catch {
                throw QueryError(.invalidRegex("\(error)"), range: patternRange)
            }
        case .call(let function, let arguments, _):
            return .call(function, try compile(all: arguments))
        }
    }

    private mutating func compile(all expressions: [FilterExpression]) throws(QueryError) -> [CompiledExpression] {
        var compiled: [CompiledExpression] = []
        for expression in expressions { compiled.append(try compile(expression)) }
        return compiled
    }
}

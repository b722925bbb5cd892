import GraphStore

/// Runs a plan as a pipeline of nested index lookups: each step extends the current row in every
/// way the graph allows and hands each extension to the next step, so rows stream to the sink
/// without intermediate results being collected. Bindings are undone on the way back, so one row
/// buffer serves the whole run. A class, so the closures of the pipeline capture one reference
/// rather than copies of the dataset.
final class Evaluator<Dataset: QueryDataset> {
    let dataset: Dataset
    let executionGuard: ExecutionGuard
    let recordFacts: Bool
    let filters: FilterEvaluator<Dataset>
    let paths: PathEvaluator<Dataset>
    /// Whether steps count the rows they produce (for `explain`).
    let countsRows: Bool

    init(dataset: Dataset, executionGuard: ExecutionGuard, recordFacts: Bool, countsRows: Bool,
         numbers: NumericTerms = NumericTerms(), texts: DecodedTerms = DecodedTerms()) {
        self.dataset = dataset
        self.countsRows = countsRows
        self.executionGuard = executionGuard
        self.recordFacts = recordFacts
        filters = FilterEvaluator(dataset: dataset, numbers: numbers, texts: texts)
        paths = PathEvaluator(dataset: dataset, executionGuard: executionGuard, recordFacts: recordFacts)
    }

    typealias Sink = (inout Row) throws -> Void
    /// One compiled step: extends the row in every way the step allows and hands each
    /// extension on (to the next stage, which ends in `sink`). Each stage holds its step's
    /// operands, unpacked once when the pipeline is built, so a row costs a closure call per
    /// step: no copy of a ``PlanStep/Operation`` (and no retain of its payload) per row.
    typealias Stage = (inout Row, Sink) throws -> Void

    /// Runs `group` on `row`, calling `sink` once per solution.
    func run(_ group: GroupPlan, _ row: inout Row, _ sink: Sink) throws {
        try pipeline(group.steps)(&row, sink)
    }

    /// The stages of `steps` chained, the last one handing rows to the sink.
    private func pipeline(_ steps: [PlanStep]) -> Stage {
        var next: Stage = { row, sink in try sink(&row) }
        for step in steps.reversed() { next = stage(step, next) }
        return next
    }

    /// The stage of one step, which hands its rows to `next` (counting them for `explain`).
    private func stage(_ step: PlanStep, _ next: @escaping Stage) -> Stage {
        let out: Stage = countsRows ? { row, sink in
            step.rows += 1
            try next(&row, sink)
        } : next
        let executionGuard = executionGuard
        switch step.operation {
        case .match(let s, let p, let o):
            let shapes = (SlotShape(s), SlotShape(p), SlotShape(o))
            return { [self] row, sink in
                // One frame per pattern either way (evaluation recurses once per pattern).
                if let sid = shapes.0.single(row), let pid = shapes.1.single(row), let oid = shapes.2.single(row) {
                    try self.matchOne(sid, pid, oid, shapes, &row, out, sink)
                } else {
                    try self.match(s, p, o, &row, out, sink)
                }
            }
        case .path(let s, let path, let o):
            return { [self] row, sink in try self.matchPath(s, path, o, &row, out, sink) }
        case .filter(let expression):
            let filters = filters
            switch expression {
            case .numericTest(let slot, let op, let constant, let constantFirst):
                return { row, sink in
                    try executionGuard.tick(&row.ticks)
                    if filters.numericTest(slot, op, constant, constantFirst, row.values) ?? false { try out(&row, sink) }
                }
            case .nameTest(let slot, let equal, let text, let ids):
                return { row, sink in
                    try executionGuard.tick(&row.ticks)
                    if filters.nameTest(slot, equal, text, ids, row.values) ?? false { try out(&row, sink) }
                }
            case .nameSearch(let slot, let needle, let ignoringCase):
                return { row, sink in
                    try executionGuard.tick(&row.ticks)
                    if filters.nameSearch(slot, needle, ignoringCase, row.values) ?? false { try out(&row, sink) }
                }
            default:
                return { row, sink in
                    try executionGuard.tick(&row.ticks)
                    if filters.holds(expression, values: row.values, facts: row.facts) { try out(&row, sink) }
                }
            }
        case .optional(let inner):
            let innerStages = pipeline(inner.steps)
            return { row, sink in
                var matched = false
                try innerStages(&row) { row throws in
                    matched = true
                    try out(&row, sink)
                }
                if !matched { try out(&row, sink) }
            }
        }
    }

    /// The terms a slot may take: its constants, its bound value, or nil for "any".
    func candidates(_ slot: PlanSlot, _ row: Row) -> [TermID?] {
        switch slot {
        case .constant(let ids): ids.map(Optional.some)
        case .variable(let index): [row.value(index)]
        }
    }

    /// Binds `slot` to `id`; false when the slot already holds another value.
    @inline(__always)
    static func bind(_ slot: PlanSlot, _ id: TermID, _ row: inout Row, _ newlyBound: inout [Int]) -> Bool {
        guard case .variable(let index) = slot else { return true }
        guard index < row.values.count else { return false }
        let current = row.values[index]
        if current == Row.unbound {
            row.values[index] = id.rawValue
            newlyBound.append(index)
            return true
        }
        return current == id.rawValue
    }

    @inline(__always)
    static func unbind(_ newlyBound: [Int], _ row: inout Row) {
        for index in newlyBound { row.values[index] = Row.unbound }
    }

    /// Matches a pattern with several fixed terms in some position: one index range per
    /// combination, binding through ``bind(_:_:_:_:)``.
    private func match(_ s: PlanSlot, _ p: PlanSlot, _ o: PlanSlot, _ row: inout Row, _ next: @escaping Stage,
                       _ sink: Sink) throws {
        var newlyBound: [Int] = []
        newlyBound.reserveCapacity(3)
        for sid in candidates(s, row) {
            for pid in candidates(p, row) {
                for oid in candidates(o, row) {
                    for triple in dataset.match(sid, pid, oid) {
                        try executionGuard.tick(&row.ticks)
                        newlyBound.removeAll(keepingCapacity: true)
                        if Self.bind(s, triple.subject, &row, &newlyBound),
                           Self.bind(p, triple.predicate, &row, &newlyBound),
                           Self.bind(o, triple.object, &row, &newlyBound) {
                            if recordFacts { row.facts.append(triple) }
                            try next(&row, sink)
                            if recordFacts { row.facts.removeLast() }
                        }
                        Self.unbind(newlyBound, &row)
                    }
                }
            }
        }
    }

    /// Matches a pattern that is one index range (each position fixed to one term or free): the
    /// free variables are written straight into the row, checked only where a variable repeats
    /// in the pattern, and unbound once at the end.
    private func matchOne(_ sid: TermID?, _ pid: TermID?, _ oid: TermID?, _ shapes: (SlotShape, SlotShape, SlotShape),
                          _ row: inout Row, _ next: @escaping Stage, _ sink: Sink) throws {
        // The row slot each position binds (-1: fixed by the range; -2: a slot outside the row,
        // which binds nothing), and whether it repeats an earlier position's variable (then the
        // triple must agree with it).
        let count = row.values.count
        func free(_ shape: SlotShape, _ id: TermID?) -> Int {
            guard case .variable(let index) = shape else { return -1 }
            return index < 0 || index >= count ? -2 : (id == nil ? index : -1)
        }
        let fs = free(shapes.0, sid), fp = free(shapes.1, pid), fo = free(shapes.2, oid)
        if fs == -2 || fp == -2 || fo == -2 { return }
        let pRepeats = fp >= 0 && fp == fs
        let oRepeats = fo >= 0 && (fo == fs || fo == fp)
        defer {
            if fs >= 0 { row.values[fs] = Row.unbound }
            if fp >= 0 { row.values[fp] = Row.unbound }
            if fo >= 0 { row.values[fo] = Row.unbound }
        }
        for triple in dataset.match(sid, pid, oid) {
            try executionGuard.tick(&row.ticks)
            if pRepeats, triple.predicate != triple.subject { continue }
            if oRepeats, triple.object != (fo == fs ? triple.subject : triple.predicate) { continue }
            if fs >= 0 { row.values[fs] = triple.subject.rawValue }
            if fp >= 0 { row.values[fp] = triple.predicate.rawValue }
            if fo >= 0 { row.values[fo] = triple.object.rawValue }
            if recordFacts {
                row.facts.append(triple)
                try next(&row, sink)
                row.facts.removeLast()
            } else {
                try next(&row, sink)
            }
        }
    }

    private func matchPath(_ s: PlanSlot, _ path: ResolvedPath, _ o: PlanSlot, _ row: inout Row,
                           _ next: @escaping Stage, _ sink: Sink) throws {
        let subjects = candidates(s, row)
        let objects = candidates(o, row)
        if subjects.isEmpty || objects.isEmpty { return }
        var newlyBound: [Int] = []
        var constants: Set<TermID> = []
        for case .constant(let ids) in [s, o] { constants.formUnion(ids) }
        func emit(_ start: TermID, _ end: TermID, _ witness: [Triple], _ row: inout Row) throws {
            // A zero-length path joins a term to itself only when the term is a constant of the
            // pattern or a node of the graph (SPARQL evaluates the path apart from the join).
            if start == end, !constants.contains(start), dataset.count(start, nil, nil) == 0,
               dataset.count(nil, nil, start) == 0 { return }
            newlyBound.removeAll(keepingCapacity: true)
            if Self.bind(s, start, &row, &newlyBound), Self.bind(o, end, &row, &newlyBound) {
                let mark = row.facts.count
                if recordFacts { row.facts += witness }
                try next(&row, sink)
                row.facts.removeSubrange(mark...)
            }
            Self.unbind(newlyBound, &row)
        }
        if subjects.contains(where: { $0 != nil }) || objects.allSatisfy({ $0 == nil }) {
            let starts = subjects.contains(where: { $0 != nil }) ? subjects.compactMap { $0 } : try paths.allNodes()
            let wanted = Set(objects.compactMap { $0 })
            for start in starts {
                for (end, witness) in try paths.ends(path, from: start, forward: true)
                where wanted.isEmpty || wanted.contains(end) {
                    try emit(start, end, witness, &row)
                }
            }
        } else {
            for end in objects.compactMap({ $0 }) {
                for (start, witness) in try paths.ends(path, from: end, forward: false) {
                    try emit(start, end, witness.reversed(), &row)
                }
            }
        }
    }
}

import GraphStore

/// A seeded SplitMix64 generator, so every random case repeats exactly.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Random small graphs and random queries over them, for the property test.
enum RandomQueries {
    static let entityCount = 8
    static let predicates = ["p0", "p1", "p2"]

    /// A graph of entities `e0…e7` (random types) and predicates `p0…p2`, with some integer objects.
    static func graph(_ rng: inout SplitMix) -> Graph {
        var graph = Graph()
        let types = EntityType.allCases
        let entities = (0..<entityCount).map { i in
            graph.intern(entity: EntityRecord(name: "e\(i)", type: types[Int.random(in: 0..<types.count, using: &rng)]))
        }
        let predicateIDs = predicates.map { graph.intern(predicate: $0) }
        for _ in 0..<Int.random(in: 8...30, using: &rng) {
            let subject = entities[Int.random(in: 0..<entities.count, using: &rng)]
            let predicate = predicateIDs[Int.random(in: 0..<predicateIDs.count, using: &rng)]
            let object = Int.random(in: 0..<5, using: &rng) == 0
                ? graph.intern(literal: .integer(Int64.random(in: 0...3, using: &rng)))
                : entities[Int.random(in: 0..<entities.count, using: &rng)]
            graph.insert(Triple(subject, predicate, object))
        }
        graph.commit()
        return graph
    }

    static func pick<T>(_ items: [T], _ rng: inout SplitMix) -> T {
        items[Int.random(in: 0..<items.count, using: &rng)]
    }

    static func chance(_ percent: Int, _ rng: inout SplitMix) -> Bool { Int.random(in: 0..<100, using: &rng) < percent }

    static func path(_ rng: inout SplitMix, depth: Int) -> String {
        if depth == 0 || chance(40, &rng) { return chance(10, &rng) ? "*" : pick(predicates, &rng) }
        let inner = path(&rng, depth: depth - 1)
        switch Int.random(in: 0..<6, using: &rng) {
        case 0: return "^" + inner
        case 1: return "(\(inner))+"
        case 2: return "(\(inner))*"
        case 3: return "(\(inner))?"
        case 4: return "(\(inner)/\(path(&rng, depth: depth - 1)))"
        default: return "(\(inner)|\(path(&rng, depth: depth - 1)))"
        }
    }

    static func term(_ variables: [String], _ rng: inout SplitMix) -> String {
        switch Int.random(in: 0..<10, using: &rng) {
        case 0: return "e\(Int.random(in: 0..<(entityCount + 1), using: &rng))"
        case 1: return chance(50, &rng) ? "_" : "\(Int.random(in: 0...3, using: &rng))"
        default: return "?" + pick(variables, &rng)
        }
    }

    static func filter(_ variables: [String], _ rng: inout SplitMix, depth: Int = 2) -> String {
        let v = "?" + pick(variables, &rng)
        if depth > 0, chance(30, &rng) {
            let a = filter(variables, &rng, depth: depth - 1), b = filter(variables, &rng, depth: depth - 1)
            return pick(["(\(a) and \(b))", "(\(a) or \(b))", "not (\(a))"], &rng)
        }
        switch Int.random(in: 0..<7, using: &rng) {
        case 0: return "\(v) \(pick(["=", "!="], &rng)) ?\(pick(variables, &rng))"
        case 1: return "\(v) \(pick(["=", "!="], &rng)) e\(Int.random(in: 0..<entityCount, using: &rng))"
        case 2: return "bound(\(v))"
        case 3: return "type(\(v)) = \(pick(EntityType.allCases, &rng).name)"
        case 4: return "\(Int.random(in: 0...3, using: &rng)) \(pick(["<", "<=", ">", ">=", "=", "!="], &rng)) \(v)"
        default: return "\(v) \(pick(["<", "<=", ">", ">=", "=", "!="], &rng)) \(Int.random(in: 0...3, using: &rng))"
        }
    }

    /// A random query text: 1–3 patterns (some with paths or a predicate variable), maybe an
    /// OPTIONAL adding a fresh variable, maybe filters, maybe DISTINCT or COUNT.
    static func query(_ rng: inout SplitMix) -> String {
        let variables = ["a", "b", "c"]
        var parts: [String] = []
        var used: [String] = []
        for index in 0..<Int.random(in: 1...3, using: &rng) {
            let subject = index > 0 && !used.isEmpty && chance(70, &rng) ? "?" + pick(used, &rng) : term(variables, &rng)
            let predicate: String
            switch Int.random(in: 0..<10, using: &rng) {
            case 0: predicate = "?q"
            case 1, 2, 3: predicate = path(&rng, depth: 2)
            default: predicate = pick(predicates, &rng)
            }
            let object = term(variables, &rng)
            for text in [subject, predicate, object] where text.hasPrefix("?") { used.append(String(text.dropFirst())) }
            parts.append("\(subject) \(predicate) \(object)")
        }
        if used.isEmpty {
            parts.append("?a \(pick(predicates, &rng)) ?b")
            used = ["a", "b"]
        }
        let mandatory = Array(Set(used).subtracting(["q"])).sorted()
        var filterVariables = mandatory.isEmpty ? Array(Set(used)).sorted() : mandatory
        if chance(30, &rng), let anchor = mandatory.randomElement(using: &rng) {
            let optionalFilter = chance(30, &rng) ? " . filter \(filter([anchor, "o"], &rng, depth: 0))" : ""
            parts.append("optional { ?\(anchor) \(chance(30, &rng) ? path(&rng, depth: 1) : pick(predicates, &rng)) ?o\(optionalFilter) }")
            filterVariables.append("o")
        }
        for _ in 0..<(chance(40, &rng) ? Int.random(in: 1...2, using: &rng) : 0) {
            parts.insert("filter \(filter(filterVariables, &rng))", at: Int.random(in: 0...parts.count, using: &rng))
        }
        if parts.first?.hasPrefix("filter") == true { parts.append(parts.removeFirst()) }
        let body = parts.joined(separator: " . ")
        switch Int.random(in: 0..<10, using: &rng) {
        case 0, 1:
            return "select distinct * where { \(body) }"
        case 2:
            return "select count(*) as ?n where { \(body) }"
        case 3 where !mandatory.isEmpty:
            let key = pick(mandatory, &rng)
            let counted = pick(filterVariables, &rng)
            return "select ?\(key) count(\(chance(50, &rng) ? "distinct " : "")?\(counted)) as ?n where { \(body) } group by ?\(key)"
        default:
            return body
        }
    }
}

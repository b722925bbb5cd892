import GraphStore
import Testing
@testable import GraphQuery

/// The evaluator agrees with the naive reference evaluator on random graphs and random queries
/// (paths, OPTIONAL, FILTER, DISTINCT, COUNT, GROUP BY), compared as bags of rows.
@Suite struct QueryEnginePropertyTests {
    static func render(_ value: QueryValue?) -> String {
        guard let value else { return "-" }
        if let id = value.termID { return "#\(id.rawValue)" }
        return value.displayText
    }

    @Test(arguments: 0..<60)
    func agreesWithReference(seed: Int) throws {
        var rng = SplitMix(seed: UInt64(seed) &* 7919 &+ 17)
        let graph = RandomQueries.graph(&rng)
        let engine = QueryEngine(graph)
        for _ in 0..<12 {
            let text = RandomQueries.query(&rng)
            let statement = try QueryParser.parse(text)
            guard case .query(let query) = statement else {
                Issue.record("not a query: \(text)")
                continue
            }
            let actual = try engine.execute(statement, options: .init(limits: .unlimited)).rows
                .map { $0.values.map(Self.render) }
            var reference = ReferenceEvaluator(graph: graph)
            let expected = reference.rows(query)
            #expect(actual.sorted { $0.lexicographicallyPrecedes($1) } == expected.sorted { $0.lexicographicallyPrecedes($1) },
                    "seed \(seed): \(text)")
        }
    }

    /// ORDER BY, LIMIT and OFFSET: the rows are the reference's rows in sorted order, sliced.
    @Test(arguments: 0..<10)
    func orderAndSlice(seed: Int) throws {
        var rng = SplitMix(seed: UInt64(seed) &+ 1000)
        let graph = RandomQueries.graph(&rng)
        let engine = QueryEngine(graph)
        let all = try engine.execute("?a p0 ?b order by ?b, desc ?a", options: .init(limits: .unlimited)).rows
        let names = all.map { $0.values.map { $0?.displayText ?? "" } }
        var reference = ReferenceEvaluator(graph: graph)
        guard case .query(let query) = try QueryParser.parse("?a p0 ?b") else { return }
        #expect(all.count == reference.rows(query).count)
        for (earlier, later) in zip(all, all.dropFirst()) {
            let a = earlier.values, b = later.values
            guard let a1 = a[1], let b1 = b[1], let a0 = a[0], let b0 = b[0] else { continue }
            let keyA = Self.sortKey(a1), keyB = Self.sortKey(b1)
            #expect(keyA <= keyB, "\(names)")
            if keyA == keyB { #expect(a0.displayText >= b0.displayText, "\(names)") }
        }
        let sliced = try engine.execute("?a p0 ?b order by ?b, desc ?a limit 3 offset 2").rows
        #expect(sliced.map(\.values) == Array(all.dropFirst(2).prefix(3)).map(\.values))
    }

    /// Numbers sort before names, as ORDER BY does.
    static func sortKey(_ value: QueryValue) -> String {
        if case .literal(_, .integer(let number)) = value { return "0:\(number)" }
        return "1:\(value.displayText)"
    }
}

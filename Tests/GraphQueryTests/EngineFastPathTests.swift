import Foundation
import GraphStore
import Testing
@testable import GraphQuery

/// The engine's shortcuts give the same answers as the general paths: decoded values kept
/// across statements, one reused row in `stream`, numeric filters compiled to `numericTest`,
/// the dense one-variable group table.
@Suite struct EngineFastPathTests {
    let engine = NewsGraph.engine()

    func texts(_ text: String) throws -> [[String]] {
        try engine.execute(text, options: .init(limits: .unlimited)).texts.sorted { $0.lexicographicallyPrecedes($1) }
    }

    @Test func repeatedStatementsGiveTheSameRows() throws {
        let first = try texts("?s ?p ?o")
        #expect(first.count == NewsGraph.facts.count)
        // The second run reads every value from the engine's table.
        #expect(try texts("?s ?p ?o") == first)
        #expect(try texts("?x meet ?y") == [["Antony Blinken", "Sergei Lavrov"], ["Vladimir Putin", "Sergei Lavrov"]])
        #expect(try texts("?s ?p ?o") == first)
        // Text functions read names through the engine's filter table, also across statements.
        for _ in 0..<2 {
            #expect(try texts(#"?x meet ?y . filter regex(?x, "BLINK", "i")"#) == [["Antony Blinken", "Sergei Lavrov"]])
            #expect(try texts(#"?x lead ?y . filter contains(?y, "rus") or name(?x) = "Joe Biden""#) == [["Vladimir Putin", "Russia"]])
        }
    }

    @Test func rowsKeptFromStreamStayIntact() throws {
        var kept: [ResultRow] = []
        _ = try engine.stream(QueryParser.parse("?s ?p ?o")) { kept.append($0) }
        let collected = try engine.execute("?s ?p ?o").rows
        #expect(kept == collected)
        #expect(Set(kept.map { $0.values.map { $0?.displayText ?? "" } }).count == kept.count)
    }

    @Test func concurrentStatementsShareTheEngine() async throws {
        let engine = self.engine
        let expected = try engine.execute("?s ?p ?o").texts
        let results = await withTaskGroup(of: [[String]]?.self) { group in
            for _ in 0..<8 {
                group.addTask { try? engine.execute("?s ?p ?o").texts }
            }
            var all: [[[String]]?] = []
            for await result in group { all.append(result) }
            return all
        }
        #expect(results.count == 8)
        for result in results { #expect(result == expected) }
    }

    @Test(arguments: [
        ("?x \"born in year\" ?y . filter ?y >= 1960", [["Antony Blinken", "1962"]]),
        ("?x \"born in year\" ?y . filter 1960 <= ?y", [["Antony Blinken", "1962"]]),
        ("?x \"born in year\" ?y . filter 1960 > ?y", [["Sergei Lavrov", "1950"]]),
        ("?x \"born in year\" ?y . filter ?y = 1950", [["Sergei Lavrov", "1950"]]),
        ("?x \"born in year\" ?y . filter ?y != 1950", [["Antony Blinken", "1962"]]),
        ("?x \"born in year\" ?y . filter not (?y < 1955)", [["Antony Blinken", "1962"]]),
        ("?x \"born in year\" ?y . filter ?y < 1955 or ?y > 1960", [["Antony Blinken", "1962"], ["Sergei Lavrov", "1950"]]),
        // An entity is not a number: the comparison is an error, so false either way round.
        ("?x meet ?y . filter ?y > 0", []),
        ("?x meet ?y . filter not (?y > 0)", []),
        // Unbound (OPTIONAL without a match) is an error too.
        ("?x visit ?z . optional { ?x \"born in year\" ?y } . filter ?y > 0", [["Antony Blinken", "Poland", "1962"],
                                                                                ["Antony Blinken", "Ukraine", "1962"]]),
        ("?x lead ?z . optional { ?x \"born in year\" ?y } . filter ?y > 0", []),
    ])
    func numericFilters(query: String, expected: [[String]]) throws {
        #expect(try texts(query) == expected)
    }

    @Test func numericComparisonCompilesToTheFastPath() throws {
        guard case .query(let query) = try QueryParser.parse("?x \"born in year\" ?y . filter 2000 <= ?y") else {
            Issue.record("not a query")
            return
        }
        var planner = Planner(dataset: engine.dataset, names: NameIndex())
        let plan = try planner.plan(query)
        let filters = plan.root.steps.compactMap { step -> CompiledExpression? in
            if case .filter(let expression) = step.operation { return expression }
            return nil
        }
        #expect(filters.count == 1)
        if case .numericTest(_, .lessOrEqual, 2000, constantFirst: true)? = filters.first {} else {
            Issue.record("expected a numericTest, got \(String(describing: filters.first))")
        }
    }

    /// `?v = name` and `?v != name` compile to `nameTest`, which compares entities by id and
    /// predicates and literals as the general comparison does (by phrase, by lexical form).
    @Test func nameComparisonCompilesToTheFastPathAndAgrees() throws {
        guard case .query(let query) = try QueryParser.parse("?s ?p ?o . filter Russia != ?o") else {
            Issue.record("not a query")
            return
        }
        var planner = Planner(dataset: engine.dataset, names: NameIndex())
        let filters = try planner.plan(query).root.steps.compactMap { step -> CompiledExpression? in
            if case .filter(let expression) = step.operation { return expression }
            return nil
        }
        if case .nameTest(_, equal: false, "Russia", let ids)? = filters.first, ids.count == 1 {} else {
            Issue.record("expected a nameTest, got \(String(describing: filters.first))")
        }
        let all = try texts("?s ?p ?o")
        #expect(try texts("?s ?p ?o . filter Russia != ?o") == all.filter { $0[2] != "Russia" })
        #expect(try texts("?s ?p ?o . filter ?o = Russia") == all.filter { $0[2] == "Russia" })
        #expect(try texts("?s ?p ?o . filter ?p = meet") == all.filter { $0[1] == "meet" })
        #expect(try texts("?s ?p ?o . filter ?p != \"hold_talks  with\"") == all.filter { $0[1] != "hold talks with" })
        #expect(try texts("?s ?p ?o . filter \"1962\" = ?o") == all.filter { $0[2] == "1962" })
        #expect(try !texts("?s ?p ?o . filter ?o = Russia").isEmpty)
        #expect(try !texts("?s ?p ?o . filter \"1962\" = ?o").isEmpty)
    }

    @Test func groupsByOneVariableIncludingUnbound() throws {
        #expect(try texts("select ?p count(*) as ?n where ?s ?p ?o group by ?p order by desc ?n, ?p limit 2")
            == [["border", "4"], ["accuse", "2"]].sorted { $0.lexicographicallyPrecedes($1) })
        // ?y unbound for every leader without a birth year: one group for "unbound".
        #expect(try texts("select ?y (count(*) as ?n) where ?x lead ?z optional { ?x \"born in year\" ?y } group by ?y")
            == [["", "2"]])
        #expect(try texts("select ?y (count(*) as ?n) where ?x ?p ?z optional { ?x \"born in year\" ?y } group by ?y")
            == [["", "11"], ["1950", "1"], ["1962", "6"]])
    }

    @Test(arguments: [
        "select ?p count(*) as ?n where ?s ?p ?o group by ?p",
        "select ?p (count(?o) as ?n) where ?s ?p ?o group by ?p",
        "select ?p (count(?s) as ?n) (count(*) as ?m) where ?s ?p ?o group by ?p",
        "select (count(*) as ?n) ?p where ?s ?p ?o group by ?p order by desc ?n, ?p limit 3",
    ])
    func countsByPredicateEqualTheScan(query: String) throws {
        // The same query with a filter that always holds takes the general (scanning) path.
        let scanned = query.replacingOccurrences(of: "?s ?p ?o", with: "{ ?s ?p ?o . filter bound(?s) }")
        #expect(try texts(query) == texts(scanned))
        #expect(try !texts(query).isEmpty)
        guard case .query(let parsed) = try QueryParser.parse(query) else { return }
        var planner = Planner(dataset: engine.dataset, names: NameIndex())
        let plan = try planner.plan(parsed)
        let columns = parsed.columnNames + parsed.groupBy.filter { !parsed.columnNames.contains($0) }
        #expect(try QueryRunner.countsByPredicate(parsed, plan: plan, columns: columns, dataset: engine.dataset,
                                                  executionGuard: ExecutionGuard(options: .init())) != nil)
    }

    @Test(arguments: [
        "select ?s count(*) as ?n where ?s ?p ?o group by ?s",
        "select ?p count(distinct ?s) as ?n where ?s ?p ?o group by ?p",
        "select ?p count(*) as ?n where ?s ?p ?s group by ?p",
        "select ?p count(*) as ?n where ?s ?p Russia group by ?p",
    ])
    func otherAggregatesScan(query: String) throws {
        guard case .query(let parsed) = try QueryParser.parse(query) else { return }
        var planner = Planner(dataset: engine.dataset, names: NameIndex())
        let plan = try planner.plan(parsed)
        let columns = parsed.columnNames + parsed.groupBy.filter { !parsed.columnNames.contains($0) }
        #expect(try QueryRunner.countsByPredicate(parsed, plan: plan, columns: columns, dataset: engine.dataset,
                                                  executionGuard: ExecutionGuard(options: .init())) == nil)
    }
}

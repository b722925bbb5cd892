import GraphStore
import Testing
@testable import GraphQuery

/// A graph seen only through the protocol's required members: names are decoded through
/// `term(_:)` and sorts compare names (the defaults of `withName` and `nameRanks`).
struct PlainDataset: QueryDataset {
    let graph: Graph

    func match(_ subject: TermID?, _ predicate: TermID?, _ object: TermID?) -> TripleMatches {
        graph.match(subject, predicate, object)
    }
    func count(_ subject: TermID?, _ predicate: TermID?, _ object: TermID?) -> Int { graph.count(subject, predicate, object) }
    var tripleCount: Int { graph.tripleCount }
    func term(_ id: TermID) -> Term? { graph.term(id) }
    func entities(matching name: String) -> [TermID] { graph.entities(matching: name) }
    func ids(of kind: TermKind) -> [TermID] { graph.ids(of: kind) }
    func literal(_ literal: Literal) -> TermID? { graph.literal(literal) }
    func provenance(of triple: Triple) -> [Provenance] { graph.provenance(of: triple) }
    func entityAliases() -> [(owner: TermID, alias: String)] { graph.entityAliases() }
}

/// Searches in stored name bytes and sorts by name ranks give exactly what decoding names and
/// comparing them gives, on ASCII and non-ASCII names, before and after terms are added.
@Suite struct NameFastPathTests {
    static func graph(extra: [String] = []) -> Graph {
        var graph = Graph()
        let names = ["Ivan Petrov", "IVANA", "Ívan Ívanov", "Zoë Ivanova", "Sivan", "ivan", "Bob", "Émile", "Ľubo Ivan",
                     "Øystein", "Ann", "ann", "Anne"] + extra
        let people = names.map { graph.intern(entity: EntityRecord(name: $0, type: .person)) }
        let meet = graph.intern(predicate: "meet"), know = graph.intern(predicate: "KNOW ivan"), year = graph.intern(predicate: "born")
        for (i, person) in people.enumerated() {
            graph.insert(Triple(person, i % 2 == 0 ? meet : know, people[(i + 3) % people.count]))
            graph.insert(Triple(person, year, graph.intern(literal: .year(Int32(1950 + i % 4)))))
        }
        graph.commit()
        return graph
    }

    static let queries = [
        #"?x ?p ?y . filter regex(?x, "ivan", "i")"#,
        #"?x ?p ?y . filter regex(?x, "Ivan")"#,
        #"?x ?p ?y . filter regex(?x, "ívan", "i")"#,
        #"?x ?p ?y . filter regex(?p, "ivan", "i")"#,
        #"?x ?p ?y . filter regex(?y, "95", "i")"#,
        #"?x ?p ?y . filter regex(?x, "", "i")"#,
        #"?x ?p ?y . filter not regex(?x, "an")"#,
        "select distinct ?x where ?x ?p ?y order by ?x limit 5",
        "select distinct ?x where ?x ?p ?y order by desc ?x",
        "?x ?p ?y order by ?p, ?y, desc ?x",
        "?x ?p ?y order by ?y ?x limit 7 offset 2",
        "select distinct ?p where ?x ?p ?y order by ?p",
    ]

    @Test(arguments: [[], ["Iva", "Ivan Petrov Jr", "AAA", "zzz", "Ívan"]])
    func sameRowsAsTheGeneralPath(extra: [String]) throws {
        let graph = Self.graph(extra: extra)
        let fast = QueryEngine(graph), plain = QueryEngine(PlainDataset(graph: graph))
        #expect(graph.nameRanks().count == graph.termCount)
        for query in Self.queries {
            let expected = try plain.execute(query, options: .init(limits: .unlimited)).texts
            // Twice: the second run reads the ranks the first one made.
            for _ in 0..<2 {
                let rows = try fast.execute(query, options: .init(limits: .unlimited)).texts
                if query.contains("order by") {
                    #expect(rows == expected, "\(query)")
                } else {
                    #expect(rows.sorted { $0.lexicographicallyPrecedes($1) } == expected.sorted { $0.lexicographicallyPrecedes($1) },
                            "\(query)")
                }
            }
        }
    }

    @Test func searchesInAVariableCompileToNameSearch() throws {
        guard case .query(let query) = try QueryParser.parse(#"?x ?p ?y . filter regex(?x, "IVAN", "i")"#) else {
            Issue.record("not a query")
            return
        }
        var planner = Planner(dataset: Self.graph(), names: NameIndex())
        let plan = try planner.plan(query)
        let filters = plan.root.steps.compactMap { step -> CompiledExpression? in
            if case .filter(let expression) = step.operation { return expression }
            return nil
        }
        if case .nameSearch(_, let needle, ignoringCase: true)? = filters.first {
            #expect(needle == Array("ivan".utf8))
        } else {
            Issue.record("expected a nameSearch, got \(String(describing: filters.first))")
        }
    }
}

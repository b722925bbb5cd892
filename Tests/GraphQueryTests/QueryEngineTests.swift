import GraphStore
import Testing
@testable import GraphQuery

@Suite struct QueryEngineTests {
    let engine = NewsGraph.engine()

    func run(_ text: String) throws -> QueryResult { try engine.execute(text, options: .init(limits: .unlimited)) }

    func sortedRows(_ text: String) throws -> [[String]] { try run(text).texts.sorted { $0.lexicographicallyPrecedes($1) } }

    @Test(arguments: [
        ("Blinken meet ?who", [["Sergei Lavrov"]]),
        ("blinken MEET ?who", [["Sergei Lavrov"]]),
        ("\"Tony Blinken\" meet ?who", [["Sergei Lavrov"]]),
        ("Antony_Blinken meet ?who", [["Sergei Lavrov"]]),
        ("?who meet Lavrov", [["Antony Blinken"], ["Vladimir Putin"]]),
        ("Blinken \"hold talks with\" ?who", [["Sergei Lavrov"]]),
        ("Blinken hold_talks_with ?who", [["Sergei Lavrov"]]),
        ("Russia annex ?x", [["Crimea"]]),
        ("?x visit Ukraine . ?x meet ?y", [["Antony Blinken", "Sergei Lavrov"]]),
        ("Putin ?p Russia", [["lead"]]),
        ("?x lead ?y . ?y annex ?z", [["Vladimir Putin", "Russia", "Crimea"]]),
        ("?x \"born in year\" ?y", [["Antony Blinken", "1962"], ["Sergei Lavrov", "1950"]]),
        ("?x \"born in year\" 1962", [["Antony Blinken"]]),
    ])
    func patterns(query: String, expected: [[String]]) throws {
        #expect(try sortedRows(query) == expected)
    }

    @Test(arguments: [
        ("Russia annex+ ?x", [["Crimea"]]),
        ("Ukraine border+ ?x", [["Poland"], ["Russia"], ["Ukraine"]]),
        ("Ukraine border* ?x", [["Poland"], ["Russia"], ["Ukraine"]]),
        ("Crimea annex? ?x", [["Crimea"]]),
        ("Crimea ^annex ?x", [["Russia"]]),
        ("Putin lead/annex ?x", [["Crimea"]]),
        ("Blinken meet|visit ?x", [["Poland"], ["Sergei Lavrov"], ["Ukraine"]]),
        ("Blinken (meet|\"hold talks with\") ?x", [["Sergei Lavrov"], ["Sergei Lavrov"]]),
        ("?x lead/^border Poland", [["Volodymyr Zelenskyy"]]),
        ("Putin * ?x", [["NATO"], ["Russia"], ["Sergei Lavrov"]]),
        ("Putin lead/* ?x", [["Crimea"], ["NATO"], ["Ukraine"]]),
    ])
    func paths(query: String, expected: [[String]]) throws {
        #expect(try sortedRows(query) == expected)
    }

    @Test(arguments: [
        ("?x meet ?y . filter type(?y) = person", [["Antony Blinken", "Sergei Lavrov"], ["Vladimir Putin", "Sergei Lavrov"]]),
        ("?x \"born in year\" ?y . filter ?y >= 1960", [["Antony Blinken", "1962"]]),
        ("?x lead ?y . filter contains(?x, \"VLAD\")", [["Vladimir Putin", "Russia"]]),
        ("?x lead ?y . filter regex(?x, \"^vol\", \"i\")", [["Volodymyr Zelenskyy", "Ukraine"]]),
        ("?x lead ?y . filter regex(?x, \"^vol\")", []),
        ("?x meet ?y . filter confidence() > 0.5", [["Antony Blinken", "Sergei Lavrov"]]),
        ("?x accuse ?y . filter not (?y = NATO)", [["Antony Blinken", "Russia"]]),
        ("?x accuse ?y . filter ?y = NATO or ?x = Blinken", [["Antony Blinken", "Russia"], ["Russia", "NATO"]]),
        ("?x accuse ?y . filter type(?y) = organization and type(?x) = place", [["Russia", "NATO"]]),
        ("?x lead ?y . filter startswith(name(?y), \"uk\")", [["Volodymyr Zelenskyy", "Ukraine"]]),
    ])
    func filters(query: String, expected: [[String]]) throws {
        #expect(try sortedRows(query) == expected)
    }

    @Test func filterNotEqualKeepsOtherNeighbours() throws {
        let rows = try sortedRows("Ukraine border ?n . ?n border ?m . filter ?m != Ukraine")
        #expect(rows.isEmpty)
        let all = try sortedRows("Ukraine border ?n . ?n border ?m")
        #expect(all == [["Poland", "Ukraine"], ["Russia", "Ukraine"]])
    }

    @Test func optionalLeavesUnboundWhenNothingMatches() throws {
        let rows = try sortedRows("?x lead ?y optional { ?y annex ?z }")
        #expect(rows == [["Vladimir Putin", "Russia", "Crimea"], ["Volodymyr Zelenskyy", "Ukraine", ""]])
        let filtered = try sortedRows("?x lead ?y optional { ?y annex ?z . filter ?z = Poland }")
        #expect(filtered == [["Vladimir Putin", "Russia", ""], ["Volodymyr Zelenskyy", "Ukraine", ""]])
        let bound = try sortedRows("?x lead ?y optional { ?y annex ?z } . filter bound(?z)")
        #expect(bound == [["Vladimir Putin", "Russia", "Crimea"]])
    }

    @Test func modifiers() throws {
        #expect(try run("select distinct ?x where ?x border ?y order by ?x").texts == [["Poland"], ["Russia"], ["Ukraine"]])
        #expect(try run("select distinct ?x where ?x border ?y order by desc ?x limit 2").texts == [["Ukraine"], ["Russia"]])
        #expect(try run("select distinct ?x where ?x border ?y order by ?x limit 1 offset 1").texts == [["Russia"]])
        #expect(try run("?x \"born in year\" ?y order by ?y").texts == [["Sergei Lavrov", "1950"], ["Antony Blinken", "1962"]])
        #expect(try run("Blinken visit ?x limit 0").rows.isEmpty)
    }

    @Test func countAndGroupBy() throws {
        let byPredicate = try run("select ?p count(*) as ?n where ?s ?p ?o group by ?p order by desc ?n, ?p limit 3")
        #expect(byPredicate.columns == ["p", "n"])
        #expect(byPredicate.texts == [["border", "4"], ["accuse", "2"], ["born in year", "2"]])
        #expect(try run("select count(*) where Blinken visit ?x").texts == [["2"]])
        #expect(try run("select count(*) as ?n where Nobody visit ?x").texts == [["0"]])
        #expect(try run("select (count(distinct ?y) as ?n) where ?x meet ?y").texts == [["1"]])
        #expect(try run("select ?x (count(?y) as ?n) where ?x lead ?y optional { ?y annex ?z } group by ?x order by ?x")
            .texts == [["Vladimir Putin", "1"], ["Volodymyr Zelenskyy", "1"]])
    }

    @Test func unknownNamesGiveEmptyResultAndHint() throws {
        let result = try run("Blinkn meet ?x")
        #expect(result.rows.isEmpty)
        #expect(result.hints.count == 1)
        #expect(result.hints.first?.message.contains("'Blinken'") == true
            || result.hints.first?.message.contains("'Antony Blinken'") == true)
        #expect(result.hints.first?.range.start.column == 1)
        let inFilter = try run("Ukraine border ?n . filter ?n != Polnd")
        #expect(inFilter.rows.count == 2)
        #expect(inFilter.hints.first?.message.contains("'Poland'") == true)
        #expect(inFilter.hints.first?.range.start.column == 34)
        #expect(try run("Ukraine border ?n . filter ?n != Poland").hints.isEmpty)
        let predicate = try run("Blinken meat ?x")
        #expect(predicate.rows.isEmpty)
        #expect(predicate.hints.first?.message.contains("'meet'") == true, "\(predicate.hints)")
    }

    @Test func rowsRememberTheirFacts() throws {
        let result = try run("?x visit Ukraine . ?x meet ?y")
        let graph = engine.dataset
        #expect(result.rows.count == 1)
        let facts = result.rows.first?.facts ?? []
        #expect(facts.count == 2)
        #expect(facts.allSatisfy(graph.contains))
        let path = try run("Putin lead/annex ?x")
        #expect(path.rows.first?.facts.count == 2)
        #expect(path.rows.first?.facts.map { graph.name(of: $0.predicate) } == ["lead", "annex"])
    }

    @Test func whyListsSources() throws {
        let result = try run("why Blinken meet Lavrov")
        #expect(result.columns == QueryEngine<Graph>.whyColumns)
        #expect(result.rows.count == 2)
        let titles = Set(result.rows.compactMap { $0.values[4]?.displayText })
        #expect(titles == ["Talks in Geneva", "Second report"])
        let direct = engine.sources(of: try run("Blinken meet ?x").facts)
        #expect(direct.rows.count == 2)
    }

    @Test func neighborsAndPath() throws {
        let one = try run("neighbors Crimea")
        #expect(one.texts == [["1", "Russia", "annex", "Crimea"]])
        let two = try run("neighbors Crimea depth 2")
        #expect(two.rows.count == 1 + 6)
        let path = try run("path Crimea to NATO")
        #expect(path.texts.count == 2)
        #expect(path.texts.last?.last == "NATO" || path.texts.last?[1] == "NATO")
        let none = try run("path Crimea to NATO max 1")
        #expect(none.rows.isEmpty)
        #expect(!none.hints.isEmpty)
    }

    @Test func explainCountsRowsPerStep() throws {
        let result = try run("explain ?x visit Ukraine . ?x meet ?y")
        #expect(result.columns == ["step", "estimate", "rows"])
        let labels = result.texts.map(\.[0])
        #expect(labels.first == "match ?x visit Ukraine")
        #expect(labels.contains("match ?x meet ?y"))
        #expect(result.texts.last == ["result", "", "1"])
    }

    @Test(arguments: ["?s ?p ?o", "select distinct ?s where ?s ?p ?o", "?x border+ ?y limit 3",
                      "select ?p count(*) as ?n where ?s ?p ?o group by ?p", "neighbors Russia depth 2",
                      "why ?x meet ?y", "?x meet ?y optional { ?y visit ?z } offset 1"])
    func countMatchesRows(query: String) throws {
        let statement = try QueryParser.parse(query)
        let rows = try engine.execute(statement).rows.count
        #expect(try engine.count(statement) == rows)
        #expect(rows > 0)
    }

    @Test(arguments: [
        ("?x annex ?y . filter time() = \"in 2014\"", [["Russia", "Crimea"]]),
        ("?x annex ?y . filter time() = \"in 2015\"", []),
        ("?x meet ?y . filter place() = \"in geneva\"", [["Antony Blinken", "Sergei Lavrov"]]),
        ("?x ?p ?y . filter hedged()", [["Vladimir Putin", "warn", "NATO"]]),
        ("?x meet ?y . filter not negated()", [["Antony Blinken", "Sergei Lavrov"]]),
        ("?x meet ?y . filter negated() or future()", [["Vladimir Putin", "Sergei Lavrov"]]),
        ("Blinken meet ?y . filter date() >= \"2022-01-01\"", [["Sergei Lavrov"]]),
        ("Blinken meet ?y . filter date() < \"2022-01-01\"", []),
    ])
    func provenanceFilters(query: String, expected: [[String]]) throws {
        #expect(try sortedRows(query) == expected)
    }

    @Test func ambiguousNamesMatchEveryEntityWithANote() throws {
        var graph = NewsGraph.graph()
        let hunter = graph.intern(entity: EntityRecord(name: "Hunter Biden", type: .person))
        graph.insert(Triple(hunter, graph.intern(predicate: "visit"), graph.intern(entity: NewsGraph.ukraine)))
        graph.commit()
        let result = try QueryEngine(graph).execute("Biden ?p ?o")
        #expect(result.rows.count == 2)
        #expect(result.hints.map(\.id) == [.ambiguousName])
        #expect(result.hints.first?.severity == .note)
        #expect(result.hints.first?.message == "'Biden' matches 2 entities: 'Hunter Biden', 'Joe Biden'")
    }

    @Test func ambiguousNameNoteListsBestConnectedEntitiesFirst() throws {
        var graph = NewsGraph.graph()
        let hunter = graph.intern(entity: EntityRecord(name: "Hunter Biden", type: .person))
        let joe = graph.intern(entity: NewsGraph.biden)
        graph.insert(Triple(hunter, graph.intern(predicate: "visit"), graph.intern(entity: NewsGraph.ukraine)))
        graph.insert(Triple(joe, graph.intern(predicate: "visit"), graph.intern(entity: NewsGraph.ukraine)))
        graph.insert(Triple(graph.intern(entity: NewsGraph.ukraine), graph.intern(predicate: "thank"), joe))
        graph.commit()
        let result = try QueryEngine(graph).execute("Biden ?p ?o")
        #expect(result.hints.first?.message == "'Biden' matches 2 entities: 'Joe Biden', 'Hunter Biden'")
        #expect(result.hints.first?.expected == ["Joe Biden", "Hunter Biden"])
    }

    @Test func unknownTypeNameIsAWarning() throws {
        let result = try run("?x meet ?y . filter type(?y) = persn")
        #expect(result.rows.isEmpty)
        #expect(result.hints.map(\.id) == [.unknownName])
        #expect(result.hints.first?.message.hasSuffix("did you mean 'person'?") == true)
        #expect(result.hints.first?.range.start.column == 32)
        #expect(try run("?x meet ?y . filter type(?y) = PERSON").hints.isEmpty)
    }

    @Test(arguments: ["?x ?p ?o", "Blinken meet ?x", "?x meet* ?y", "select count(*) where ?x ?p ?o",
                      "neighbors Blinken", "path Blinken to Lavrov", "why ?x meet ?y", "explain ?x (a|b)+ ?y",
                      "?x meet ?y optional { ?y visit ?z } . filter regex(?x, \"a.*\") order by ?x"])
    func emptyGraphAnswersEmpty(query: String) throws {
        let result = try QueryEngine(Graph()).execute(query)
        let rows = result.texts
        #expect(rows.isEmpty || rows == [["0"]] || query.hasPrefix("explain"))
    }
}

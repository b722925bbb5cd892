import GraphStore
import Testing
@testable import GraphExport

@Suite struct ExportGraphFromStoreTests {
    /// Blinken met Lavrov (twice); Russia annexed Crimea; Crimea annexed in 2014; Lavrov warned Kyiv.
    static var graph: Graph {
        let blinken = EntityRecord(name: "Antony Blinken", type: .person)
        let lavrov = EntityRecord(name: "Sergei Lavrov", type: .person)
        let crimea = EntityRecord(name: "Crimea", type: .place)
        let document = DocumentRecord(id: "a1", title: "Talks", source: "seeds/a1.txt",
                                      sentences: ["Blinken met Lavrov.", "Russia annexed Crimea in 2014.", "They met again."])
        func source(_ sentence: Int) -> SourceRecord {
            SourceRecord(sentence: sentence, span: 0..<4, rule: "test", confidence: 0.9)
        }
        let facts = [
            FactRecord(subject: blinken, predicate: "meet", object: .entity(lavrov), source: source(0)),
            FactRecord(subject: EntityRecord(name: "Russia", type: .place), predicate: "annex", object: .entity(crimea), source: source(1)),
            FactRecord(subject: crimea, predicate: "annexed in", object: .literal(.year(2014)), source: source(1)),
            FactRecord(subject: blinken, predicate: "meet", object: .entity(lavrov), source: source(2)),
            FactRecord(subject: lavrov, predicate: "warn", object: .entity(EntityRecord(name: "Kyiv", type: .place)), source: source(2)),
        ]
        var graph = Graph()
        graph.add(document: document, facts: facts)
        graph.commit()
        return graph
    }

    @Test func wholeGraphKeepsSourcesAndTypes() {
        let export = ExportGraph(graph: Self.graph)
        #expect(export.edges.count == 4)
        let meet = export.edges.first { $0.predicate == "meet" }
        #expect(meet?.sourceCount == 2)
        #expect(meet?.sentence == "Blinken met Lavrov.")
        #expect(meet?.document == "a1")
        #expect(export.nodes.contains(.literal(.year(2014))))
        #expect(export.nodes.contains(.entity("Crimea", type: .place)))
    }

    @Test func neighbourhoodGrowsWithDepth() throws {
        let graph = Self.graph
        let blinken = try #require(graph.entity(named: "Antony Blinken"))
        #expect(ExportGraph(graph: graph, neighbourhoodOf: blinken, depth: 1).edges.map(\.predicate) == ["meet"])
        #expect(Set(ExportGraph(graph: graph, neighbourhoodOf: blinken, depth: 2).edges.map(\.predicate)) == ["meet", "warn"])
        let kyiv = try #require(graph.entity(named: "Kyiv"))
        #expect(ExportGraph(graph: graph, neighbourhoodOf: kyiv, depth: 0).nodes.map(\.label) == ["Kyiv"])
    }

    @Test func everyFormatRenders() {
        let export = ExportGraph(graph: Self.graph)
        for format in GraphExporter.Format.allCases {
            let output = GraphExporter.render(export, format: format)
            #expect(output.report.facts == 4)
            #expect(output.files.allSatisfy { !$0.text.isEmpty })
            #expect(output.files.count == (format == .csv ? 2 : 1))
        }
    }
}

@Suite struct ExportGraphFromQueryTests {
    @Test func queryFactsBecomeTheSubgraph() throws {
        let export = try ExportGraph(graph: ExportGraphFromStoreTests.graph, query: "Blinken meet ?x")
        #expect(export.edges.map(\.predicate) == ["meet"])
        #expect(throws: (any Error).self) { try ExportGraph(graph: ExportGraphFromStoreTests.graph, query: "Blinken meet") }
    }
}

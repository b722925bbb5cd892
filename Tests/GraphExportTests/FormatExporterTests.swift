import Foundation
import GraphStore
import Testing
@testable import GraphExport

@Suite struct NTriplesExporterTests {
    @Test func iriAndLiteralSyntax() {
        let exporter = NTriplesExporter(base: "http://kg.test/")
        #expect(exporter.entityIRI("Antony Blinken") == "<http://kg.test/entity/Antony%20Blinken>")
        #expect(exporter.entityIRI("東京/<>") == "<http://kg.test/entity/%E6%9D%B1%E4%BA%AC%2F%3C%3E>")
        #expect(NTriplesExporter.literal(.year(2014)) == "\"2014\"^^<http://www.w3.org/2001/XMLSchema#gYear>")
        #expect(NTriplesExporter.literal(.string("a\"b\\\n\u{0}", language: "en-GB")) == #""a\"b\\\n\u0000"@en-GB"#)
        #expect(NTriplesExporter.literal(.string("x", language: "not a tag!")) == "\"x\"")
        #expect(NTriplesExporter(base: "http://a b/").entityIRI("x") == "<http://a%20b/entity/x>")
    }

    @Test func writesTypesLabelsAndFacts() {
        var graph = ExportGraph()
        graph.addFact(subject: .entity("Russia", type: .place), predicate: "annex", object: .entity("Crimea", type: .place))
        let lines = NTriplesExporter(base: "http://kg.test/").render(graph).text.split(separator: "\n")
        #expect(lines.count == 5)
        #expect(lines.contains("<http://kg.test/entity/Russia> <http://www.w3.org/2000/01/rdf-schema#label> \"Russia\" ."))
        #expect(lines.contains("<http://kg.test/entity/Russia> <http://kg.test/predicate/annex> <http://kg.test/entity/Crimea> ."))
    }

    @Test(.enabled(if: ExternalTool.python != nil, Comment(rawValue: ExternalTool.pythonMissing)))
    func rdflibParsesHostileNames() throws {
        let graph = HostileGraph.graph
        let text = NTriplesExporter().render(graph).text
        let script = """
        import sys, json, rdflib
        from rdflib.namespace import RDFS
        g = rdflib.Graph()
        g.parse(data=sys.stdin.buffer.read().decode('utf-8'), format='nt')
        print(len(g))
        print(json.dumps(sorted(str(o) for o in g.objects(None, RDFS.label))))
        """
        let outcome = try ExternalTool.run(ExternalTool.python ?? "python3", ["-c", script], input: text)
        #expect(outcome.status == 0, "rdflib said: \(outcome.errors)")
        let lines = outcome.output.split(separator: "\n", maxSplits: 1).map(String.init)
        let entityCount = graph.nodes.filter { if case .entity = $0.kind { true } else { false } }.count
        #expect(lines.first == String(entityCount * 2 + graph.edges.count))
        let labels = try JSONDecoder().decode([String].self, from: Data((lines.last ?? "[]").utf8))
        let expected = graph.nodes.compactMap { node -> String? in
            if case .entity = node.kind { node.label } else { nil }
        }
        #expect(Set(labels) == Set(expected))
    }
}

@Suite struct GraphMLExporterTests {
    @Test(.enabled(if: ExternalTool.python != nil, Comment(rawValue: ExternalTool.pythonMissing)))
    func networkxReadsHostileNames() throws {
        let graph = HostileGraph.graph
        let script = """
        import sys, io, json, networkx as nx
        g = nx.read_graphml(io.BytesIO(sys.stdin.buffer.read()))
        print(g.number_of_nodes(), g.number_of_edges())
        print(json.dumps(sorted(d['label'] for _, d in g.nodes(data=True))))
        print(json.dumps(sorted({d['predicate'] for _, _, d in g.edges(data=True)})))
        """
        let outcome = try ExternalTool.run(ExternalTool.python ?? "python3", ["-c", script],
                                           input: GraphMLExporter().render(graph).text)
        #expect(outcome.status == 0, "networkx said: \(outcome.errors)")
        let lines = outcome.output.split(separator: "\n").map(String.init)
        #expect(lines.first == "\(graph.nodes.count) \(graph.edges.count)")
        guard lines.count == 3 else { return }
        let labels = try JSONDecoder().decode([String].self, from: Data(lines[1].utf8))
        #expect(Set(labels) == Set(graph.nodes.map { $0.label.replacingOccurrences(of: "\u{0}", with: "") }))
        let predicates = try JSONDecoder().decode([String].self, from: Data(lines[2].utf8))
        #expect(Set(predicates) == Set(graph.edges.map(\.predicate)))
    }
}

@Suite struct CSVExporterTests {
    @Test func neo4jHeadersAndTypes() {
        var graph = ExportGraph()
        graph.addFact(subject: .entity("=Evil", type: .person), predicate: "president of",
                      object: .entity("Ukraine, \"the\"", type: .place), sourceCount: 2, sentence: "He said:\n\"x\"")
        let (nodes, edges, _) = CSVExporter().render(graph)
        #expect(nodes == "id:ID,name,type,:LABEL\r\nn0,=Evil,person,Person\r\nn1,\"Ukraine, \"\"the\"\"\",place,Place\r\n")
        #expect(CSVExporter(neutralizingFormulas: true).render(graph).nodes.contains("\r\nn0,'=Evil,person,Person\r\n"))
        #expect(edges == ":START_ID,:END_ID,:TYPE,predicate,sources:int,sentence\r\nn0,n1,PRESIDENT_OF,president of,2,\"He said:\n\"\"x\"\"\"\r\n")
    }

    @Test(.enabled(if: ExternalTool.python != nil, Comment(rawValue: ExternalTool.pythonMissing)))
    func pythonCSVReadsEveryRecord() throws {
        let graph = HostileGraph.graph
        let (nodes, edges, _) = CSVExporter().render(graph)
        let script = "import sys, csv, io\nrows = list(csv.reader(io.StringIO(sys.stdin.read(), newline='')))\nprint(len(rows), set(len(r) for r in rows))"
        let nodeCheck = try ExternalTool.run(ExternalTool.python ?? "python3", ["-c", script], input: nodes)
        #expect(nodeCheck.output == "\(graph.nodes.count + 1) {4}\n", "\(nodeCheck.errors)")
        let edgeCheck = try ExternalTool.run(ExternalTool.python ?? "python3", ["-c", script], input: edges)
        #expect(edgeCheck.output == "\(graph.edges.count + 1) {6}\n", "\(edgeCheck.errors)")
    }
}

@Suite struct KuzuImportTests {
    @Test(.enabled(if: ExternalTool.pythonWithKuzu != nil, "KG_PYTHON has no kuzu package (pip install kuzu)"))
    func kuzuCopiesHostileNamesExactly() throws {
        let graph = HostileGraph.graph
        let directory = try ExternalTool.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try GraphExporter.render(graph, format: .csv).write(to: directory.path)
        let script = """
        import sys, json, kuzu
        c = kuzu.Connection(kuzu.Database(sys.argv[1] + "/db"))
        c.execute("CREATE NODE TABLE Entity(id STRING, name STRING, type STRING, label STRING, PRIMARY KEY (id));")
        c.execute("CREATE REL TABLE Fact(FROM Entity TO Entity, rel STRING, predicate STRING, sources INT64, sentence STRING);")
        c.execute("COPY Entity FROM '" + sys.argv[1] + "/nodes.csv' (header=true, parallel=false, auto_detect=false);")
        c.execute("COPY Fact FROM '" + sys.argv[1] + "/edges.csv' (header=true, parallel=false, auto_detect=false);")
        names, r = [], c.execute("MATCH (e:Entity) RETURN e.name")
        while r.has_next(): names.append(r.get_next()[0])
        print(c.execute("MATCH ()-[f:Fact]->() RETURN count(*)").get_next()[0])
        print(json.dumps(sorted(names)))
        """
        let outcome = try ExternalTool.run(ExternalTool.pythonWithKuzu ?? "python3", ["-c", script, directory.path])
        #expect(outcome.status == 0, "kuzu said: \(outcome.errors)")
        let lines = outcome.output.split(separator: "\n").map(String.init)
        #expect(lines.first == String(graph.edges.count))
        guard lines.count == 2 else { return }
        let names = try JSONDecoder().decode([String].self, from: Data(lines[1].utf8))
        #expect(names == graph.nodes.map(\.label).sorted())
    }
}

@Suite struct JSONLinesExporterTests {
    @Test func oneFactPerLineRoundTrips() throws {
        let graph = HostileGraph.graph
        let lines = JSONLinesExporter().render(graph).text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == graph.edges.count + 1)
        for (line, edge) in zip(lines, graph.edges) {
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            #expect(object?["subject"] as? String == graph.nodes[edge.source].label)
            #expect(object?["object"] as? String == graph.nodes[edge.target].label)
            #expect(object?["predicate"] as? String == edge.predicate)
            #expect(object?["sources"] as? Int == edge.sourceCount)
        }
        #expect(lines[graph.edges.count - 4].contains("\"datatype\":\"gYear\""))
    }
}

@Suite struct ExportGraphTests {
    @Test func nodesAreSharedByKey() {
        var graph = ExportGraph()
        graph.addFact(subject: .entity("A", type: .person), predicate: "p", object: .entity("B", type: .person))
        graph.addFact(subject: .entity("B", type: .person), predicate: "q", object: .literal(.integer(3)))
        graph.addFact(subject: .entity("A", type: .person), predicate: "r", object: .literal(.string("3")))
        #expect(graph.nodes.map(\.label) == ["A", "B", "3", "3"])
        #expect(graph.edges.map(\.source) == [0, 1, 0])
    }
}

import Foundation
import GraphStore
import Testing
@testable import GraphExport

/// Random hostile names through every export format, each output read back by its real
/// consumer (issue 7): Graphviz for DOT, rdflib for N-Triples, Python's csv module for CSV,
/// networkx for GraphML, and a JSON parser for JSON Lines. Names are built from fragments
/// chosen to break writers (quotes, backslashes, line breaks, NUL and other controls, `]`, `->`,
/// `<`, `"@en`, formula prefixes, Unicode line separators, combining marks, a byte-order mark)
/// plus random scalars, with a fixed seed per round so a failure repeats.
@Suite struct GraphExportRobustnessTests {
    static let fragments = [
        "\"", "\\", "\n", "\r", "\r\n", "\t", "\u{0}", "\u{1}", "\u{7}", "\u{1B}[31m", "\u{7F}", "]", "[", "->", "--", "<",
        ">", "&", "&amp;", "\"@en", "@en", "^^<x>", "=", "+", "-", "@", "=cmd|' /C calc'!A0", "{", "}", "|", ";", ",",
        "'", "#", "%", "%20", "\\N", "\\G", "\\l", "\\u0041", "_:b", "<http://x/>", "\u{2028}", "\u{2029}", "\u{85}",
        "\u{FEFF}", "e\u{301}", "東京", "👩‍👩‍👧", "\u{FFFD}", "\u{FFFE}", " ", "  ", "node", "edge", "graph", "digraph",
        "strict", "subgraph", "x", "A", "0", "1.5",
    ]

    /// A random name of one to six fragments and random scalars, never empty.
    static func name(_ rng: inout SplitMix64) -> String {
        var text = ""
        for _ in 0 ..< Int.random(in: 1 ... 6, using: &rng) {
            if Int.random(in: 0 ..< 5, using: &rng) == 0 {
                let value = [UInt32.random(in: 0 ... 0x7F, using: &rng), UInt32.random(in: 0x80 ... 0xFFFF, using: &rng),
                             UInt32.random(in: 0x10000 ... 0x10FFFF, using: &rng)][Int.random(in: 0 ..< 3, using: &rng)]
                text.unicodeScalars.append(Unicode.Scalar(value) ?? "?")
            } else {
                text += fragments[Int.random(in: 0 ..< fragments.count, using: &rng)]
            }
        }
        return text
    }

    /// Seeded SplitMix64, so each round's names repeat.
    struct SplitMix64: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// A graph of `count` random entity names in a ring of facts with random predicates, and a
    /// few random string literals.
    static func graph(seed: UInt64, count: Int = 60) -> (ExportGraph, names: [String], predicates: [String]) {
        var rng = SplitMix64(state: seed)
        var names: [String] = []
        var seen = Set<String>()
        while names.count < count {
            let candidate = name(&rng)
            if seen.insert(candidate).inserted { names.append(candidate) }
        }
        var graph = ExportGraph()
        var predicates: [String] = []
        for (index, subject) in names.enumerated() {
            let predicate = name(&rng)
            predicates.append(predicate)
            graph.addFact(subject: .entity(subject, type: EntityType.allCases[index % EntityType.allCases.count]),
                          predicate: predicate, object: .entity(names[(index + 1) % names.count], type: .person),
                          sourceCount: index + 1, sentence: name(&rng), document: name(&rng))
        }
        for _ in 0 ..< 5 {
            graph.addFact(subject: .entity(names[0], type: .person), predicate: "said",
                          object: .literal(.string(name(&rng), language: ["en", "en-GB", name(&rng)][Int.random(in: 0 ..< 3, using: &rng)])))
        }
        return (graph, names, predicates)
    }

    static let seeds: [UInt64] = [1, 2, 3, 4, 5]

    /// What XML 1.0 can carry of `text`, as GraphML readers give it back: forbidden characters
    /// dropped, and line ends normalised to LF as every XML parser does.
    static func xmlVisible(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if (v < 0x20 && v != 0x09 && v != 0x0A && v != 0x0D) || v == 0xFFFE || v == 0xFFFF { continue }
            scalars.append(scalar)
        }
        return String(scalars)
    }

    @Test(.enabled(if: ExternalTool.dot != nil, "Graphviz dot is not installed (apt-get install graphviz)"), arguments: seeds)
    func graphvizDrawsRandomHostileNames(seed: UInt64) throws {
        let (graph, _, _) = Self.graph(seed: seed)
        let directory = try ExternalTool.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("g.dot")
        try DOTExporter().render(graph).text.write(to: file, atomically: true, encoding: .utf8)
        let outcome = try ExternalTool.run(ExternalTool.dot ?? "dot", ["-Tsvg", file.path])
        #expect(outcome.status == 0, "seed \(seed): dot said: \(outcome.errors)")
        #expect(outcome.errors.isEmpty, "seed \(seed): dot warned: \(outcome.errors)")
        #expect(outcome.output.contains("</svg>"))
        if let python = ExternalTool.python {
            let check = try ExternalTool.run(python, ["-c", "import sys, xml.dom.minidom as m; m.parseString(sys.stdin.buffer.read()); print('ok')"],
                                             input: outcome.output)
            #expect(check.output == "ok\n", "seed \(seed): SVG is not well-formed XML: \(check.errors)")
        }
    }

    @Test(.enabled(if: ExternalTool.python != nil, Comment(rawValue: ExternalTool.pythonMissing)), arguments: seeds)
    func rdflibReadsRandomHostileNamesExactly(seed: UInt64) throws {
        let (graph, names, _) = Self.graph(seed: seed)
        let script = """
        import sys, json, rdflib
        from rdflib.namespace import RDFS
        g = rdflib.Graph()
        g.parse(data=sys.stdin.buffer.read().decode('utf-8'), format='nt')
        print(json.dumps([len(g), sorted(str(o) for o in g.objects(None, RDFS.label))]))
        """
        let outcome = try ExternalTool.run(ExternalTool.python ?? "python3", ["-c", script], input: NTriplesExporter().render(graph).text)
        #expect(outcome.status == 0, "seed \(seed): rdflib said: \(outcome.errors)")
        let decoded = try JSONSerialization.jsonObject(with: Data(outcome.output.utf8)) as? [Any]
        let labels = decoded?.last as? [String] ?? []
        #expect(Set(labels) == Set(names), "seed \(seed): labels differ: \(Set(names).symmetricDifference(labels).map(\.debugDescription))")
    }

    @Test(.enabled(if: ExternalTool.python != nil, Comment(rawValue: ExternalTool.pythonMissing)), arguments: seeds)
    func pythonCSVReadsRandomHostileNamesExactly(seed: UInt64) throws {
        let (graph, names, predicates) = Self.graph(seed: seed)
        for neutralizing in [false, true] {
            let (nodes, edges, _) = CSVExporter(neutralizingFormulas: neutralizing).render(graph)
            let script = "import sys, csv, io, json\nprint(json.dumps(list(csv.reader(io.StringIO(sys.stdin.read(), newline='')))))"
            let nodeRows = try ExternalTool.run(ExternalTool.python ?? "python3", ["-c", script], input: nodes)
            let edgeRows = try ExternalTool.run(ExternalTool.python ?? "python3", ["-c", script], input: edges)
            #expect(nodeRows.status == 0 && edgeRows.status == 0, "seed \(seed): \(nodeRows.errors) \(edgeRows.errors)")
            let nodeTable = try JSONDecoder().decode([[String]].self, from: Data(nodeRows.output.utf8))
            let edgeTable = try JSONDecoder().decode([[String]].self, from: Data(edgeRows.output.utf8))
            #expect(nodeTable.count == graph.nodes.count + 1 && Set(nodeTable.map(\.count)) == [4], "seed \(seed)")
            #expect(edgeTable.count == graph.edges.count + 1 && Set(edgeTable.map(\.count)) == [6], "seed \(seed)")
            let read = Set(nodeTable.dropFirst().map { $0[1] })
            if neutralizing {
                // No cell may start with a formula prefix; a neutralised one starts with "'".
                let cells = nodeTable.dropFirst().flatMap { $0 } + edgeTable.dropFirst().flatMap { $0 }
                let risky = cells.filter { $0.first.map { "=+-@".contains($0) } ?? false }
                #expect(risky.isEmpty, "seed \(seed): formula-like cells: \(risky.prefix(5).map(\.debugDescription))")
            } else {
                #expect(read.isSuperset(of: names), "seed \(seed): names changed: \(Set(names).subtracting(read).map(\.debugDescription))")
                #expect(Set(edgeTable.dropFirst().map { $0[3] }).isSuperset(of: predicates), "seed \(seed): predicates changed")
            }
        }
    }

    @Test(.enabled(if: ExternalTool.python != nil, Comment(rawValue: ExternalTool.pythonMissing)), arguments: seeds)
    func networkxReadsRandomHostileNames(seed: UInt64) throws {
        let (graph, names, _) = Self.graph(seed: seed)
        let script = """
        import sys, io, json, networkx as nx
        g = nx.read_graphml(io.BytesIO(sys.stdin.buffer.read()))
        print(json.dumps([g.number_of_nodes(), g.number_of_edges(), sorted(d['label'] for _, d in g.nodes(data=True))]))
        """
        let outcome = try ExternalTool.run(ExternalTool.python ?? "python3", ["-c", script],
                                           input: GraphMLExporter().render(graph).text)
        #expect(outcome.status == 0, "seed \(seed): networkx said: \(outcome.errors)")
        let decoded = try JSONSerialization.jsonObject(with: Data(outcome.output.utf8)) as? [Any]
        #expect(decoded?.first as? Int == graph.nodes.count)
        #expect(decoded?.dropFirst().first as? Int == graph.edges.count)
        let labels = Set(decoded?.last as? [String] ?? [])
        let expected = Set(names.map(Self.xmlVisible))
        // Names whose only difference from another is a dropped control character may merge;
        // every label read must be one of the expected ones, and none may be lost.
        #expect(expected.isSubset(of: labels.union(graph.nodes.map { Self.xmlVisible($0.label) })))
        #expect(expected.subtracting(labels).isEmpty,
                "seed \(seed): labels lost or changed: \(expected.subtracting(labels).map(\.debugDescription))")
    }

    /// The fields of a JSON Lines fact that carry names.
    struct FactLine: Decodable {
        var subject: String
        var predicate: String
        var object: String
    }

    /// Read with JSONDecoder, not JSONSerialization: on Linux, Foundation's JSONSerialization
    /// drops a U+FEFF at the start of a string value (a parser quirk, not the export's fault).
    @Test(arguments: seeds)
    func jsonLinesParseToTheExactNames(seed: UInt64) throws {
        let (graph, _, _) = Self.graph(seed: seed)
        let lines = JSONLinesExporter().render(graph).text.split(separator: "\n", omittingEmptySubsequences: true)
        #expect(lines.count == graph.edges.count)
        for (line, edge) in zip(lines, graph.edges) {
            let fact = try JSONDecoder().decode(FactLine.self, from: Data(line.utf8))
            #expect(fact.subject == graph.nodes[edge.source].label, "seed \(seed): \(line)")
            #expect(fact.object == graph.nodes[edge.target].label, "seed \(seed): \(line)")
            #expect(fact.predicate == edge.predicate, "seed \(seed): \(line)")
        }
        if let python = ExternalTool.python {
            let script = "import sys, json\nprint(json.dumps([json.loads(l)['subject'] for l in sys.stdin.read().split('\\n') if l]))"
            let outcome = try ExternalTool.run(python, ["-c", script], input: JSONLinesExporter().render(graph).text)
            #expect(outcome.status == 0, "seed \(seed): Python's json said: \(outcome.errors)")
            let subjects = try JSONDecoder().decode([String].self, from: Data(outcome.output.utf8))
            #expect(subjects == graph.edges.map { graph.nodes[$0.source].label }, "seed \(seed)")
        }
    }
}

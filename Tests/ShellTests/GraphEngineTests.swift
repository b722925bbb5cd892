import Foundation
import GraphExport
import GraphStore
import Testing
@testable import Shell

@Suite struct GraphEngineTests {
    /// Blinken met Lavrov (two sources), visited Ukraine; Russia annexed Crimea in 2014.
    static func graph() -> Graph {
        let blinken = EntityRecord(name: "Antony Blinken", type: .person, aliases: ["Blinken"])
        let lavrov = EntityRecord(name: "Sergei Lavrov", type: .person, aliases: ["Lavrov"])
        let russia = EntityRecord(name: "Russia", type: .place)
        let crimea = EntityRecord(name: "Crimea", type: .place)
        let document = DocumentRecord(id: "a1", title: "Talks in Geneva", source: "seeds/a1.txt", date: "2022-01-21",
                                      sentences: ["Blinken met Lavrov in Geneva.", "Russia annexed Crimea in 2014.",
                                                  "Blinken visited Ukraine.", "Lavrov met Blinken again."])
        func source(_ sentence: Int) -> SourceRecord { SourceRecord(sentence: sentence, span: 0..<5, rule: "clause.svo", confidence: 0.9) }
        var graph = Graph()
        graph.add(document: document, facts: [
            FactRecord(subject: blinken, predicate: "meet", object: .entity(lavrov), source: source(0)),
            FactRecord(subject: russia, predicate: "annex", object: .entity(crimea), source: source(1)),
            FactRecord(subject: crimea, predicate: "annexed in", object: .literal(.year(2014)), source: source(1)),
            FactRecord(subject: blinken, predicate: "visit", object: .entity(EntityRecord(name: "Ukraine", type: .place)), source: source(2)),
            FactRecord(subject: blinken, predicate: "meet", object: .entity(lavrov), source: source(3)),
        ])
        graph.commit()
        return graph
    }

    @Test func runsQueriesWithFacts() throws {
        let engine = GraphEngine(graph: Self.graph(), path: "graph-data/seeds.kg")
        #expect(engine.graphName == "seeds")
        let result = try engine.execute(ShellStatement(text: "Blinken meet ?who"), cancellation: .never)
        #expect(result.columns == ["who"])
        #expect(result.rows == [[.text("Sergei Lavrov")]])
        #expect(result.facts.count == 1)
        let years = try engine.execute(ShellStatement(text: "Crimea \"annexed in\" ?y"), cancellation: .never)
        #expect(years.rows == [[.integer(2014)]])
    }

    @Test func syntaxErrorsNameFileLineAndColumn() {
        let engine = GraphEngine(graph: Self.graph())
        #expect {
            try engine.execute(ShellStatement(text: "Blinken meet ?who )", origin: "q.kgq", line: 3, column: 5), cancellation: .never)
        } throws: { error in
            let message = (error as? StatementError)?.message ?? ""
            return message.hasPrefix("q.kgq:3:") && message.contains("\n    Blinken meet ?who )\n") && message.contains("^")
        }
    }

    /// A statement far into a file, after another on its line and over two lines: its errors
    /// name the file's line and column, its first line is shown indented to its column.
    @Test func errorsDeepInAFileNameTheFilesLineAndColumn() {
        let engine = GraphEngine(graph: Self.graph())
        let pieces = engine.split(ShellStatement(text: "Blinken meet ?x; Russia annex ?y .\n  ?y )", origin: "f",
                                                 line: 5_000, column: 7))
        #expect(pieces.map(\.line) == [5_000, 5_000])
        #expect(pieces.map(\.column) == [7, 24])
        guard pieces.count == 2 else { return }
        #expect {
            try engine.execute(pieces[1], cancellation: .never)
        } throws: { error in
            let message = (error as? StatementError)?.message ?? ""
            return message.hasPrefix("f:5001:6: error:") && message.contains("\n  ?y )\n     ^")
        }
        #expect {
            try engine.execute(ShellStatement(text: "Blinken meet ?who )", origin: "f", line: 9, column: 30), cancellation: .never)
        } throws: { error in
            let message = (error as? StatementError)?.message ?? ""
            return message.hasPrefix("f:9:48: error:")
                && message.contains("\n" + String(repeating: " ", count: 29) + "Blinken meet ?who )\n" + String(repeating: " ", count: 47) + "^")
        }
    }

    @Test func unknownNamesComeBackAsNotes() throws {
        let engine = GraphEngine(graph: Self.graph())
        let result = try engine.execute(ShellStatement(text: "Blinkin meet ?who"), cancellation: .never)
        #expect(result.rows.isEmpty)
        #expect(result.notes.first?.contains("Blinken") == true)
    }

    @Test func splitsStatementsAndReadsAhead() {
        let engine = GraphEngine(graph: Self.graph())
        let pieces = engine.split(ShellStatement(text: "Blinken meet ?x; Russia annex ?y", origin: "f", line: 2))
        #expect(pieces.map(\.text) == ["Blinken meet ?x", "Russia annex ?y"])
        #expect(pieces.map(\.line) == [2, 2])
        #expect(pieces.map(\.column) == [1, 18])
        #expect(engine.isComplete("Blinken meet ?x"))
        #expect(!engine.isComplete("select ?x where {"))
        #expect(engine.continues("select ?x where ?x meet ?y", with: "  order by ?x"))
        #expect(!engine.continues("Blinken meet ?x", with: "Russia annex ?y"))
        #expect(!engine.continues("Blinken meet ?x", with: ".mode csv"))
    }

    @Test func cancellationStopsTheQuery() {
        let engine = GraphEngine(graph: Self.graph())
        #expect(throws: StatementError.self) {
            try engine.execute(ShellStatement(text: "?a * ?b . ?c * ?d . ?e * ?f"), cancellation: Cancellation { true })
        }
    }

    @Test func browsingCommands() throws {
        let engine = GraphEngine(graph: Self.graph())
        let stats = try engine.stats()
        #expect(stats.rows.first == [.text("facts"), .integer(4)])
        let entities = try engine.entities(matching: "lav")
        #expect(entities.rows == [[.text("Sergei Lavrov"), .text("person"), .integer(1), .text("Lavrov")]])
        #expect(try engine.predicates(matching: nil).rows.first == [.text("annex"), .integer(1)])
        let met = try engine.execute(ShellStatement(text: "Blinken meet ?who"), cancellation: .never)
        let why = try engine.why(met.facts)
        #expect(why.rows.count == 2)
        #expect(why.rows.contains { $0.contains(.text("Lavrov met Blinken again.")) })
        #expect(try engine.subgraph(met.facts).edges.first?.sourceCount == 2)
        #expect(try engine.neighbourhood(of: "blinken", depth: 1).edges.count == 2)
        #expect { try engine.neighbourhood(of: "Blinkn", depth: 1) } throws: { error in
            (error as? StatementError)?.message.contains("did you mean \"Blinken\"") == true
        }
        #expect(engine.entityNames(prefix: "bl", limit: 10) == ["Blinken"])
        #expect(engine.entityNames(prefix: "", limit: 2).count == 2)
        #expect(engine.predicateNames(prefix: "ANN", limit: 10) == ["annex", "annexed in"])
        let plan = try engine.explain(ShellStatement(text: "Blinken meet ?who"), cancellation: .never)
        #expect(plan.columns == ["step", "estimate", "rows"])
    }

    @Test func ingestSaveAndOpen() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("engine-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("news.kg").path
        #expect(throws: StatementError.self) { try GraphEngine(graph: Graph()).ingest(paths: ["x"], cancellation: .never) }
        let engine = GraphEngine(graph: Graph(), ingester: { paths, graph, _ in
            graph = GraphEngineTests.graph()
            return "added \(paths.count) article"
        })
        #expect(try engine.ingest(paths: ["a.txt"], cancellation: .never) == "added 1 article")
        #expect(engine.hasUnsavedChanges)
        #expect(engine.entityNames(prefix: "Rus", limit: 5) == ["Russia"])
        #expect(throws: StatementError.self) { try engine.save(to: nil) }
        #expect(try engine.save(to: file) == "saved 4 facts to \(file)")
        let reopened = try GraphEngine(contentsOfFile: file)
        #expect(reopened.graph.tripleCount == 4)
        let notAGraph = directory.appendingPathComponent("notes.txt").path
        try "hello".write(toFile: notAGraph, atomically: true, encoding: .utf8)
        #expect { try reopened.open(path: notAGraph) } throws: { error in
            (error as? StatementError)?.message.contains("not a kg graph file") == true
        }
        #expect(reopened.graph.tripleCount == 4)
        #expect(try engine.open(path: file).hasPrefix("opened \(file): 4 facts (unsaved changes"))
    }

    @Test func shellEndToEndOnARealGraph() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let screen = StringOutput(), errors = StringOutput()
        let shell = Shell(engine: GraphEngine(graph: Self.graph(), path: "seeds.kg"), options: ShellOptions(interactive: false),
                          screen: screen, errors: errors, cancellation: .never, resetCancellation: {})
        let dotFile = directory.appendingPathComponent("answer.dot").path
        let status = shell.run(reader: PlainLineReader(lines: [
            "select ?who", "where Blinken meet ?who", ".mode csv", ".why", ".dot \(dotFile)", "Blinken meet", ".entities Uk",
        ]), interactive: false)
        #expect(status == 1)
        #expect(screen.text.hasPrefix("+---------------+\n| who           |\n+---------------+\n| Sergei Lavrov |\n"))
        #expect(screen.text.contains("Talks in Geneva,2022-01-21,Blinken met Lavrov in Geneva.,clause.svo,0.9\r\n"))
        #expect(screen.text.contains("entity,type,facts,aliases\r\nUkraine,place,1,\r\n"))
        #expect(FileManager.default.fileExists(atPath: dotFile))
        #expect(errors.text.hasPrefix("<stdin>:6:"))
    }

    @Test func kgqFileWithTheRealLanguage() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("kgq-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("morning.kgq").path
        try """
        # Who did Blinken meet?
        select ?who
        where Blinken meet ?who

        -- a broken one, then two on one line
        Blinken meet
        Russia annex ?x; Crimea "annexed in" ?y
        """.write(toFile: file, atomically: true, encoding: .utf8)
        let screen = StringOutput(), errors = StringOutput()
        let shell = Shell(engine: GraphEngine(graph: Self.graph()), options: ShellOptions(interactive: false, mode: .csv),
                          screen: screen, errors: errors, cancellation: .never, resetCancellation: {})
        #expect(shell.run(files: [file]) == 1)
        #expect(screen.text == """
        select ?who
        where Blinken meet ?who
        who\r
        Sergei Lavrov\r

        Blinken meet

        Russia annex ?x
        x\r
        Crimea\r

        Crimea "annexed in" ?y
        y\r
        2014\r


        """)
        #expect(errors.text.hasPrefix("\(file):6:13: error: expected an object"))
    }
}

import Foundation
import Testing

/// The commands end to end on a small graph imported from TSV: what a user sees on stdout and
/// stderr, and the exit status.
@Suite struct CommandsTests {
    static let facts = """
        Antony Blinken\tmeet\tSergei Lavrov
        Antony Blinken\twarn\tRussia
        Russia\tannex\tCrimea
        Russia\taccuse\tUkraine
        Volodymyr Zelensky\tlead\tUkraine
        Sergei Lavrov\tserve\tRussia
        """

    /// A temporary folder holding `facts.tsv` and the graph `g.kg` imported from it.
    private func fixture() throws -> URL {
        let dir = try KGProcess.temporaryDirectory()
        try Self.facts.write(to: dir.appendingPathComponent("facts.tsv"), atomically: true, encoding: .utf8)
        let outcome = try KGProcess.run(["ingest", "--triples", "facts.tsv", "-o", "g.kg"], in: dir)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        return dir
    }

    @Test func importedTriplesAnswerQueries() throws {
        let dir = try fixture()
        defer { try? FileManager.default.removeItem(at: dir) }
        let outcome = try KGProcess.run(["query", "g.kg", "Blinken meet ?who", "--format", "csv"], in: dir)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stdout.contains("Sergei Lavrov"))
        let json = try KGProcess.run(["query", "g.kg", "?x annex Crimea", "--format", "json"], in: dir)
        let rows = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]]
        #expect(rows?.count == 1)
        #expect((rows?.first?["x"] as? String) == "Russia")
    }

    @Test func aQuerySyntaxErrorShowsWhereAndExitsOne() throws {
        let dir = try fixture()
        defer { try? FileManager.default.removeItem(at: dir) }
        let outcome = try KGProcess.run(["query", "g.kg", "?x meet ?y . filter typo(?y)"], in: dir)
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("<stdin>:1:21: error:"))
        #expect(outcome.stderr.contains("^"))
        #expect(outcome.stdout.isEmpty)
    }

    @Test func aQueryFileWithOneBadQueryRunsTheOthersAndNamesTheLine() throws {
        let dir = try fixture()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = "# morning questions\nBlinken meet ?who\n?x annex Crimea . filter typo(?x)\nRussia accuse ?y\n"
        try file.write(to: dir.appendingPathComponent("m.kgq"), atomically: true, encoding: .utf8)
        let outcome = try KGProcess.run(["run", "g.kg", "m.kgq"], in: dir)
        #expect(outcome.status == 1)
        #expect(outcome.stdout.contains("Sergei Lavrov"))
        #expect(outcome.stdout.contains("Ukraine"))
        #expect(outcome.stderr.contains("m.kgq:3:26: error:"))
    }

    @Test func statsCountsTheGraph() throws {
        let dir = try fixture()
        defer { try? FileManager.default.removeItem(at: dir) }
        let outcome = try KGProcess.run(["stats", "g.kg"], in: dir)
        #expect(outcome.status == 0)
        #expect(outcome.stdout.contains("triples    6"))
    }

    @Test func mergeUnionsGraphsWithoutDuplicates() throws {
        let dir = try fixture()
        defer { try? FileManager.default.removeItem(at: dir) }
        try "Russia\tannex\tCrimea\nRussia\tinvade\tUkraine\n".write(to: dir.appendingPathComponent("more.tsv"), atomically: true, encoding: .utf8)
        #expect(try KGProcess.run(["ingest", "--triples", "more.tsv", "-o", "h.kg"], in: dir).status == 0)
        let merged = try KGProcess.run(["merge", "g.kg", "h.kg", "-o", "all.kg"], in: dir)
        #expect(merged.status == 0, "\(merged.stderr)")
        let stats = try KGProcess.run(["stats", "all.kg"], in: dir)
        #expect(stats.stdout.contains("triples    7"))
    }

    @Test func exportWritesDOTThatGraphvizAccepts() throws {
        let dir = try fixture()
        defer { try? FileManager.default.removeItem(at: dir) }
        let outcome = try KGProcess.run(["export", "g.kg", "--format", "dot", "-o", "g.dot"], in: dir)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let dot = try String(contentsOf: dir.appendingPathComponent("g.dot"), encoding: .utf8)
        #expect(dot.contains("Crimea"))
        guard let graphviz = ["/usr/bin/dot", "/usr/local/bin/dot"].first(where: FileManager.default.isExecutableFile) else {
            print("skipping the Graphviz check: dot is not installed")
            return
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: graphviz)
        process.arguments = ["-Tsvg", dir.appendingPathComponent("g.dot").path, "-o", dir.appendingPathComponent("g.svg").path]
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
    }

    @Test func exportOfAQueryKeepsOnlyItsFacts() throws {
        let dir = try fixture()
        defer { try? FileManager.default.removeItem(at: dir) }
        let outcome = try KGProcess.run(["export", "g.kg", "--format", "ntriples", "--query", "Russia ?p ?o"], in: dir)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let factLines = outcome.stdout.split(separator: "\n").filter { $0.contains("/predicate/") }
        #expect(factLines.count == 2)
    }

    @Test(arguments: [
        (["stats", "missing.kg"], "missing.kg"),
        (["query", "facts.tsv", "?x ?p ?y"], "facts.tsv: not a kg graph file"),
        (["export", "g.kg", "--format", "jsonl", "-o", "/nonexistent-dir/x.jsonl"], "/nonexistent-dir/x.jsonl: cannot write"),
        (["ingest", "--triples", "facts.tsv", "-o", "g.kg"], "g.kg: already exists"),
    ])
    func badInputGetsOneClearLineAndExitOne(arguments: [String], message: String) throws {
        let dir = try fixture()
        defer { try? FileManager.default.removeItem(at: dir) }
        let outcome = try KGProcess.run(arguments, in: dir)
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains(message), "\(outcome.stderr)")
        #expect(!outcome.stderr.contains("Fatal error"))
        #expect(outcome.stderr.split(separator: "\n").count <= 2)
    }

    @Test func nlpParseOfCoNLLUKeepsItsWordsAndSentences() throws {
        let dir = try KGProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let gold = """
            # text = Kyiv welcomed the well-known envoy.
            1\tKyiv\t_\t_\t_\t_\t0\troot\t_\t_
            2\twelcomed\t_\t_\t_\t_\t1\tdep\t_\t_
            3\tthe\t_\t_\t_\t_\t1\tdep\t_\t_
            4\twell\t_\t_\t_\t_\t1\tdep\t_\tSpaceAfter=No
            5\t-\t_\t_\t_\t_\t1\tdep\t_\tSpaceAfter=No
            6\tknown\t_\t_\t_\t_\t1\tdep\t_\t_
            7\tenvoy\t_\t_\t_\t_\t1\tdep\t_\tSpaceAfter=No
            8\t.\t_\t_\t_\t_\t1\tdep\t_\t_

            1\tTalks\t_\t_\t_\t_\t0\troot\t_\t_
            2\tresume\t_\t_\t_\t_\t1\tdep\t_\t_


            """
        try gold.write(to: dir.appendingPathComponent("gold.conllu"), atomically: true, encoding: .utf8)
        let outcome = try KGProcess.run(["nlp", "parse", "--conllu", "gold.conllu"], in: dir)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let rows = outcome.stdout.split(separator: "\n").filter { !$0.hasPrefix("#") }.map { $0.split(separator: "\t") }
        #expect(rows.map { String($0[1]) } == ["Kyiv", "welcomed", "the", "well", "-", "known", "envoy", ".", "Talks", "resume"])
        #expect(rows.first.map { String($0[3]) } == "PROPN", "tagged anew")
        #expect(rows.filter { $0[6] == "0" }.count == 2, "one root per sentence")
        #expect(rows[4][9] == "SpaceAfter=No")

        try "1\tbroken\n".write(to: dir.appendingPathComponent("bad.conllu"), atomically: true, encoding: .utf8)
        let bad = try KGProcess.run(["nlp", "parse", "--conllu", "bad.conllu"], in: dir)
        #expect(bad.status == 1)
        #expect(bad.stderr.hasPrefix("error: bad.conllu: line 1:"), "\(bad.stderr)")
        let both = try KGProcess.run(["nlp", "parse", "--conllu", "--pretokenized", "gold.conllu"], in: dir)
        #expect(both.status != 0)
        #expect(both.stderr.contains("exclude each other"))
    }

    @Test func aFolderWithNoArticlesIsAnError() throws {
        let dir = try KGProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("empty"), withIntermediateDirectories: true)
        let outcome = try KGProcess.run(["ingest", "empty", "-o", "g.kg"], in: dir)
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("no articles found in empty"))
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("g.kg").path))
    }

    @Test func scriptOnStandardInputExitsOneWhenAStatementFails() throws {
        let dir = try fixture()
        defer { try? FileManager.default.removeItem(at: dir) }
        let good = try KGProcess.run(["repl", "g.kg"], stdin: "Blinken meet ?who\n.mode csv\nRussia ?p ?o\n", in: dir)
        #expect(good.status == 0, "\(good.stderr)")
        #expect(good.stdout.contains("Sergei Lavrov"))
        #expect(!good.stdout.contains("kg g>"))
        let bad = try KGProcess.run(["repl", "g.kg"], stdin: "Blinken meet ?who\n?x meet ?y . filter typo(?y)\nRussia ?p ?o\n", in: dir)
        #expect(bad.status == 1)
        #expect(bad.stdout.contains("Crimea"))
        let bail = try KGProcess.run(["repl", "g.kg", "--bail"], stdin: "?x meet ?y . filter typo(?y)\nRussia ?p ?o\n", in: dir)
        #expect(bail.status == 1)
        #expect(!bail.stdout.contains("Crimea"))
    }
}

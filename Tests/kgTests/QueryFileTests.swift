import Foundation
import Testing

/// Every saved query in queries/ runs against the seeds graph and prints exactly its
/// checked-in output (queries/expected/NAME.out; regenerate with queries/update-expected.sh).
@Suite(.serialized) struct QueryFileTests {
    static let queryFiles: [String] = {
        let folder = KGProcess.packageRoot.appendingPathComponent("queries")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".kgq") }.sorted()
    }()

    /// The seeds graph, built once per test run the way update-expected.sh builds it.
    static let seedsGraph: Result<URL, Error> = Result {
        let dir = try KGProcess.temporaryDirectory()
        let graph = dir.appendingPathComponent("seeds.kg")
        let outcome = try KGProcess.run(["ingest", "seeds", "-o", graph.path, "--jobs", "1"])
        guard outcome.status == 0 else { throw CommandFailed(message: outcome.stderr) }
        return graph
    }

    struct CommandFailed: Error { let message: String }

    @Test func thereAreAtLeastEightSavedQueries() {
        #expect(Self.queryFiles.count >= 8)
    }

    @Test(arguments: queryFiles)
    func savedQueryPrintsItsExpectedOutput(file: String) throws {
        let graph = try Self.seedsGraph.get()
        let outcome = try KGProcess.run(["run", graph.path, "queries/" + file])
        var actual = outcome.stdout
        if !outcome.stderr.isEmpty { actual += "# stderr\n" + outcome.stderr }
        let expectedURL = KGProcess.packageRoot.appendingPathComponent("queries/expected")
            .appendingPathComponent(file.replacingOccurrences(of: ".kgq", with: ".out"))
        let expected = try String(contentsOf: expectedURL, encoding: .utf8)
        #expect(outcome.status == 0, "\(file) failed: \(outcome.stderr)")
        #expect(actual == expected, "\(file) differs from its expected output; if the change is intended run queries/update-expected.sh")
    }
}

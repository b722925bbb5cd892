import Foundation
import Testing
@testable import kg

/// `kg ingest --shard I/N` and `kg merge`: the shards partition the input, and their merge
/// answers queries exactly as the graph ingested in one process does.
@Suite struct IngestShardTests {
    /// Queries whose answers must not depend on how the corpus was split.
    static let workload = [
        "?x meet ?y",
        "?x accuse ?y",
        "?x warn ?y",
        "?s ?p ?o",
        "select ?p count(*) as ?n where ?s ?p ?o group by ?p",
        "select ?x count(*) as ?n where { ?x ?p ?o . filter type(?x) = person } group by ?x",
        "why ?x meet ?y",
        "neighbors Northland depth 2",
    ]

    /// The number after `documents` in `kg stats` output.
    private func documents(_ graph: String, in dir: URL) throws -> Int? {
        let stats = try KGProcess.run(["stats", graph], in: dir)
        let line = stats.stdout.split(separator: "\n").first { $0.hasPrefix("documents") }
        return line.flatMap { Int($0.split(separator: " ").last ?? "") }
    }

    /// The query's TSV rows, sorted (row order is not part of the comparison).
    private func answer(_ query: String, graph: String, in dir: URL) throws -> [Substring] {
        let outcome = try KGProcess.run(["query", graph, query, "--format", "tsv"], in: dir)
        #expect(outcome.status == 0, "\(query) on \(graph): \(outcome.stderr)")
        return outcome.stdout.split(separator: "\n").sorted()
    }

    @Test func shardsCoverEveryDocumentOnceAndTheirMergeAnswersLikeOneGraph() throws {
        let corpus = try IngestCorpus.shared.get()
        let dir = try KGProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let whole = corpus.appendingPathComponent(IngestCorpus.graph).path
        let total = IngestCorpus.count
        #expect(try documents(whole, in: dir) == total)

        let count = 3
        let shards = (1 ... count).map { dir.appendingPathComponent("s\($0).kg").path }
        for (i, shard) in shards.enumerated() {
            let outcome = try KGProcess.run(IngestCorpus.inputs + ["--shard", "\(i + 1)/\(count)", "-o", shard], in: corpus)
            #expect(outcome.status == 0, "shard \(i + 1): \(outcome.stderr)")
        }
        // The sizes add up to the whole and the merge (which drops repeated ids) keeps them all:
        // no document is in two shards and none is in no shard.
        let sizes = try shards.map { try documents($0, in: dir) ?? 0 }
        #expect(sizes.reduce(0, +) == total)
        #expect(sizes.allSatisfy { $0 > 0 }, "\(sizes)")
        let merge = try KGProcess.run(["merge"] + shards + ["-o", "merged.kg"], in: dir)
        #expect(merge.status == 0, "\(merge.stderr)")
        #expect(!merge.stderr.contains("duplicates"), "\(merge.stderr)")
        #expect(try documents("merged.kg", in: dir) == total)

        for query in Self.workload {
            let expected = try answer(query, graph: whole, in: dir)
            #expect(expected.count > 1, "\(query) finds nothing to compare")
            #expect(try answer(query, graph: "merged.kg", in: dir) == expected, "\(query)")
        }
    }

    @Test func mergingShardsInAnotherOrderGivesTheSameAnswers() throws {
        let dir = try KGProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        // "a" falls in shard 1 of 2 and records the alias Cole for Joe Cole; "b" (shard 2) names
        // a Cole that one ingest of both keeps apart from Joe Cole.
        let feed = [
            #"{"id": "a", "text": "Chelsea midfielder Joe Cole met Frank Lampard in London on Monday. Cole praised Lampard after the match."}"#,
            #"{"id": "b", "text": "Arsenal defender Cole reportedly met Jose Mourinho in London. Mourinho denied the talks."}"#,
        ]
        try feed.joined(separator: "\n").write(to: dir.appendingPathComponent("feed.jsonl"), atomically: true, encoding: .utf8)
        for i in 1 ... 2 {
            let outcome = try KGProcess.run(["ingest", "feed.jsonl", "--shard", "\(i)/2", "-o", "s\(i).kg"], in: dir)
            #expect(outcome.status == 0, "\(outcome.stderr)")
        }
        for (name, order) in [("m12.kg", ["s1.kg", "s2.kg"]), ("m21.kg", ["s2.kg", "s1.kg"])] {
            #expect(try KGProcess.run(["merge"] + order + ["-o", name], in: dir).status == 0)
        }
        let forward = try answer("?x meet ?y", graph: "m12.kg", in: dir)
        #expect(forward.count > 2)
        let backward = try answer("?x meet ?y", graph: "m21.kg", in: dir)
        #expect(backward == forward)
        #expect(try KGProcess.run(["ingest", "feed.jsonl", "-o", "all.kg"], in: dir).status == 0)
        #expect(try answer("?x meet ?y", graph: "all.kg", in: dir) == forward)
    }

    @Test func aShardThatGetsNoArticlesIsAnEmptyGraphNotAnError() throws {
        let corpus = try IngestCorpus.shared.get()
        let dir = try KGProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let ids = (0 ..< IngestCorpus.count).map { $0 % 2 == 0 ? "story-\($0)" : String(format: "articles/story-%03d.txt", $0) }
        let count = 1000
        let empty = try #require((1 ... count).first { i in
            ids.allSatisfy { ShardSelector("\(i)/\(count)")?.contains(id: $0) == false }
        })
        let graph = dir.appendingPathComponent("empty.kg").path
        let outcome = try KGProcess.run(IngestCorpus.inputs + ["--shard", "\(empty)/\(count)", "-o", graph], in: corpus)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stderr.contains("empty.kg: 0 documents"), "\(outcome.stderr)")
        #expect(try documents(graph, in: dir) == 0)
    }

    @Test func aShardOutsideOneToNIsAUsageError() throws {
        let dir = try KGProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        for bad in ["0/3", "4/3", "1/0", "two/3", "1"] {
            let outcome = try KGProcess.run(["ingest", ".", "--shard", bad, "-o", "g.kg"], in: dir)
            #expect(outcome.status == 2, "--shard \(bad)")
            #expect(outcome.stderr.contains("--shard takes I/N"), "\(outcome.stderr)")
        }
    }
}

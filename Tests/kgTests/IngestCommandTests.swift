import Foundation
import Testing

/// `kg ingest` end to end on small made-up corpora: the same bytes for any `--jobs`, appending
/// adds nothing twice, and bad input is skipped by name while the rest goes in.
@Suite struct IngestCommandTests {
    /// Runs `kg` with `arguments` in `dir`.
    private func kg(_ arguments: [String], in dir: URL, stdin: String = "") throws -> KGProcess.Outcome {
        try KGProcess.run(arguments, stdin: stdin, in: dir)
    }

    private func bytes(_ dir: URL, _ name: String) throws -> Data {
        try Data(contentsOf: dir.appendingPathComponent(name))
    }

    @Test func theGraphFileIsTheSameWhateverTheNumberOfJobs() throws {
        let corpus = try IngestCorpus.shared.get()
        let dir = try KGProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let one = try Data(contentsOf: corpus.appendingPathComponent(IngestCorpus.graph))
        #expect(one.count > 1000)
        for jobs in [2, 3] {
            let output = dir.appendingPathComponent("g\(jobs).kg")
            let outcome = try kg(IngestCorpus.inputs + ["--jobs", "\(jobs)", "-o", output.path], in: corpus)
            #expect(outcome.status == 0, "--jobs \(jobs): \(outcome.stderr)")
            #expect(outcome.stderr.contains("g\(jobs).kg: \(IngestCorpus.count) documents"), "\(outcome.stderr)")
            #expect(try Data(contentsOf: output) == one, "--jobs \(jobs) and --jobs 1 differ")
        }
    }

    @Test func theSameCommandFinishesAnInterruptedIngestAndAppendingAgainAddsNothing() throws {
        let corpus = try IngestCorpus.shared.get()
        let dir = try KGProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let graph = dir.appendingPathComponent("g.kg")
        // What a crash after a checkpoint leaves: the graph of the first input, and the marker.
        let partial = try kg(["ingest", "feed.jsonl", "-o", graph.path], in: corpus)
        #expect(partial.status == 0, "\(partial.stderr)")
        let half = IngestCorpus.count / 2
        #expect(partial.stderr.contains("g.kg: \(half) documents"), "\(partial.stderr)")
        let marker = graph.path + ".ingesting"
        #expect(FileManager.default.createFile(atPath: marker, contents: Data()))

        let resumed = try kg(IngestCorpus.inputs + ["-o", graph.path], in: corpus)
        #expect(resumed.status == 0, "\(resumed.stderr)")
        #expect(resumed.stderr.contains("g.kg: resuming an interrupted ingest"), "\(resumed.stderr)")
        #expect(resumed.stderr.contains("g.kg: \(half) documents"), "\(resumed.stderr)")
        #expect(resumed.stderr.contains("\(half) already ingested (\(half) same id)"), "\(resumed.stderr)")
        #expect(!FileManager.default.fileExists(atPath: marker))
        let whole = try Data(contentsOf: corpus.appendingPathComponent(IngestCorpus.graph))
        #expect(try Data(contentsOf: graph) == whole, "resumed and one-go graphs differ")

        let refused = try kg(IngestCorpus.inputs + ["-o", graph.path], in: corpus)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("g.kg: already exists; use --append"), "\(refused.stderr)")

        let again = try kg(IngestCorpus.inputs + ["--append", "-o", graph.path], in: corpus)
        #expect(again.status == 0, "\(again.stderr)")
        let count = IngestCorpus.count
        #expect(again.stderr.contains("g.kg: 0 documents"), "\(again.stderr)")
        #expect(again.stderr.contains("\(count) already ingested (\(count) same id)"), "\(again.stderr)")
        #expect(try Data(contentsOf: graph) == whole)
    }

    @Test func theSameTextUnderAnotherIDIsSkippedAsAlreadyIngested() throws {
        let dir = try KGProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        // On standard input, to cover `-` as well.
        let feed = [try IngestCorpus.jsonLine(1), try IngestCorpus.jsonLine(2), try IngestCorpus.jsonLine(1, prefix: "copy-")]
            .joined(separator: "\n") + "\n"
        let outcome = try kg(["ingest", "-", "-o", "g.kg"], in: dir, stdin: feed)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stderr.contains("g.kg: 2 documents"), "\(outcome.stderr)")
        #expect(outcome.stderr.contains("1 already ingested (1 same text)"), "\(outcome.stderr)")
        let stats = try kg(["stats", "g.kg"], in: dir)
        #expect(stats.stdout.contains("documents  2\n"), "\(stats.stdout)")
    }

    @Test func badInputIsSkippedWithAWarningNamingItAndTheRestIsIngested() throws {
        let dir = try KGProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let input = dir.appendingPathComponent("in")
        let nested = input.appendingPathComponent("nested")
        try FileManager.default.createDirectory(at: nested, withIntermediateDirectories: true)
        func write(_ name: String, _ data: Data) throws { try data.write(to: input.appendingPathComponent(name)) }
        try write("good-1.txt", Data(IngestCorpus.article(1).text.utf8))
        try write("good-2.md", Data(IngestCorpus.article(2).text.utf8))
        try write("latin1.txt", Data([0x43, 0x61, 0x66, 0xE9, 0x20, 0x6F, 0x77, 0x6E, 0x65, 0x72, 0x2E]))  // "Café owner." in Latin-1
        try write("binary.txt", Data([0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x00, 0x00, 0x00, 0x3E]))
        try write("empty.txt", Data())
        let feed = [try IngestCorpus.jsonLine(3), "this is not json", #"{"id": "x", "title": "No body"}"#,
                    try IngestCorpus.jsonLine(4)].joined(separator: "\n")
        try write("feed.jsonl", Data(feed.utf8))
        // 100 MB without a newline, as an article file and as a JSON Lines file (sparse: no disk).
        for name in ["huge.txt", "huge.jsonl"] {
            let url = input.appendingPathComponent(name)
            #expect(FileManager.default.createFile(atPath: url.path, contents: Data("x".utf8)))
            let handle = try FileHandle(forWritingTo: url)
            try handle.truncate(atOffset: 100 << 20)
            try handle.close()
        }
        try FileManager.default.createSymbolicLink(at: nested.appendingPathComponent("up"), withDestinationURL: input)
        try FileManager.default.createSymbolicLink(atPath: nested.appendingPathComponent("self.txt").path,
                                                   withDestinationPath: nested.appendingPathComponent("self.txt").path)

        let outcome = try kg(["ingest", "in", "-o", "g.kg"], in: dir)
        #expect(outcome.status == 1)
        let warnings = outcome.stderr.split(separator: "\n").filter { $0.hasPrefix("warning: ") }
        let expected = [
            "in/latin1.txt: skipped: not UTF-8 text",
            "in/binary.txt: skipped: binary file (contains NUL bytes)",
            "in/empty.txt: skipped: empty file",
            "in/feed.jsonl:2: skipped: not a JSON object",
            "in/feed.jsonl:3: skipped: no \"text\" field",
            "in/huge.txt: skipped: file is 100 MB, over the 4 MB limit for one article",
            "in/huge.jsonl:1: skipped: line longer than 16 MB",
            "in/nested/up: skipped: folder already visited (symbolic link loop?)",
            "in/nested/self.txt: skipped: symbolic link loop",
        ]
        for message in expected {
            #expect(warnings.contains { $0 == "warning: \(message)" }, "missing \(message) in:\n\(outcome.stderr)")
        }
        #expect(warnings.count == expected.count, "\(outcome.stderr)")
        #expect(outcome.stderr.contains("g.kg: 4 documents"), "\(outcome.stderr)")
        #expect(outcome.stderr.contains("9 skipped ("), "\(outcome.stderr)")
        let stats = try kg(["stats", "g.kg"], in: dir)
        #expect(stats.stdout.contains("documents  4\n"), "\(stats.stdout)")
    }
}

/// Small made-up news corpora for the ingest tests: short articles written from templates, so the
/// tests need nothing from `../shared` and every run sees the same text.
enum IngestCorpus {
    /// Articles in the shared corpus.
    static let count = 18
    /// The arguments that ingest the shared corpus, run in its folder.
    static let inputs = ["ingest", "feed.jsonl", "articles"]
    /// The shared corpus's graph, ingested with `--jobs 1`, in its folder.
    static let graph = "jobs1.kg"

    /// A folder holding the shared corpus (`count` articles, see `write`) and `graph`, made once
    /// for the tests that compare other ingests with it, so the models are loaded fewer times,
    /// and removed when the test process exits. Tests must not change it.
    static let shared = Result<URL, any Error> {
        let dir = sharedDirectory
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(at: IngestCorpus.sharedDirectory) }
        try write(count: count, into: dir)
        let outcome = try KGProcess.run(inputs + ["--jobs", "1", "-o", graph], in: dir)
        guard outcome.status == 0 else { throw IngestFailure(message: outcome.stderr) }
        return dir
    }

    private static let sharedDirectory = FileManager.default.temporaryDirectory
        .appendingPathComponent("kg-test-ingest-\(UUID().uuidString)")

    /// The shared corpus could not be ingested.
    struct IngestFailure: Error { var message: String }

    private static let people = ["Maria Delgado", "Tomas Weber", "Ingrid Holm", "Samuel Okafor", "Lena Petrova", "Arjun Mehta"]
    private static let countries = ["Northland", "Estoria", "Valdonia", "Kestria", "Maravia"]
    private static let companies = ["Harbor Steel", "Bluefin Bank", "Corvid Motors", "Lumen Energy"]
    private static let cities = ["Port Ellis", "Danford", "Rivergate", "Ostrava"]

    /// Article `n` as (title, text): four to six sentences naming people, countries, companies
    /// and cities, with verbs the extractor turns into facts (meet, accuse, warn, buy, visit…).
    static func article(_ n: Int) -> (title: String, text: String) {
        func pick(_ list: [String], _ salt: Int) -> String { list[(n * 7 + salt * 3) % list.count] }
        let a = pick(people, 0), b = pick(people, 1 + n % 2), country = pick(countries, 2)
        let other = pick(countries, 3 + n % 3), company = pick(companies, 4), city = pick(cities, 5)
        let title = "\(a) meets \(b) in \(city)"
        var sentences = [
            "\(a) met \(b) in \(city) on Tuesday.",
            "\(country) accused \(other) of blocking the trade talks.",
            "\(company) bought a stake in a rival firm based in \(city).",
            "\(b) warned \(country) about new tariffs.",
        ]
        if n % 2 == 0 { sentences.append("\(a) visited \(other) last week, officials said.") }
        if n % 3 == 0 { sentences.append("\(company) opened a factory in \(country) in \(2010 + n % 9).") }
        sentences.append("The talks were number \(n) this year.")
        return (title, title + "\n\n" + sentences.joined(separator: " "))
    }

    /// One JSON Lines record for article `n`, with id `prefix` + `n`.
    static func jsonLine(_ n: Int, prefix: String = "story-") throws -> String {
        let (title, text) = article(n)
        let object = ["id": "\(prefix)\(n)", "title": title, "text": text,
                      "date": "2026-01-" + String(format: "%02d", 1 + n % 28)]
        return String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self)
    }

    /// Writes `count` articles into `directory`: the even ones as JSON Lines in `feed.jsonl`, the
    /// odd ones as `.txt` files under `articles/`.
    static func write(count: Int, into directory: URL) throws {
        let articles = directory.appendingPathComponent("articles")
        try FileManager.default.createDirectory(at: articles, withIntermediateDirectories: true)
        var lines: [String] = []
        for n in 0 ..< count {
            if n % 2 == 0 {
                lines.append(try jsonLine(n))
            } else {
                try article(n).text.write(to: articles.appendingPathComponent(String(format: "story-%03d.txt", n)),
                                          atomically: true, encoding: .utf8)
            }
        }
        try (lines.joined(separator: "\n") + "\n").write(to: directory.appendingPathComponent("feed.jsonl"),
                                                         atomically: true, encoding: .utf8)
    }
}

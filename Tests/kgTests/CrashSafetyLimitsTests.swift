import Foundation
import Testing

/// Inputs built to exhaust the stack, memory or time, run through the real `kg` binary so a
/// crash shows as a failed test rather than taking the test runner down (issue 7): deep
/// nesting of every bracketing construct of the query language, very long flat chains (which
/// a naive parser turns into deep trees), path and neighbourhood depths past their bounds, and
/// oversized inputs to `kg ingest`. Each must end with exit status 0 or 1 and, on 1, a short
/// error — never a signal.
@Suite struct CrashSafetyLimitsTests {
    /// How a run of `kg` ended.
    struct Outcome {
        var status: Int32
        var signalled: Bool
        var stderr: String
    }

    /// Runs `kg` with output to files, so no pipe can fill up whatever it prints.
    static func run(_ arguments: [String], in directory: URL) throws -> Outcome {
        let errors = directory.appendingPathComponent("stderr-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: errors.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: errors) }
        let process = Process()
        process.executableURL = KGProcess.binary
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = try FileHandle(forWritingTo: errors)
        try process.run()
        process.waitUntilExit()
        let text = String(decoding: (try? Data(contentsOf: errors)) ?? Data(), as: UTF8.self)
        return Outcome(status: process.terminationStatus, signalled: process.terminationReason == .uncaughtSignal,
                       stderr: text)
    }

    /// A folder with `g.kg`: a ring of 30 entities, each meeting the next two.
    static func fixture() throws -> URL {
        let dir = try KGProcess.temporaryDirectory()
        let facts = (0 ..< 30).flatMap { i in ["n\(i)\tmeet\tn\((i + 1) % 30)", "n\(i)\tmeet\tn\((i + 2) % 30)"] }
        try (facts.joined(separator: "\n") + "\n").write(to: dir.appendingPathComponent("f.tsv"), atomically: true, encoding: .utf8)
        let made = try KGProcess.run(["ingest", "--triples", "f.tsv", "-o", "g.kg"], in: dir)
        try #require(made.status == 0, "\(made.stderr)")
        return dir
    }

    static let n = 20_000

    /// Queries that nest or chain `n` deep; every one too big for a command-line argument, so
    /// each is run from a `.kgq` file by `kg run`.
    static let hostileQueries: [(String, String)] = [
        ("nested brackets in a filter", "?x meet ?y filter " + String(repeating: "(", count: n) + "?x = ?y" + String(repeating: ")", count: n)),
        ("unclosed brackets", "?x meet ?y filter " + String(repeating: "(", count: n)),
        ("nested groups", String(repeating: "{ ", count: n) + "?x meet ?y" + String(repeating: " }", count: n)),
        ("nested optionals", "?x meet ?y " + String(repeating: "optional { ?y meet ?z ", count: n) + String(repeating: "} ", count: n)),
        ("a chain of not", "?x meet ?y filter " + String(repeating: "not ", count: n) + "?x = ?y"),
        ("a chain of !", "?x meet ?y filter " + String(repeating: "!", count: n) + "?x = ?y"),
        ("a chain of ^", "?x " + String(repeating: "^", count: n) + "meet ?y"),
        ("nested path brackets", "?x " + String(repeating: "(", count: n) + "meet" + String(repeating: ")", count: n) + " ?y"),
        ("a long path sequence", "?x " + Array(repeating: "meet", count: n).joined(separator: "/") + " ?y"),
        ("a long path alternation", "?x " + Array(repeating: "meet", count: n).joined(separator: "|") + " ?y"),
        ("many patterns", Array(repeating: "?x meet ?y", count: n / 10).joined(separator: " . ")),
        ("many variables", (0 ..< n / 10).map { "?v\($0) meet ?w\($0)" }.joined(separator: " . ")),
        ("a 2 MB name", "\"" + String(repeating: "a", count: 2 << 20) + "\" meet ?y"),
        ("a 2 MB unterminated string", "\"" + String(repeating: "a", count: 2 << 20)),
        ("a huge limit", "?x meet ?y limit 99999999999999999999999999999999"),
        ("path far past its bound", "path n0 to n15 max 99999999999"),
        ("neighbours far past their bound", "neighbors n0 depth 99999999999"),
        ("many statements on one line", String(repeating: "n0 meet ?y;", count: 500)),
    ]

    @Test(arguments: hostileQueries.indices)
    func hostileQueryEndsWithAnErrorOrAnAnswer(index: Int) throws {
        let (name, query) = Self.hostileQueries[index]
        let dir = try Self.fixture()
        defer { try? FileManager.default.removeItem(at: dir) }
        try query.write(to: dir.appendingPathComponent("q.kgq"), atomically: true, encoding: .utf8)
        let outcome = try Self.run(["run", "g.kg", "q.kgq"], in: dir)
        #expect(!outcome.signalled, "\(name): kg died from signal \(outcome.status)")
        #expect(outcome.status == 0 || outcome.status == 1, "\(name): exit status \(outcome.status)")
        let fatal = outcome.stderr.contains("Fatal error")
        #expect(!fatal, "\(name): \(outcome.stderr.prefix(300))")
    }

    /// A flat chain of 5,000 `and`s (or `or`s) in a filter is not nested, so the depth bound does
    /// not apply, but it becomes a 5,000-deep tree that recursive walks overflow the stack on.
    @Test(.disabled("bug: kg run/query die with SIGSEGV (stack overflow in FilterExpression.variableUses, FilterExpression.swift:93) on a filter of 5,000 'and'/'or' terms; 2,000 pass"),
          arguments: [" and ", " or "])
    func aLongFlatFilterChainEndsWithAnErrorOrAnAnswer(connective: String) throws {
        let dir = try Self.fixture()
        defer { try? FileManager.default.removeItem(at: dir) }
        let query = "?x meet ?y filter " + Array(repeating: "?x != ?y", count: 5_000).joined(separator: connective)
        try query.write(to: dir.appendingPathComponent("q.kgq"), atomically: true, encoding: .utf8)
        let outcome = try Self.run(["run", "g.kg", "q.kgq"], in: dir)
        #expect(!outcome.signalled, "kg died from signal \(outcome.status)")
        #expect(outcome.status == 0 || outcome.status == 1)
    }

    /// A script's cost grows with the square of its length: each statement is re-lexed after
    /// padding it with one newline per line and one space per column before it
    /// (ShellStatement.positionedText), so 4,000 one-line statements take 15 s in a debug build
    /// and 8,000 take 69 s; 100,000 on one line would take hours.
    @Test(.disabled("bug: kg run is quadratic in script size (ShellStatement.positionedText padding, re-lexed per statement in GraphEngine.parse/split)"))
    func aHundredThousandStatementScriptFinishes() throws {
        let dir = try Self.fixture()
        defer { try? FileManager.default.removeItem(at: dir) }
        try String(repeating: "n0 meet ?y;", count: 100_000).write(to: dir.appendingPathComponent("q.kgq"), atomically: true, encoding: .utf8)
        let outcome = try Self.run(["run", "g.kg", "q.kgq"], in: dir)
        #expect(!outcome.signalled)
        #expect(outcome.status == 0)
    }

    /// Bounds stated in docs/QUERY.md are enforced with a message, not by running forever.
    @Test(arguments: [
        ("?x meet ?y filter " + String(repeating: "(", count: 49) + "?x = ?y" + String(repeating: ")", count: 49), "nested more than 48"),
        ("path n0 to n15 max 13", "12"),
        ("neighbors n0 depth 7", "6"),
    ])
    func boundsAreReportedClearly(query: String, mention: String) throws {
        let dir = try Self.fixture()
        defer { try? FileManager.default.removeItem(at: dir) }
        let outcome = try Self.run(["query", "g.kg", query], in: dir)
        #expect(!outcome.signalled)
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("error:") && outcome.stderr.contains(mention), "\(outcome.stderr)")
    }

    /// The widest bounded searches on a graph where every entity is near every other finish.
    @Test(arguments: ["path n0 to n15 max 12", "neighbors n0 depth 6", "?a meet ?b . ?b meet ?c . ?c meet ?d . ?d meet ?e . ?e meet ?f"])
    func widestBoundedSearchesFinish(query: String) throws {
        let dir = try Self.fixture()
        defer { try? FileManager.default.removeItem(at: dir) }
        let outcome = try Self.run(["query", "g.kg", query], in: dir)
        #expect(!outcome.signalled)
        #expect(outcome.status == 0, "\(outcome.stderr)")
    }

    /// A 100 MB article on one line is refused by size before it is read, not parsed.
    @Test func aHundredMegabyteArticleIsRefusedClearly() throws {
        let dir = try KGProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let line = Data(repeating: UInt8(ascii: "a"), count: 100 << 20)
        try line.write(to: dir.appendingPathComponent("huge.txt"))
        let outcome = try Self.run(["ingest", "huge.txt", "-o", "g.kg"], in: dir)
        #expect(!outcome.signalled)
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("skipped: file is 100 MB, over the 4 MB limit for one article"), "\(outcome.stderr)")
    }

    /// A JSON Lines file whose one line is 100 MB: the line is skipped with its reason.
    @Test func aHundredMegabyteJSONLineIsSkippedClearly() throws {
        let dir = try KGProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        var line = Data("{\"id\":\"x\",\"text\":\"".utf8)
        line.append(Data(repeating: UInt8(ascii: "a"), count: 100 << 20))
        line.append(Data("\"}\n".utf8))
        try line.write(to: dir.appendingPathComponent("huge.jsonl"))
        let outcome = try Self.run(["ingest", "huge.jsonl", "-o", "g.kg"], in: dir)
        #expect(!outcome.signalled)
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("line longer than 16 MB"), "\(outcome.stderr)")
    }

    /// A 100 MB single-line triples file: one bad line, reported, nothing else.
    @Test func aHundredMegabyteTripleLineIsReportedClearly() throws {
        let dir = try KGProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data(repeating: UInt8(ascii: "a"), count: 100 << 20).write(to: dir.appendingPathComponent("huge.tsv"))
        let outcome = try Self.run(["ingest", "--triples", "huge.tsv", "-o", "g.kg"], in: dir)
        #expect(!outcome.signalled)
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("1 bad lines"), "\(outcome.stderr)")
        #expect(outcome.stderr.utf8.count < 4096, "the error repeats the huge line")
    }
}

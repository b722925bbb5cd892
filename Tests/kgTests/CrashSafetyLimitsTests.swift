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
        var stdout: String
        var stderr: String
    }

    /// Runs `kg` with output to files, so no pipe can fill up whatever it prints, and standard
    /// input from `stdin` (empty when nil).
    static func run(_ arguments: [String], in directory: URL, stdin: URL? = nil) throws -> Outcome {
        let name = UUID().uuidString
        let output = directory.appendingPathComponent("stdout-\(name)")
        let errors = directory.appendingPathComponent("stderr-\(name)")
        _ = FileManager.default.createFile(atPath: output.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errors.path, contents: nil)
        defer {
            try? FileManager.default.removeItem(at: output)
            try? FileManager.default.removeItem(at: errors)
        }
        let process = Process()
        process.executableURL = KGProcess.binary
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.standardInput = try stdin.map { try FileHandle(forReadingFrom: $0) } ?? FileHandle.nullDevice
        process.standardOutput = try FileHandle(forWritingTo: output)
        process.standardError = try FileHandle(forWritingTo: errors)
        try process.run()
        process.waitUntilExit()
        func text(_ url: URL) -> String { String(decoding: (try? Data(contentsOf: url)) ?? Data(), as: UTF8.self) }
        return Outcome(status: process.terminationStatus, signalled: process.terminationReason == .uncaughtSignal,
                       stdout: text(output), stderr: text(errors))
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
        // The lexer's old recursion died at about 2,200; only the first 20 problems of a
        // statement are printed (each repeats its line), then a count.
        ("many unexpected characters", String(repeating: "$", count: n)),
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
    /// not apply; it used to become a 5,000-deep tree that recursive walks overflowed the stack on
    /// (SIGSEGV in FilterExpression.variableUses). `kg query` (the chain as an argument) and
    /// `kg run` (from a file) must answer as the filter of one term does.
    @Test(arguments: [" and ", " or "])
    func aLongFlatFilterChainGivesTheAnswerOfOneTerm(connective: String) throws {
        let dir = try Self.fixture()
        defer { try? FileManager.default.removeItem(at: dir) }
        let one = "?x meet ?y filter ?x != ?y"
        let chain = "?x meet ?y filter " + Array(repeating: "?x != ?y", count: 5_000).joined(separator: connective)
        let expected = try Self.run(["query", "g.kg", one], in: dir)
        try #require(expected.status == 0 && expected.stdout.contains("n29"), "\(expected.stderr)")
        let queried = try Self.run(["query", "g.kg", chain], in: dir)
        #expect(!queried.signalled, "kg query died from signal \(queried.status)")
        #expect(queried.status == 0, "\(queried.stderr.prefix(300))")
        #expect(queried.stdout == expected.stdout)

        try one.write(to: dir.appendingPathComponent("one.kgq"), atomically: true, encoding: .utf8)
        try chain.write(to: dir.appendingPathComponent("chain.kgq"), atomically: true, encoding: .utf8)
        let ran = try Self.run(["run", "g.kg", "chain.kgq"], in: dir)
        let ranOne = try Self.run(["run", "g.kg", "one.kgq"], in: dir)
        #expect(!ran.signalled, "kg run died from signal \(ran.status)")
        #expect(ran.status == 0, "\(ran.stderr.prefix(300))")
        // Each prints the query's text on its first line, then the same answer.
        #expect(ran.stdout.split(separator: "\n").dropFirst() == ranOne.stdout.split(separator: "\n").dropFirst())
        #expect(ran.stdout.hasPrefix(chain + "\n"))
    }

    /// A script of 20,000 statements on one line, or on lines of their own, runs every statement
    /// (the runner used to re-lex each statement padded to its place in the file: quadratic, so
    /// 4,000 statements took 15 s and 8,000 took 69 s; ScriptScalingTests measures its growth),
    /// and an error after them names its line and column in the file.
    @Test(arguments: ["; ", "\n"])
    func aTwentyThousandStatementScriptRunsEveryStatement(separator: String) throws {
        let dir = try Self.fixture()
        defer { try? FileManager.default.removeItem(at: dir) }
        let count = 20_000
        let script = Array(repeating: "n0 meet ?y", count: count).joined(separator: separator) + separator + "n0 meet )"
        try script.write(to: dir.appendingPathComponent("q.kgq"), atomically: true, encoding: .utf8)
        let outcome = try Self.run(["run", "g.kg", "q.kgq"], in: dir)
        #expect(!outcome.signalled)
        #expect(outcome.status == 1)
        #expect(outcome.stdout.components(separatedBy: "n0 meet ?y\n").count == count + 1)
        let position = separator == "\n" ? "\(count + 1):9" : "1:\(count * 12 + 9)"
        #expect(outcome.stderr.hasPrefix("q.kgq:\(position): error:"), "\(outcome.stderr.prefix(300))")
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

    /// `kg nlp parse` takes at most 4 MB, as `kg ingest` takes per article: a 100 MB one-line
    /// file and 5 MB on standard input are refused in one line, before the model is loaded.
    @Test func nlpParseRefusesTextOverTheArticleLimit() throws {
        let dir = try KGProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data(repeating: UInt8(ascii: "a"), count: 100 << 20).write(to: dir.appendingPathComponent("huge.txt"))
        try Data(repeating: UInt8(ascii: "a"), count: 5 << 20).write(to: dir.appendingPathComponent("big.txt"))
        let limit = "over the 4 MB limit for one text (as for an article in kg ingest)"
        let file = try Self.run(["nlp", "parse", "huge.txt"], in: dir)
        #expect(!file.signalled)
        #expect(file.status == 1)
        #expect(file.stderr == "error: huge.txt: file is 100 MB, \(limit); split it\n")
        #expect(file.stdout.isEmpty)
        let piped = try Self.run(["nlp", "parse", "-"], in: dir, stdin: dir.appendingPathComponent("big.txt"))
        #expect(!piped.signalled)
        #expect(piped.status == 1)
        #expect(piped.stderr == "error: <stdin>: \(limit); split the text\n")
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

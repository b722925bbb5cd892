import Foundation
import GraphStore
import Testing

/// Saving when the disk is full (simulated by a file-size limit, `ulimit -f`, which makes
/// `write(2)` fail with EFBIG past the limit): `kg` reports the problem in one line, exits 1,
/// and leaves the previous graph file exactly as it was (issue 7).
@Suite struct DiskFullTests {
    /// What one run under a file-size limit produced.
    struct Outcome {
        var stderr: String
        var status: Int32
        var signal: Int32?
    }

    /// Runs `kg arguments` in `directory` under a file-size limit of `blocks` × 512 bytes, with
    /// SIGXFSZ ignored (`ignoreSignal`, as the fix in KG.swift would do) or left at its default,
    /// which kills the process when a write crosses the limit.
    static func runLimited(_ arguments: [String], blocks: Int, ignoreSignal: Bool, in directory: URL,
                           stdin: String = "") throws -> Outcome {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        let trap = ignoreSignal ? "trap '' XFSZ; " : "trap - XFSZ; "
        process.arguments = ["-c", "\(trap)ulimit -f \(blocks) && exec \"$0\" \"$@\"", KGProcess.binary.path] + arguments
        process.currentDirectoryURL = directory
        let input = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errors
        try process.run()
        input.fileHandleForWriting.write(Data(stdin.utf8))
        try input.fileHandleForWriting.close()
        let errData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let signalled = process.terminationReason == .uncaughtSignal
        return Outcome(stderr: String(decoding: errData, as: UTF8.self),
                       status: process.terminationStatus, signal: signalled ? process.terminationStatus : nil)
    }

    /// A folder with `g.kg` (a small graph) and `big.tsv` (enough triples that the appended
    /// graph is far larger than 64 KiB), and the bytes of `g.kg`.
    static func fixture() throws -> (URL, Data) {
        let dir = try KGProcess.temporaryDirectory()
        try CrashSafetyTests.tsv(prefix: "old", count: 50).write(to: dir.appendingPathComponent("old.tsv"),
                                                                   atomically: true, encoding: .utf8)
        try CrashSafetyTests.tsv(prefix: "new", count: 20_000).write(to: dir.appendingPathComponent("big.tsv"),
                                                                       atomically: true, encoding: .utf8)
        let made = try KGProcess.run(["ingest", "--triples", "old.tsv", "-o", "g.kg"], in: dir)
        try #require(made.status == 0, "\(made.stderr)")
        let bytes = try Data(contentsOf: dir.appendingPathComponent("g.kg"))
        try #require(bytes.count < 64 * 1024, "the small graph must fit under the limit")
        return (dir, bytes)
    }

    /// Checks the outcome of a save that hit the limit and the file left behind.
    static func expectRefusedAndIntact(_ outcome: Outcome, dir: URL, before: Data) throws {
        #expect(outcome.signal == nil, "kg was killed by signal \(outcome.signal ?? 0) instead of reporting the error")
        #expect(outcome.status == 1)
        let lines = outcome.stderr.split(separator: "\n").filter { !$0.contains("triples read") }
        #expect(lines.count == 1, "expected one error line, got: \(outcome.stderr)")
        #expect(outcome.stderr.contains("cannot save") && outcome.stderr.contains("File too large"), "\(outcome.stderr)")
        #expect(outcome.stderr.contains("the previous file is unchanged"))
        #expect(try Data(contentsOf: dir.appendingPathComponent("g.kg")) == before, "the old graph file changed")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.contains(".tmp-") }
        #expect(leftovers.isEmpty, "temporary files left behind: \(leftovers)")
        let stats = try KGProcess.run(["stats", "g.kg"], in: dir)
        #expect(stats.status == 0, "\(stats.stderr)")
    }

    @Test func ingestAppendPastTheFileSizeLimitReportsAndKeepsTheOldGraph() throws {
        let (dir, before) = try Self.fixture()
        defer { try? FileManager.default.removeItem(at: dir) }
        let outcome = try Self.runLimited(["ingest", "--triples", "big.tsv", "-o", "g.kg", "--append"],
                                          blocks: 128, ignoreSignal: true, in: dir)
        try Self.expectRefusedAndIntact(outcome, dir: dir, before: before)
    }

    @Test func theShellsSavePastTheFileSizeLimitReportsAndKeepsTheOldGraph() throws {
        let (dir, before) = try Self.fixture()
        defer { try? FileManager.default.removeItem(at: dir) }
        let made = try KGProcess.run(["ingest", "--triples", "big.tsv", "-o", "big.kg"], in: dir)
        try #require(made.status == 0, "\(made.stderr)")
        let outcome = try Self.runLimited(["repl", "big.kg"], blocks: 128, ignoreSignal: true, in: dir,
                                          stdin: ".save g.kg\n")
        #expect(outcome.signal == nil, "kg was killed by signal \(outcome.signal ?? 0)")
        #expect(outcome.status == 1, "a failed .save must make the script exit nonzero")
        #expect(outcome.stderr.contains("cannot save") && outcome.stderr.contains("File too large"), "\(outcome.stderr)")
        #expect(try Data(contentsOf: dir.appendingPathComponent("g.kg")) == before, "the old graph file changed")
    }

    /// A user's shell leaves SIGXFSZ at its default, which kills a process whose write crosses
    /// the limit before `write(2)` can return EFBIG.
    @Test
    func withTheDefaultSignalActionTheLimitIsStillReported() throws {
        let (dir, before) = try Self.fixture()
        defer { try? FileManager.default.removeItem(at: dir) }
        let outcome = try Self.runLimited(["ingest", "--triples", "big.tsv", "-o", "g.kg", "--append"],
                                          blocks: 128, ignoreSignal: false, in: dir)
        try Self.expectRefusedAndIntact(outcome, dir: dir, before: before)
    }
}

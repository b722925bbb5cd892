import Foundation
import GraphStore
import Language
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Kills `kg` with SIGKILL while it writes a graph and checks that the file left behind is
/// always a whole graph: it opens (`kg stats` exits 0), passes the store's invariant check, and
/// holds exactly the old or the new content, never a mix (issue 7).
///
/// The kill moments are seeded and stratified over the measured length of one uninterrupted
/// run, so they spread from start-up through parsing to the final save.
@Suite(.serialized) struct CrashSafetyTests {
    /// What identifies a graph's content for these tests (every appended triple is new).
    struct Content: Equatable, CustomStringConvertible {
        var triples: Int
        var terms: Int
        var sources: Int
        var description: String { "\(triples) triples, \(terms) terms, \(sources) sources" }
    }

    /// Outcome of a series of kills.
    struct Tally {
        var old = 0
        var new = 0
        /// Trials after which a temporary file of a killed save was there.
        var leftoverTemporaryFiles = 0
        var summary: String {
            "\(old + new) trials survived (\(old) old, \(new) new content), \(leftoverTemporaryFiles) left a temporary file"
                + " (each removed by the next save)"
        }
    }

    /// `count` lines of distinct tab-separated triples, some with confidences (which add sources).
    static func tsv(prefix: String, count: Int) -> String {
        var text = ""
        text.reserveCapacity(count * 40)
        for i in 0 ..< count {
            let confidence = i % 3 == 0 ? "\t0.\(i % 9 + 1)" : ""
            text += "\(prefix) person \(i % 997)\t\(["meet", "visit", "accuse", "warn"][i % 4])\t\(prefix) place \(i)\(confidence)\n"
        }
        return text
    }

    /// The content of the graph file at `path`, after checking that it opens in-process and passes
    /// the invariant check.
    static func content(of path: String) throws -> Content {
        let graph = try Graph(contentsOfFile: path)
        try graph._checkInvariants()
        return Content(triples: graph.tripleCount, terms: graph.termCount, sources: graph.sourceCount)
    }

    /// Starts `kg` with `arguments` in `directory`, stdin from `stdinFile` (or /dev/null) and
    /// output discarded.
    static func spawn(_ arguments: [String], in directory: URL, stdinFile: String = "/dev/null") throws -> Process {
        let process = Process()
        process.executableURL = KGProcess.binary
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.standardInput = FileHandle(forReadingAtPath: stdinFile)
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    /// Runs `arguments` once to the end and returns how long it took.
    static func timedRun(_ arguments: [String], in directory: URL, stdinFile: String = "/dev/null") throws -> Duration {
        let clock = ContinuousClock()
        let start = clock.now
        let process = try spawn(arguments, in: directory, stdinFile: stdinFile)
        process.waitUntilExit()
        #expect(process.terminationReason == .exit && process.terminationStatus == 0,
                "kg \(arguments.joined(separator: " ")) exited with status \(process.terminationStatus)")
        return clock.now - start
    }

    /// Kills `arguments` at `trials` seeded moments spread over `span`, restoring `graph` from
    /// `original` before each, and checks the file after each kill.
    static func killTrials(_ arguments: [String], graph: String, original: String, in dir: URL,
                           stdinFile: String = "/dev/null", span: Duration, trials: Int, seed: UInt64,
                           old: Content, new: Content) throws -> Tally {
        var random = SplitMix64(seed: seed)
        var tally = Tally()
        let graphPath = dir.appendingPathComponent(graph).path
        let spanNanoseconds = Double(span.components.seconds) * 1e9 + Double(span.components.attoseconds) / 1e9
        for trial in 0 ..< trials {
            _ = unlink(graphPath)
            try FileManager.default.copyItem(atPath: dir.appendingPathComponent(original).path, toPath: graphPath)
            // Stratified: trial i is killed somewhere in the i-th of `trials` equal slices of the
            // run, stretched by 10 % so a few kills land after a fast run has finished.
            let fraction = (Double(trial) + Double.random(in: 0 ..< 1, using: &random)) / Double(trials)
            let delay = UInt32(fraction * 1.1 * spanNanoseconds / 1000)
            let process = try spawn(arguments, in: dir, stdinFile: stdinFile)
            usleep(delay)
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
            process.waitUntilExit()
            let stats = try KGProcess.run(["stats", graph], in: dir)
            #expect(stats.status == 0, "trial \(trial) (kill after \(delay) µs): kg stats failed: \(stats.stderr)")
            let content = try Self.content(of: graphPath)
            #expect(content == old || content == new,
                    "trial \(trial) (kill after \(delay) µs): \(content), expected \(old) or \(new)")
            if content == old { tally.old += 1 } else if content == new { tally.new += 1 }
            // Each save first removes the files killed saves left, so at most the last one's is there.
            let leftovers = try temporaryFiles(of: graph, in: dir)
            #expect(leftovers.count <= 1, "trial \(trial): temporary files pile up: \(leftovers)")
            if !leftovers.isEmpty { tally.leftoverTemporaryFiles += 1 }
        }
        _ = try timedRun(arguments, in: dir, stdinFile: stdinFile)
        let left = try temporaryFiles(of: graph, in: dir)
        #expect(left.isEmpty, "a save run to the end left \(left)")
        return tally
    }

    /// The `graph.tmp-…` files in `dir`.
    static func temporaryFiles(of graph: String, in dir: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasPrefix("\(graph).tmp-") }
    }

    /// A folder with `original.kg` (a graph of `tripleCount` triples, about 150 bytes each
    /// on disk, so that saving it is a good part of a run) and `small.tsv` (ten new triples).
    static func fixture(tripleCount: Int) throws -> URL {
        let dir = try KGProcess.temporaryDirectory()
        try tsv(prefix: "old", count: tripleCount).write(to: dir.appendingPathComponent("old.tsv"), atomically: true, encoding: .utf8)
        try tsv(prefix: "new", count: 10).write(to: dir.appendingPathComponent("small.tsv"), atomically: true, encoding: .utf8)
        let made = try KGProcess.run(["ingest", "--triples", "old.tsv", "-o", "original.kg"], in: dir)
        try #require(made.status == 0, "\(made.stderr)")
        return dir
    }

    /// Appending ten triples to a big graph: the run is mostly opening the graph and saving it
    /// again, so the kills land in every step of the save (building the bytes, writing the
    /// temporary file, syncing, renaming).
    @Test func killingIngestAppendLeavesTheOldOrTheNewGraph() throws {
        let dir = try Self.fixture(tripleCount: 20_000)
        defer { try? FileManager.default.removeItem(at: dir) }
        let old = try Self.content(of: dir.appendingPathComponent("original.kg").path)

        // One uninterrupted run gives the new content and the span to spread the kills over.
        try FileManager.default.copyItem(at: dir.appendingPathComponent("original.kg"), to: dir.appendingPathComponent("g.kg"))
        let arguments = ["ingest", "--triples", "small.tsv", "-o", "g.kg", "--append"]
        let span = try Self.timedRun(arguments, in: dir)
        let new = try Self.content(of: dir.appendingPathComponent("g.kg").path)
        try #require(new.triples == old.triples + 10)

        let tally = try Self.killTrials(arguments, graph: "g.kg", original: "original.kg", in: dir, span: span,
                                        trials: 100, seed: 7, old: old, new: new)
        print("crash safety, kg ingest --append killed 100 times over \(span): \(tally.summary)")
        #expect(tally.old + tally.new == 100)
    }

    /// The shell opens a big graph and `.save`s it over a file holding a smaller one.
    @Test func killingTheShellsSaveLeavesTheOldOrTheNewGraph() throws {
        let dir = try Self.fixture(tripleCount: 20_000)
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.copyItem(at: dir.appendingPathComponent("original.kg"), to: dir.appendingPathComponent("big.kg"))
        let made = try KGProcess.run(["ingest", "--triples", "small.tsv", "-o", "big.kg", "--append"], in: dir)
        try #require(made.status == 0, "\(made.stderr)")
        let old = try Self.content(of: dir.appendingPathComponent("original.kg").path)
        let new = try Self.content(of: dir.appendingPathComponent("big.kg").path)
        let script = dir.appendingPathComponent("save.kgq").path
        try ".save g.kg\n.quit\n".write(toFile: script, atomically: true, encoding: .utf8)
        try FileManager.default.copyItem(at: dir.appendingPathComponent("original.kg"), to: dir.appendingPathComponent("g.kg"))
        let arguments = ["repl", "big.kg"]
        let span = try Self.timedRun(arguments, in: dir, stdinFile: script)
        try #require(try Self.content(of: dir.appendingPathComponent("g.kg").path) == new, "the shell's .save did not write the graph")

        let tally = try Self.killTrials(arguments, graph: "g.kg", original: "original.kg", in: dir, stdinFile: script,
                                        span: span, trials: 50, seed: 11, old: old, new: new)
        print("crash safety, the shell's .save killed 50 times over \(span): \(tally.summary)")
        #expect(tally.old + tally.new == 50)
    }
}

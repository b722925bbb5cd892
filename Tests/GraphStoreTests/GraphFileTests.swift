import Testing
@testable import GraphStore
#if canImport(Glibc)
import Glibc
#endif

@Suite struct GraphFileTests {
    /// A fresh scratch directory for one test.
    static func scratch(_ name: String) -> String {
        let dir = "/tmp/kg-graphstore-tests-\(getpid())-\(name)"
        mkdir(dir, 0o755)
        return dir
    }

    static func expectSameGraph(_ a: Graph, _ b: Graph, seed: UInt64) {
        #expect(a.termCount == b.termCount)
        #expect(Array(a.triples) == Array(b.triples))
        for i in 0 ..< a.termCount {
            let id = TermID(rawValue: UInt32(i))
            #expect(a.term(id) == b.term(id))
            #expect(a.aliases(of: id) == b.aliases(of: id))
        }
        var rng = SeededGenerator(seed: seed)
        for (s, p, o) in RandomGraphs.patterns(a, &rng, count: 64) {
            #expect(Array(a.match(s, p, o)) == Array(b.match(s, p, o)))
        }
        for t in a.triples { #expect(a.provenance(of: t) == b.provenance(of: t)) }
        #expect(a.documentCount == b.documentCount)
        for d in 0 ..< a.documentCount { #expect(a.document(at: d) == b.document(at: d)) }
        #expect(a.stats() == b.stats())
        for name in RandomGraphs.names { #expect(a.entities(matching: name) == b.entities(matching: name)) }
    }

    @Test(arguments: [21, 22, 23, 24] as [UInt64])
    func randomGraphsRoundTrip(seed: UInt64) throws {
        let dir = Self.scratch("roundtrip-\(seed)")
        var graph = RandomGraphs.graph(seed: seed, documents: Int(seed % 5) + 2)
        graph.importTSV(text: "x\tp\ty\t0.5\ny\tp\t12\n")
        let path = dir + "/g.kg"
        try graph.save(to: path)
        let opened = try Graph(contentsOfFile: path)
        try opened._checkInvariants()
        #expect(opened.isCommitted)
        graph.commit()
        Self.expectSameGraph(graph, opened, seed: seed)
        #expect(opened.fileBytes() == graph.fileBytes())
    }

    @Test func emptyGraphRoundTrips() throws {
        let path = Self.scratch("empty") + "/e.kg"
        try Graph().save(to: path)
        let opened = try Graph(contentsOfFile: path)
        #expect(opened.tripleCount == 0 && opened.termCount == 0)
        try opened._checkInvariants()
    }

    static func smallFile() -> [UInt8] {
        RandomGraphs.graph(seed: 3, documents: 2, factsPerDocument: 6, entities: 6).fileBytes()
    }

    static func open(_ bytes: [UInt8]) -> Result<Graph, GraphFileError> {
        bytes.withUnsafeBytes { buffer in
            Result { () throws(GraphFileError) in try Graph.decode(buffer, path: "t.kg") }
        }
    }

    @Test func everyTruncationIsRefused() {
        let bytes = Self.smallFile()
        #expect(bytes.count > 500)
        if case .failure(let error) = Self.open(bytes) { Issue.record("intact file refused: \(error)") }
        for length in 0 ..< bytes.count {
            switch Self.open(Array(bytes.prefix(length))) {
            case .success: Issue.record("accepted a file truncated to \(length) of \(bytes.count) bytes")
            case .failure(let error):
                #expect(error.description.hasPrefix("t.kg: "))
                #expect(!error.description.contains("\n"))
            }
        }
    }

    @Test func randomSingleByteCorruptionsAreRefused() {
        let bytes = Self.smallFile()
        var rng = SeededGenerator(seed: 77)
        var refused = 0
        for _ in 0 ..< 1500 {
            var damaged = bytes
            let at = Int.random(in: 0 ..< bytes.count, using: &rng)
            damaged[at] ^= UInt8.random(in: 1 ... 255, using: &rng)
            if case .failure = Self.open(damaged) { refused += 1 } else { Issue.record("accepted a corruption at byte \(at)") }
        }
        #expect(refused == 1500)
    }

    @Test func errorsNameTheFileAndTheProblem() throws {
        let dir = Self.scratch("errors")
        let foreign = dir + "/foreign.kg"
        let text = Array("subject\tpredicate\tobject\n".utf8)
        try AtomicFile.write(text, to: foreign)
        #expect(throws: GraphFileError.notAGraphFile(path: foreign)) { try Graph(contentsOfFile: foreign) }
        var newer = Self.smallFile()
        newer[8] = 2
        let newerPath = dir + "/newer.kg"
        try AtomicFile.write(newer, to: newerPath)
        #expect(throws: GraphFileError.newerVersion(path: newerPath, version: 2, supported: 1)) {
            try Graph(contentsOfFile: newerPath)
        }
        var damaged = Self.smallFile()
        damaged[damaged.count - 3] ^= 0x40
        let damagedPath = dir + "/damaged.kg"
        try AtomicFile.write(damaged, to: damagedPath)
        #expect(throws: GraphFileError.checksumMismatch(path: damagedPath, section: "sources section")) {
            try Graph(contentsOfFile: damagedPath)
        }
        let missing = dir + "/missing.kg"
        do {
            _ = try Graph(contentsOfFile: missing)
            Issue.record("opened a missing file")
        } catch {
            #expect(error.description == "\(missing): cannot read: No such file or directory")
        }
    }

    @Test func failedSaveLeavesTheOldFile() throws {
        let dir = Self.scratch("atomic")
        let path = dir + "/g.kg"
        let old = RandomGraphs.graph(seed: 31)
        try old.save(to: path)
        let new = RandomGraphs.graph(seed: 32, documents: 9)
        for afterBytes in [0, 100, 5000] {
            do {
                try new.save(to: path, fault: AtomicFile.Fault(afterBytes: afterBytes, code: ENOSPC))
                Issue.record("a failing write did not throw")
            } catch {
                #expect(error.description.contains("No space left on device"))
                #expect(error.description.contains("previous file is unchanged"))
            }
            #expect(access("\(path).tmp-\(getpid())", F_OK) != 0, "temporary file left behind")
            var reopened = try Graph(contentsOfFile: path)
            reopened.commit()
            var expected = old
            expected.commit()
            #expect(Array(reopened.triples) == Array(expected.triples))
        }
        #expect(throws: GraphFileError.self) { try old.save(to: dir + "/no/such/dir/g.kg") }
        try new.save(to: path)
        #expect(try Graph(contentsOfFile: path).documentCount == 9)
    }

    /// A save removes the `g.kg.tmp-PID` files that killed saves left (PID not running) and
    /// nothing else: not a running process's file, not other names, not a directory or a symlink.
    @Test func saveRemovesOnlyStaleTemporaryFiles() throws {
        let dir = Self.scratch("stale")
        // Linux never gives out PIDs above 2^22 (PID_MAX_LIMIT), so these name no running process.
        let stale = ["g.kg.tmp-99999999", "g.kg.tmp-4194305"]
        let kept = ["g.kg.tmp-\(getppid())", "g.kg.tmp-099999999", "g.kg.tmp-99999999x", "g.kg.tmp-",
                    "g.kg.tmp-99999999999999", "other.kg.tmp-99999999", "g.kg.tmp-99999999.tmp-99999999"]
        for name in stale + kept {
            let fd = Glibc.open(dir + "/" + name, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
            try #require(fd >= 0)
            close(fd)
        }
        mkdir(dir + "/g.kg.tmp-99999998", 0o755)
        symlink(dir + "/other.kg.tmp-99999999", dir + "/g.kg.tmp-99999997")
        try RandomGraphs.graph(seed: 33).save(to: dir + "/g.kg")
        for name in stale { #expect(access(dir + "/" + name, F_OK) != 0, "\(name) was left") }
        var info = stat()
        for name in kept + ["g.kg.tmp-99999998", "g.kg.tmp-99999997"] {
            #expect(lstat(dir + "/" + name, &info) == 0, "\(name) was removed")
        }
        #expect(try Graph(contentsOfFile: dir + "/g.kg").tripleCount > 0)
    }

    static let xxhashVectors: [(String, UInt64)] = [
        ("", 0xEF46_DB37_51D8_E999),
        ("a", 0xD24E_C4F1_A98C_6E5B),
        ("abc", 0x44BC_2CF5_AD77_0999),
        ("Nobody inspects the spammish repetition", 0xFBCE_A83C_8A37_8BF1),
        (String(repeating: "x", count: 100), 0x92F0_DE5A_88A3_C094),
        ("0123456789abcdef", 0x5C5B_90C3_4E37_6D0B),
        (String(repeating: "x", count: 45), 0x41C3_25C1_9BF2_3E4F),
        ("kg graph file format", 0xC3C5_6B3D_66DC_E04B),
    ]

    @Test(arguments: xxhashVectors)
    func xxhash64MatchesTheReference(text: String, expected: UInt64) {
        #expect(Array(text.utf8).withUnsafeBytes { XXHash64.hash($0) } == expected)
    }
}

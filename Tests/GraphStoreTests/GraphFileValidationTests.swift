import Testing
@testable import GraphStore

/// Files whose checksums are right but whose content is not: what a buggy writer or a crafted
/// file could produce. They must be refused as malformed, or, where the change still describes
/// a graph (a letter of a name), opened with every invariant intact.
@Suite struct GraphFileValidationTests {
    /// Recomputes every section checksum and the header checksum after an edit.
    static func reseal(_ bytes: inout [UInt8]) {
        func u64(_ at: Int) -> Int {
            (0 ..< 8).reduce(0) { $0 | Int(bytes[at + $1]) << (8 * $1) }
        }
        func put(_ value: UInt64, at: Int) {
            for k in 0 ..< 8 { bytes[at + k] = UInt8(truncatingIfNeeded: value >> (8 * UInt64(k))) }
        }
        let count = Int(bytes[12])
        for i in 0 ..< count {
            let entry = 32 + i * 32
            let range = u64(entry + 8) ..< u64(entry + 8) + u64(entry + 16)
            put(Array(bytes[range]).withUnsafeBytes { XXHash64.hash($0) }, at: entry + 24)
        }
        put(Graph.headerChecksum(Array(bytes[0 ..< 24]) + Array(bytes[32 ..< 32 + count * 32])), at: 24)
    }

    /// The byte range of section `kind` (1 terms, 2 triples, 3 documents, 4 sources).
    static func section(_ kind: UInt8, in bytes: [UInt8]) -> Range<Int> {
        func u64(_ at: Int) -> Int { (0 ..< 8).reduce(0) { $0 | Int(bytes[at + $1]) << (8 * $1) } }
        for i in 0 ..< Int(bytes[12]) where bytes[32 + i * 32] == kind {
            return u64(32 + i * 32 + 8) ..< u64(32 + i * 32 + 8) + u64(32 + i * 32 + 16)
        }
        return 0 ..< 0
    }

    static func malformedDetail(_ bytes: [UInt8]) -> String? {
        if case .failure(.malformed(_, let detail)) = GraphFileTests.open(bytes) { return detail }
        return nil
    }

    static func graph() -> Graph { RandomGraphs.graph(seed: 8, documents: 3, factsPerDocument: 8, entities: 8) }

    @Test func resealedFileStillOpens() throws {
        var bytes = Self.graph().fileBytes()
        Self.reseal(&bytes)
        #expect(bytes == Self.graph().fileBytes())
        _ = try GraphFileTests.open(bytes).get()
    }

    @Test func anUnknownTermIdIsRefused() {
        var bytes = Self.graph().fileBytes()
        let triples = Self.section(2, in: bytes)
        let terms = Self.graph().termCount
        let pairs = triples.lowerBound + 8 + (terms * 4 + 7) / 8 * 8 + 8
        for k in 0 ..< 4 { bytes[pairs + k] = 0xFF }
        Self.reseal(&bytes)
        #expect(Self.malformedDetail(bytes)?.contains("unknown id") == true)
    }

    @Test func unsortedIndexIsRefused() {
        var bytes = Self.graph().fileBytes()
        let triples = Self.section(2, in: bytes)
        let terms = Self.graph().termCount
        let pairs = triples.lowerBound + 8 + (terms * 4 + 7) / 8 * 8 + 8
        let first = Array(bytes[pairs ..< pairs + 8]), second = Array(bytes[pairs + 8 ..< pairs + 16])
        bytes.replaceSubrange(pairs ..< pairs + 16, with: second + first)
        Self.reseal(&bytes)
        let detail = Self.malformedDetail(bytes)
        #expect(detail?.contains("strictly sorted") == true || detail?.contains("same triples") == true, "\(detail ?? "accepted")")
    }

    @Test func aSourceOutsideTheDocumentsIsRefused() {
        var bytes = Self.graph().fileBytes()
        let sources = Self.section(4, in: bytes)
        let m = Self.graph().sourceCount
        let documents = sources.lowerBound + 8 + (m * 12 + 7) / 8 * 8 + 8
        bytes[documents] = 200
        Self.reseal(&bytes)
        #expect(Self.malformedDetail(bytes)?.contains("outside the documents") == true)
    }

    @Test func randomResealedCorruptionsAreRefusedOrStillValid() throws {
        let original = Self.graph().fileBytes()
        var rng = SeededGenerator(seed: 99)
        var refused = 0
        for _ in 0 ..< 400 {
            var bytes = original
            let at = Int.random(in: 32 + 4 * 32 ..< bytes.count, using: &rng)
            bytes[at] ^= UInt8.random(in: 1 ... 255, using: &rng)
            Self.reseal(&bytes)
            switch GraphFileTests.open(bytes) {
            case .success(let graph): try graph._checkInvariants()
            case .failure(let error):
                refused += 1
                #expect(!error.description.contains("\n"))
            }
        }
        #expect(refused > 100)
    }
}

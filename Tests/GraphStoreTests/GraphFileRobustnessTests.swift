import Testing
@testable import GraphStore

/// Damage to a saved graph at the scale issue 7 asks for: 10,000 random single-byte
/// corruptions and every truncation of a graph with documents, sources and aliases are refused
/// with a one-line message naming the file, and 10,000 corruptions with the checksums
/// recomputed (what a buggy writer or a crafted file looks like) are refused the same way or
/// open as a graph that passes its invariant check — never a crash. Each test prints its count,
/// the figure docs/RELIABILITY.md records.
@Suite struct GraphFileRobustnessTests {
    /// A graph of several documents with sources, confidences and literals, saved to bytes.
    static let file: [UInt8] = RandomGraphs.graph(seed: 2026, documents: 4, factsPerDocument: 20, entities: 16).fileBytes()

    /// Whether `error` is a clear one-line refusal naming the file.
    static func isClear(_ error: GraphFileError) -> Bool {
        let text = error.description
        return text.hasPrefix("t.kg: ") && !text.contains("\n") && text.count < 200
            && (text.contains("corrupted") || text.contains("truncated") || text.contains("not a kg graph file")
                || text.contains("newer than this kg"))
    }

    @Test func tenThousandRandomSingleByteCorruptionsAreRefused() {
        let bytes = Self.file
        var rng = SeededGenerator(seed: 7_000)
        let tried = 10_000
        var refused = 0
        for _ in 0 ..< tried {
            var damaged = bytes
            let at = Int.random(in: 0 ..< bytes.count, using: &rng)
            damaged[at] ^= UInt8.random(in: 1 ... 255, using: &rng)
            switch GraphFileTests.open(damaged) {
            case .success: Issue.record("accepted a corruption at byte \(at) of \(bytes.count)")
            case .failure(let error):
                if Self.isClear(error) { refused += 1 } else { Issue.record("unclear refusal: \(error.description)") }
            }
        }
        print("corruption: \(refused) of \(tried) random single-byte corruptions of a \(bytes.count)-byte graph refused clearly")
        #expect(refused == tried)
    }

    @Test func everyTruncationIsRefused() {
        let bytes = Self.file
        var refused = 0
        for length in 0 ..< bytes.count {
            switch GraphFileTests.open(Array(bytes.prefix(length))) {
            case .success: Issue.record("accepted a file truncated to \(length) of \(bytes.count) bytes")
            case .failure(let error):
                if Self.isClear(error) { refused += 1 } else { Issue.record("unclear refusal at \(length): \(error.description)") }
            }
        }
        print("truncation: \(refused) of \(bytes.count) truncations refused clearly")
        #expect(refused == bytes.count)
    }

    @Test func tenThousandResealedCorruptionsAreRefusedOrValid() throws {
        let original = Self.file
        var rng = SeededGenerator(seed: 7_001)
        let tried = 10_000
        var refused = 0, valid = 0
        let contentStart = GraphFileLayout.headerSize + 4 * GraphFileLayout.entrySize
        for _ in 0 ..< tried {
            var bytes = original
            // One to three damaged bytes anywhere in the sections, the checksums then made right.
            for _ in 0 ..< Int.random(in: 1 ... 3, using: &rng) {
                let at = Int.random(in: contentStart ..< bytes.count, using: &rng)
                bytes[at] ^= UInt8.random(in: 1 ... 255, using: &rng)
            }
            GraphFileValidationTests.reseal(&bytes)
            switch GraphFileTests.open(bytes) {
            case .success(let graph):
                try graph._checkInvariants()
                valid += 1
            case .failure(let error):
                #expect(error.description.hasPrefix("t.kg: ") && !error.description.contains("\n"), "\(error.description)")
                refused += 1
            }
        }
        print("resealed corruption: \(refused) refused, \(valid) still valid graphs, of \(tried)")
        #expect(refused + valid == tried)
    }
}

import Testing
@testable import Language

@Suite struct ParserMoveTableTests {
    /// The packed move table scores like the sparse model it is built from, once that model's
    /// weights are quantised as the model file stores them, including for absent features.
    @Test func scoresLikeTheQuantisedSparseModel() throws {
        var rng = SplitMix64(seed: 5)
        var features: [(key: UInt64, entries: [(UInt8, Float)])] = []
        for key in 1...500 {
            let classes = [UInt8(0), 1, 2].filter { _ in Bool.random(using: &rng) }
            features.append((UInt64(key) &* 0x9E37_79B9_7F4A_7C15, classes.map { ($0, Float.random(in: -40...40, using: &rng)) }))
        }
        var w = BinaryWriter()
        SparseModel(classes: 3, features: features).encode(into: &w)
        var r = BinaryReader(w.bytes, section: "PARW")
        let model = try SparseModel(decoding: &r)
        let table = ParserMoveTable(model)
        var expected = [Float](repeating: 0, count: 3), got = expected
        for _ in 0..<200 {
            let active = (0..<40).map { _ in UInt64(Int.random(in: 1...600, using: &rng)) &* 0x9E37_79B9_7F4A_7C15 }
            model.score(active, into: &expected)
            table.score(active, into: &got)
            for c in 0..<3 { #expect(abs(expected[c] - got[c]) <= 1e-3 * max(1, abs(expected[c]))) }
        }
    }
}

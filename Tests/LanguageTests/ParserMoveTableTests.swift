import Foundation
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
        var r2 = BinaryReader(w.bytes, section: "PARW")
        let moves = try SparseModel(decoding: &r2, moves: true)
        var expected = [Float](repeating: 0, count: 3), got = expected, direct = expected
        for _ in 0..<200 {
            let active = (0..<40).map { _ in UInt64(Int.random(in: 1...600, using: &rng)) &* 0x9E37_79B9_7F4A_7C15 }
            model.score(active, into: &expected)
            table.score(active, into: &got)
            moves.score(active, into: &direct)
            for c in 0..<3 { #expect(abs(expected[c] - got[c]) <= 1e-3 * max(1, abs(expected[c]))) }
            #expect(direct == got)
        }
    }

    /// A move section decoded with its table (stored 16-bit weights, no `Float` round trip)
    /// gives the same table and saves the same bytes as the section decoded to floats and
    /// quantised again, as loading did before: for models this build writes, whose weights
    /// span many magnitudes, and for hand-made sections whose scale and values it would not
    /// write (negative or zero scale, values up to -32768, a class past the moves).
    @Test(arguments: 0..<24) func directTableEqualsTheFloatRoundTrip(seed: Int) throws {
        var rng = SplitMix64(seed: UInt64(seed))
        var w = BinaryWriter()
        if seed < 12 {
            let magnitude = Float(pow(10, Double(seed - 10)))
            var features: [(key: UInt64, entries: [(UInt8, Float)])] = []
            for key in 1...Int.random(in: 1...300, using: &rng) {
                let classes = [UInt8(0), 1, 2].filter { _ in Bool.random(using: &rng) }
                features.append((UInt64(key) &* 0x9E37_79B9_7F4A_7C15,
                                 classes.map { ($0, magnitude * Float.random(in: -1...1, using: &rng)) }))
            }
            SparseModel(classes: 3, features: features).encode(into: &w)
        } else {
            let count = Int.random(in: 0...200, using: &rng)
            let counts = (0..<count).map { _ in UInt8.random(in: 0...3, using: &rng) }
            let entries = counts.reduce(0) { $0 + Int($1) }
            let scales: [Float] = [-0.25, 0, 1, 3e-7, 1e-12, 0.001555, 7.5]
            let limit = Int16.random(in: 1...Int16.max, using: &rng)
            w.u32(3)
            w.f32(scales[seed % scales.count])
            w.array((1...max(1, count)).prefix(count).map { UInt64($0) &* 0xD6E8_FEB8_6659_FD93 })
            w.array(counts)
            w.array((0..<entries).map { _ in UInt8.random(in: 0...2, using: &rng) })
            w.array((0..<entries).map { _ in seed == 13 ? Int16.min : Int16.random(in: -limit...limit, using: &rng) })
        }
        try Self.expectSameAsFloatRoundTrip(w.bytes)
    }

    /// The committed model's move section, decoded both ways, gives equal tables and bytes.
    @Test func committedModelsTableEqualsTheFloatRoundTrip() throws {
        let url = SharedData.packageRoot.appendingPathComponent("Sources/Language/Models/\(Pipeline.modelFileName)")
        let file = try ModelFile.read(url)
        let payload = try #require(file.sections.first { $0.tag == "PARW" }?.payload)
        try Self.expectSameAsFloatRoundTrip([UInt8](payload))
    }

    static func expectSameAsFloatRoundTrip(_ payload: [UInt8]) throws {
        var r = BinaryReader(payload, section: "PARW")
        let float = try SparseModel(decoding: &r)
        r = BinaryReader(payload, section: "PARW")
        let direct = try SparseModel(decoding: &r, moves: true)
        #expect(ParserMoveTable(direct) == ParserMoveTable(float))
        var a = BinaryWriter(), b = BinaryWriter()
        direct.encode(into: &a)
        float.encode(into: &b)
        #expect(a.bytes == b.bytes)
    }
}

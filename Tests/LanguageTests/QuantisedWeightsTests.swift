import Testing
@testable import Language

@Suite struct QuantisedWeightsTests {
    /// `requantised()` equals decoding every weight to `Float` and quantising the result again
    /// (the naive reference), for scales and values a model file can hold.
    static let scales: [Float] = [0.0015, 1, -0.5, 0, 1e-12, 3e30, .leastNonzeroMagnitude * 3]

    @Test(arguments: scales) func requantisedEqualsTheFloatRoundTrip(scale: Float) {
        var rng = SplitMix64(seed: UInt64(scale.bitPattern))
        for limit in [Int16(0), 1, 7, 300, 32767] {
            let values = (0..<Int.random(in: 0...400, using: &rng)).map { _ in Int16.random(in: -limit...limit, using: &rng) }
                + (limit == 32767 ? [Int16.min] : [])
            let weights = values.map { Float($0) * scale }
            let newScale = SparseModel.quantisationScale(largest: weights.map { abs($0) }.max())
            let expected = QuantisedWeights(scale: newScale, values: weights.map { QuantisedWeights.step($0, newScale) })
            #expect(QuantisedWeights(scale: scale, values: values).requantised() == expected)
        }
    }

    /// The values of a file this build writes come back unchanged.
    @Test func valuesThisBuildWritesAreKept() {
        let q = QuantisedWeights(scale: SparseModel.quantisationScale(largest: 40), values: [-32767, -5, 0, 12, 32767])
        #expect(q.requantised().values == q.values)
    }
}

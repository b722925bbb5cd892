/// Entry weights quantised to 16 bits as a model file stores them: weight = value × scale.
struct QuantisedWeights: Sendable, Equatable {
    /// The weight of one quantisation step.
    let scale: Float
    /// The quantised weight of each entry.
    let values: [Int16]

    /// `weight` in steps of `scale`, rounded to the nearest step.
    @inline(__always) static func step(_ weight: Float, _ scale: Float) -> Int16 {
        Int16(clamping: Int((weight / scale).rounded()))
    }

    /// The weights that decoding these to `Float` (`value × scale`) and quantising the result
    /// again would give, bit for bit, computed without decoding every weight: the new scale
    /// follows from the largest magnitude, and each value in its range is mapped once. For a
    /// file this build wrote the mapping is the identity and the values are returned as they are.
    /// - Complexity: O(n + m), m the largest magnitude (at most 32768).
    func requantised() -> QuantisedWeights {
        // |value × scale| grows with |value|, so the largest decoded magnitude is that of the
        // largest |value|.
        let largest = values.lazy.map { abs(Int($0)) }.max()
        let newScale = SparseModel.quantisationScale(largest: largest.map { abs(Float($0) * scale) })
        let m = largest ?? 0
        let map = (-m...m).map { Self.step(Float($0) * scale, newScale) }
        if map.indices.allSatisfy({ Int(map[$0]) == $0 - m }) {
            return QuantisedWeights(scale: newScale, values: values)
        }
        return QuantisedWeights(scale: newScale, values: values.map { map[Int($0) + m] })
    }
}

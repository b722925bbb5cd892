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
        var low: Int16 = 0, high: Int16 = 0
        values.withUnsafeBufferPointer { v in
            for x in v {
                low = min(low, x)
                high = max(high, x)
            }
        }
        // |value × scale| grows with |value|, so the largest decoded magnitude is that of the
        // largest |value|.
        let m = max(-Int(low), Int(high))
        let newScale = SparseModel.quantisationScale(largest: values.isEmpty ? nil : abs(Float(m) * scale))
        let requantise = { (v: Int) in Self.step(Float(v) * scale, newScale) }
        if (-m...m).allSatisfy({ Int(requantise($0)) == $0 }) {
            return QuantisedWeights(scale: newScale, values: values)
        }
        let map = (-m...m).map(requantise)
        return QuantisedWeights(scale: newScale, values: values.map { map[Int($0) + m] })
    }
}

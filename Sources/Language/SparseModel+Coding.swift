/// Storing a `SparseModel` in a model file section: feature keys, entry counts, entry
/// classes, and weights quantised to 16 bits with one scale. The hash table is rebuilt on
/// load, so it costs nothing on disk.
extension SparseModel {
    /// Appends the model to `w`.
    func encode(into w: inout BinaryWriter) {
        let q = quantised()
        w.u32(UInt32(classes))
        w.f32(q.scale)
        w.array(featureKeys)
        w.array(zip(featureStart, featureStart.dropFirst()).map { UInt8(clamping: $1 - $0) })
        w.array(entryClass)
        w.array(q.values)
    }

    /// The weight of one 16-bit quantisation step when the largest weight magnitude is
    /// `largest` (nil when there are no weights): that magnitude maps to 32767.
    static func quantisationScale(largest: Float?) -> Float {
        max(largest ?? 1, 1e-9) / 32767
    }

    /// The weights quantised to 16 bits as the model file stores them. A model decoded
    /// unindexed gives what decoding its weights to `Float` and quantising them again would
    /// give (usually the stored values), without that round trip.
    func quantised() -> QuantisedWeights {
        switch weights {
        case let .float(w):
            let scale = Self.quantisationScale(largest: w.map { abs($0) }.max())
            return QuantisedWeights(scale: scale, values: w.map { QuantisedWeights.step($0, scale) })
        case let .quantised(q):
            return q.requantised()
        }
    }

    /// Reads a model written by `encode(into:)`, checking its consistency. An `indexed`
    /// model can score; an unindexed one keeps its weights as stored, skips building the
    /// lookup table, and serves only to be saved again or to build a `ParserMoveTable`.
    init(decoding r: inout BinaryReader, indexed: Bool = true) throws(ModelError) {
        let classes = Int(try r.u32())
        let scale = try r.f32()
        let keys = try r.array(of: UInt64.self)
        let counts = try r.array(of: UInt8.self)
        let cls = try r.array(of: UInt8.self)
        let weights: Weights, weightCount: Int
        if indexed {
            let w = try r.array(of: Int16.self) { Float($0) * scale }
            (weights, weightCount) = (.float(w), w.count)
        } else {
            let q = try r.array(of: Int16.self)
            (weights, weightCount) = (.quantised(QuantisedWeights(scale: scale, values: q)), q.count)
        }
        guard classes > 0, classes <= 255, keys.count == counts.count, cls.count == weightCount,
              counts.reduce(0, { $0 + Int($1) }) == cls.count, cls.allSatisfy({ Int($0) < classes }),
              !keys.contains(0) else {
            throw .malformed(section: r.section, reason: "inconsistent weight tables")
        }
        guard (scale * 32768).isFinite else {
            throw .malformed(section: r.section, reason: "the weight scale is not a finite number")
        }
        let start = [Int32](unsafeUninitializedCapacity: keys.count + 1) { out, initialized in
            var total: Int32 = 0
            out.initializeElement(at: 0, to: 0)
            for (n, c) in counts.enumerated() {
                total += Int32(c)
                out.initializeElement(at: n + 1, to: total)
            }
            initialized = keys.count + 1
        }
        self.init(classes: classes, featureKeys: keys, featureStart: start, entryClass: cls, weights: weights)
    }
}

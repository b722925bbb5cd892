/// Storing a `SparseModel` in a model file section: feature keys, entry counts, entry
/// classes, and weights quantised to 16 bits with one scale. The hash table is rebuilt on
/// load, so it costs nothing on disk.
extension SparseModel {
    /// Appends the model to `w`.
    func encode(into w: inout BinaryWriter) {
        let scale = Self.quantisationScale(entryWeight)
        w.u32(UInt32(classes))
        w.f32(scale)
        w.array(featureKeys)
        w.array(zip(featureStart, featureStart.dropFirst()).map { UInt8(clamping: $1 - $0) })
        w.array(entryClass)
        w.array(entryWeight.map { Int16(($0 / scale).rounded()) })
    }

    /// The weight of one 16-bit quantisation step for `weights`: the largest magnitude maps to 32767.
    static func quantisationScale(_ weights: [Float]) -> Float {
        max(weights.map { abs($0) }.max() ?? 1, 1e-9) / 32767
    }

    /// Reads a model written by `encode(into:)`, checking its consistency.
    init(decoding r: inout BinaryReader) throws(ModelError) {
        let classes = Int(try r.u32())
        let scale = try r.f32()
        let keys = try r.array(of: UInt64.self)
        let counts = try r.array(of: UInt8.self)
        let cls = try r.array(of: UInt8.self)
        let quantised = try r.array(of: Int16.self)
        guard classes > 0, classes <= 255, keys.count == counts.count, cls.count == quantised.count,
              counts.reduce(0, { $0 + Int($1) }) == cls.count, cls.allSatisfy({ Int($0) < classes }),
              !keys.contains(0) else {
            throw .malformed(section: r.section, reason: "inconsistent weight tables")
        }
        var start = [Int32](repeating: 0, count: keys.count + 1)
        for (n, c) in counts.enumerated() { start[n + 1] = start[n] + Int32(c) }
        self.init(classes: classes, featureKeys: keys, featureStart: start, entryClass: cls,
                  entryWeight: quantised.map { Float($0) * scale })
    }
}

/// Storing a `SparseModel` in a model file section: feature keys, entry counts, entry
/// classes, and weights quantised to 16 bits with one scale. The lookup table (hash slots or
/// a `ParserMoveTable`) is rebuilt on load, so it costs nothing on disk.
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

    /// The weights quantised to 16 bits as the model file stores them. A move model loaded
    /// from a file gives what decoding its weights to `Float` and quantising them again would
    /// give (usually the stored values), without that round trip.
    func quantised() -> QuantisedWeights {
        switch storage {
        case let .hashed(w, _):
            let scale = Self.quantisationScale(largest: w.map { abs($0) }.max())
            return QuantisedWeights(scale: scale, values: w.map { QuantisedWeights.step($0, scale) })
        case let .moves(q, _):
            return q.requantised()
        }
    }

    /// Reads a model written by `encode(into:)`, checking its consistency. With `moves`, the
    /// model (the parser's move weights) is stored as `.moves`: its weights stay as the file
    /// has them and its `ParserMoveTable` is built here.
    init(decoding r: inout BinaryReader, moves: Bool = false) throws(ModelError) {
        let classes = Int(try r.u32())
        let scale = try r.f32()
        let keys = try r.array(of: UInt64.self)
        let counts = try r.array(of: UInt8.self)
        let cls = try r.array(of: UInt8.self)
        let float: [Float], quantised: [Int16]
        if moves {
            (float, quantised) = ([], try r.array(of: Int16.self))
        } else {
            (float, quantised) = (try r.array(of: Int16.self, scaledBy: scale), [])
        }
        let weightCount = moves ? quantised.count : float.count
        guard classes > 0, classes <= 255, keys.count == counts.count, cls.count == weightCount,
              Self.consistent(keys: keys, counts: counts, classes: cls, below: classes) else {
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
        if moves {
            self.init(moves: classes, featureKeys: keys, featureStart: start, entryClass: cls, weights: QuantisedWeights(scale: scale, values: quantised))
        } else {
            self.init(classes: classes, featureKeys: keys, featureStart: start, entryClass: cls, entryWeight: float)
        }
    }

    /// Whether the entry `counts` add up to the number of entry classes `cls`, every class is
    /// below `classes`, and no key is 0 (the empty slot's key); in loops the compiler vectorises.
    private static func consistent(keys: [UInt64], counts: [UInt8], classes cls: [UInt8], below classes: Int) -> Bool {
        var sum = 0, top: UInt8 = 0, lowest = UInt64.max
        counts.withUnsafeBufferPointer { for c in $0 { sum &+= Int(c) } }
        cls.withUnsafeBufferPointer { for c in $0 { top = max(top, c) } }
        keys.withUnsafeBufferPointer { for k in $0 { lowest = min(lowest, k) } }
        return sum == cls.count && Int(top) < classes && lowest != 0
    }
}

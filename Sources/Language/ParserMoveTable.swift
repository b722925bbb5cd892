/// The parser's move weights laid out for lookup speed: one 16-byte slot per feature holds
/// its key and its three weights (shift, left, right) quantised to 16 bits, so scoring a
/// feature touches one cache line instead of a slot plus two entry arrays.
///
/// The weights are quantised with the scale the model file uses, so a model scores the same
/// before it is saved and after it is loaded (`SparseModel.quantised()`).
struct ParserMoveTable: Sendable, Equatable {
    /// One hash table slot: key (0 when empty) and the quantised weight of each move.
    private struct Slot: Equatable {
        var key: UInt64
        var shift: Int16
        var left: Int16
        var right: Int16
        var unused: Int16
    }

    /// Slots (power-of-two count).
    private let slots: [Slot]
    /// The weight of one quantisation step.
    private let scale: Float

    /// The table of `model`, whose classes are the moves; entries of other classes are
    /// ignored. A move model loaded from a file already has its table, which this returns.
    init(_ model: SparseModel) {
        if case let .moves(_, table) = model.storage {
            self = table
        } else {
            self.init(featureKeys: model.featureKeys, featureStart: model.featureStart, entryClass: model.entryClass,
                      weights: model.quantised())
        }
    }

    /// Builds the table of the features `featureKeys` whose entries
    /// `featureStart[f]..<featureStart[f + 1]` have classes `entryClass` and weights `weights`.
    init(featureKeys: [UInt64], featureStart: [Int32], entryClass: [UInt8], weights: QuantisedWeights) {
        scale = weights.scale
        var size = 16
        while size < featureKeys.count * 2 { size <<= 1 }
        var slots = Prefault.array(repeating: Slot(key: 0, shift: 0, left: 0, right: 0, unused: 0), count: size)
        slots.withUnsafeMutableBufferPointer { k in
            featureStart.withUnsafeBufferPointer { start in
                entryClass.withUnsafeBufferPointer { cls in
                    weights.values.withUnsafeBufferPointer { values in
                        for (n, key) in featureKeys.enumerated() {
                            var slot = Slot(key: key, shift: 0, left: 0, right: 0, unused: 0)
                            for e in Int(start[n])..<Int(start[n + 1]) {
                                switch ParserState.Move(rawValue: Int(cls[e])) {
                                case .shift: slot.shift = values[e]
                                case .left: slot.left = values[e]
                                case .right: slot.right = values[e]
                                case nil: break
                                }
                            }
                            var i = Int(truncatingIfNeeded: key) & (size - 1)
                            while k[i].key != 0 { i = (i + 1) & (size - 1) }
                            k[i] = slot
                        }
                    }
                }
            }
        }
        self.slots = slots
    }

    /// Sets `scores` (three values, in `ParserState.Move` order) to the scores of the moves
    /// given the active `features`.
    /// - Complexity: O(features).
    func score(_ features: [UInt64], into scores: inout [Float]) {
        var shift: Int32 = 0, left: Int32 = 0, right: Int32 = 0
        slots.withUnsafeBufferPointer { k in
            let mask = k.count &- 1
            withUnsafeTemporaryAllocation(of: Slot.self, capacity: features.count) { home in
                // Every feature's home slot is read first: these loads do not wait for one
                // another, so their cache misses overlap instead of each waiting behind the
                // previous probe's branch.
                for (j, f) in features.enumerated() {
                    home.initializeElement(at: j, to: k[Int(truncatingIfNeeded: f) & mask])
                }
                for (j, f) in features.enumerated() {
                    var slot = home[j]
                    if slot.key != f {
                        guard slot.key != 0, let later = Self.find(f, in: k, from: Int(truncatingIfNeeded: f) &+ 1) else { continue }
                        slot = later
                    }
                    shift &+= Int32(slot.shift)
                    left &+= Int32(slot.left)
                    right &+= Int32(slot.right)
                }
            }
        }
        scores[0] = Float(shift) * scale
        scores[1] = Float(left) * scale
        scores[2] = Float(right) * scale
    }

    /// The slot holding `key`, or nil (linear probing from slot `start`).
    @inline(__always) private static func find(_ key: UInt64, in k: UnsafeBufferPointer<Slot>, from start: Int) -> Slot? {
        let mask = k.count &- 1
        var i = start & mask
        while k[i].key != key {
            if k[i].key == 0 { return nil }
            i = (i &+ 1) & mask
        }
        return k[i]
    }
}

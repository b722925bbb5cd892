/// A trained linear model for inference: feature key → a short list of (class, weight).
///
/// Features are numbered in storage order; their entries are
/// `featureStart[f]..<featureStart[f + 1]`. An open-addressing table, built when the model
/// is made or loaded, maps a key to its feature number. A model decoded unindexed (the
/// parser's move weights, which `ParserMoveTable` scores) has no table and cannot score.
struct SparseModel: Sendable, Equatable {
    /// Number of classes scored.
    let classes: Int
    /// The key of each feature, in storage order.
    let featureKeys: [UInt64]
    /// Entry ranges per feature (`featureKeys.count + 1` values).
    let featureStart: [Int32]
    /// Class of each entry.
    let entryClass: [UInt8]
    /// Weight of each entry.
    let weights: Weights
    /// Hash table slots (power-of-two count; none when unindexed): key (0 when empty) with its
    /// entry range, side by side so that a lookup touches one cache line.
    private let slots: [Slot]

    /// The entry weights of a model.
    enum Weights: Sendable, Equatable {
        /// As numbers to add up: the form a model that scores has.
        case float([Float])
        /// As the model file stores them: the form of a model decoded unindexed.
        case quantised(QuantisedWeights)
    }

    /// One hash table slot.
    struct Slot: Sendable, Equatable {
        var key: UInt64
        var start: UInt32
        var end: UInt32
    }

    /// Whether the model has its lookup table, so that it can score.
    var isIndexed: Bool { !slots.isEmpty }

    /// Makes a model from flat arrays whose consistency the caller has checked; it is
    /// indexed when its weights are `.float`.
    init(classes: Int, featureKeys: [UInt64], featureStart: [Int32], entryClass: [UInt8], weights: Weights) {
        self.classes = classes
        self.featureKeys = featureKeys
        self.featureStart = featureStart
        self.entryClass = entryClass
        self.weights = weights
        guard case .float = weights else {
            slots = []
            return
        }
        var size = 16
        while size < featureKeys.count * 2 { size <<= 1 }
        var slots = [Slot](repeating: Slot(key: 0, start: 0, end: 0), count: size)
        slots.withUnsafeMutableBufferPointer { k in
            for (n, key) in featureKeys.enumerated() {
                var i = Int(truncatingIfNeeded: key) & (size - 1)
                while k[i].key != 0 { i = (i + 1) & (size - 1) }
                k[i] = Slot(key: key, start: UInt32(featureStart[n]), end: UInt32(featureStart[n + 1]))
            }
        }
        self.slots = slots
    }

    /// Makes a model from features and their entries.
    init(classes: Int, features: [(key: UInt64, entries: [(UInt8, Float)])]) {
        var start: [Int32] = [0], cls: [UInt8] = [], weight: [Float] = []
        for f in features {
            for (c, w) in f.entries {
                cls.append(c)
                weight.append(w)
            }
            start.append(Int32(cls.count))
        }
        self.init(classes: classes, featureKeys: features.map(\.key), featureStart: start, entryClass: cls, weights: .float(weight))
    }

    /// Sets `scores[c]` to the score of class `c` given the active `features`.
    /// - Precondition: the model is indexed.
    /// - Complexity: O(features + entries touched).
    func score(_ features: [UInt64], into scores: inout [Float]) {
        guard case let .float(entryWeight) = weights, isIndexed else {
            preconditionFailure("an unindexed SparseModel cannot score")
        }
        for c in 0..<classes { scores[c] = 0 }
        slots.withUnsafeBufferPointer { k in
            entryClass.withUnsafeBufferPointer { ec in
                entryWeight.withUnsafeBufferPointer { ew in
                    scores.withUnsafeMutableBufferPointer { s in
                        let mask = k.count &- 1
                        for f in features {
                            var i = Int(truncatingIfNeeded: f) & mask
                            while true {
                                let here = k[i]
                                if here.key == f {
                                    for e in Int(here.start)..<Int(here.end) { s[Int(ec[e])] += ew[e] }
                                    break
                                }
                                if here.key == 0 { break }
                                i = (i &+ 1) & mask
                            }
                        }
                    }
                }
            }
        }
    }
}

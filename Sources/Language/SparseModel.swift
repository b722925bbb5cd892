/// A trained linear model for inference: feature key → a short list of (class, weight).
///
/// Features are numbered in storage order; their entries are
/// `featureStart[f]..<featureStart[f + 1]`. An open-addressing table, built when the model
/// is made or loaded, maps a key to its feature number.
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
    let entryWeight: [Float]
    /// Hash table slots: the key, 0 when empty (power-of-two count).
    private let slotKey: [UInt64]
    /// Hash table slots: the feature number.
    private let slotFeature: [Int32]

    /// Makes a model from flat arrays whose consistency the caller has checked.
    init(classes: Int, featureKeys: [UInt64], featureStart: [Int32], entryClass: [UInt8], entryWeight: [Float]) {
        self.classes = classes
        self.featureKeys = featureKeys
        self.featureStart = featureStart
        self.entryClass = entryClass
        self.entryWeight = entryWeight
        var size = 16
        while size < featureKeys.count * 2 { size <<= 1 }
        var slotKey = [UInt64](repeating: 0, count: size)
        var slotFeature = [Int32](repeating: -1, count: size)
        for (n, key) in featureKeys.enumerated() {
            var i = Int(truncatingIfNeeded: key) & (size - 1)
            while slotKey[i] != 0 { i = (i + 1) & (size - 1) }
            slotKey[i] = key
            slotFeature[i] = Int32(n)
        }
        self.slotKey = slotKey
        self.slotFeature = slotFeature
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
        self.init(classes: classes, featureKeys: features.map(\.key), featureStart: start, entryClass: cls, entryWeight: weight)
    }

    /// Sets `scores[c]` to the score of class `c` given the active `features`.
    /// - Complexity: O(features + entries touched).
    func score(_ features: [UInt64], into scores: inout [Float]) {
        for c in 0..<classes { scores[c] = 0 }
        slotKey.withUnsafeBufferPointer { k in
            slotFeature.withUnsafeBufferPointer { sf in
                featureStart.withUnsafeBufferPointer { st in
                    entryClass.withUnsafeBufferPointer { ec in
                        entryWeight.withUnsafeBufferPointer { ew in
                            scores.withUnsafeMutableBufferPointer { s in
                                let mask = k.count &- 1
                                for f in features {
                                    var i = Int(truncatingIfNeeded: f) & mask
                                    while true {
                                        let here = k[i]
                                        if here == f {
                                            let n = Int(sf[i])
                                            for e in Int(st[n])..<Int(st[n &+ 1]) { s[Int(ec[e])] += ew[e] }
                                            break
                                        }
                                        if here == 0 { break }
                                        i = (i &+ 1) & mask
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// A trained linear model for inference: feature key → a short list of (class, weight).
///
/// Features are numbered in storage order; their entries are
/// `featureStart[f]..<featureStart[f + 1]`. The model is stored in one of two forms
/// (`Storage`): float weights with an open-addressing table, built when the model is made or
/// loaded, that maps a key to its feature number; or, for the parser's move weights as loaded
/// from a model file, the file's 16-bit weights with the `ParserMoveTable` that scores them.
struct SparseModel: Sendable, Equatable {
    /// Number of classes scored.
    let classes: Int
    /// The key of each feature, in storage order.
    let featureKeys: [UInt64]
    /// Entry ranges per feature (`featureKeys.count + 1` values).
    let featureStart: [Int32]
    /// Class of each entry.
    let entryClass: [UInt8]
    /// The weights and the lookup structure that scores them.
    let storage: Storage

    /// How a model holds its weights and finds a feature's entries.
    enum Storage: Sendable, Equatable {
        /// Float weights and hash table slots (power-of-two count): key (0 when empty) with
        /// its entry range, side by side so that a lookup touches one cache line.
        case hashed(weights: [Float], slots: [Slot])
        /// Move weights (3 classes) as the model file stores them, scored by `table`, so
        /// loading builds one table instead of two and converts no weight to `Float`.
        case moves(weights: QuantisedWeights, table: ParserMoveTable)
    }

    /// One hash table slot.
    struct Slot: Sendable, Equatable {
        var key: UInt64
        var start: UInt32
        var end: UInt32
    }

    /// Makes a hashed model from flat arrays whose consistency the caller has checked.
    init(classes: Int, featureKeys: [UInt64], featureStart: [Int32], entryClass: [UInt8], entryWeight: [Float]) {
        var size = 16
        while size < featureKeys.count * 2 { size <<= 1 }
        var slots = Prefault.array(repeating: Slot(key: 0, start: 0, end: 0), count: size)
        slots.withUnsafeMutableBufferPointer { k in
            featureStart.withUnsafeBufferPointer { start in
                for (n, key) in featureKeys.enumerated() {
                    var i = Int(truncatingIfNeeded: key) & (size - 1)
                    while k[i].key != 0 { i = (i + 1) & (size - 1) }
                    k[i] = Slot(key: key, start: UInt32(start[n]), end: UInt32(start[n + 1]))
                }
            }
        }
        self.init(classes: classes, featureKeys: featureKeys, featureStart: featureStart, entryClass: entryClass,
                  storage: .hashed(weights: entryWeight, slots: slots))
    }

    /// Makes a move model (`classes` should be 3; entries of other classes are not scored) from
    /// flat arrays whose consistency the caller has checked and a file's quantised weights,
    /// building its `ParserMoveTable`.
    init(moves classes: Int, featureKeys: [UInt64], featureStart: [Int32], entryClass: [UInt8], weights: QuantisedWeights) {
        let table = ParserMoveTable(featureKeys: featureKeys, featureStart: featureStart, entryClass: entryClass,
                                    weights: weights.requantised())
        self.init(classes: classes, featureKeys: featureKeys, featureStart: featureStart, entryClass: entryClass,
                  storage: .moves(weights: weights, table: table))
    }

    private init(classes: Int, featureKeys: [UInt64], featureStart: [Int32], entryClass: [UInt8], storage: Storage) {
        self.classes = classes
        self.featureKeys = featureKeys
        self.featureStart = featureStart
        self.entryClass = entryClass
        self.storage = storage
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
        switch storage {
        case let .moves(_, table):
            table.score(features, into: &scores)
        case let .hashed(entryWeight, slots):
            for c in 0..<classes { scores[c] = 0 }
            slots.withUnsafeBufferPointer { k in
                entryClass.withUnsafeBufferPointer { ec in
                    entryWeight.withUnsafeBufferPointer { ew in
                        scores.withUnsafeMutableBufferPointer { s in
                            let mask = k.count &- 1
                            withUnsafeTemporaryAllocation(of: Slot.self, capacity: features.count) { home in
                                // Home slots first, as in `ParserMoveTable.score`: independent
                                // loads whose cache misses overlap.
                                for (j, f) in features.enumerated() {
                                    home.initializeElement(at: j, to: k[Int(truncatingIfNeeded: f) & mask])
                                }
                                for (j, f) in features.enumerated() {
                                    var here = home[j]
                                    var i = Int(truncatingIfNeeded: f) & mask
                                    while here.key != f {
                                        if here.key == 0 { break }
                                        i = (i &+ 1) & mask
                                        here = k[i]
                                    }
                                    guard here.key == f else { continue }
                                    for e in Int(here.start)..<Int(here.end) { s[Int(ec[e])] += ew[e] }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

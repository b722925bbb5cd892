/// A multi-class averaged perceptron over hashed sparse features, for training.
///
/// Each feature keeps a chain of (class, weight) entries, created on first update, so memory
/// grows with the updates made rather than with features × classes. Averaging uses the
/// "w − u / c" trick: `u` accumulates each update times the instance count when it was made.
struct Perceptron: Sendable {
    /// Number of classes scored.
    let classes: Int
    private var table = FeatureTable(capacity: 1 << 16)
    private var first: [Int32] = []
    private var entryClass: [UInt8] = []
    private var entryNext: [Int32] = []
    private var entryWeight: [Float] = []
    private var entryUpdate: [Double] = []
    /// Instances seen so far (starts at 1 so the average is defined).
    private var instances = 1

    /// Makes an untrained model over `classes` classes (at most 256).
    init(classes: Int) {
        self.classes = classes
    }

    /// Sets `scores[c]` to the current score of class `c` given the active `features`.
    func score(_ features: [UInt64], into scores: inout [Float]) {
        for c in 0..<classes { scores[c] = 0 }
        for f in features {
            let r = table.find(f)
            if r < 0 { continue }
            var e = Int(first[Int(r)])
            while e >= 0 {
                scores[Int(entryClass[e])] += entryWeight[e]
                e = Int(entryNext[e])
            }
        }
    }

    /// Counts one training instance (call once per prediction).
    mutating func tick() { instances += 1 }

    /// Rewards `truth` and penalises `guess` on every active feature (no-op when equal).
    mutating func update(_ features: [UInt64], truth: Int, guess: Int) {
        guard truth != guess else { return }
        for f in features {
            let r = Int(table.insert(f))
            if r == first.count { first.append(-1) }
            add(row: r, cls: truth, delta: 1)
            add(row: r, cls: guess, delta: -1)
        }
    }

    private mutating func add(row: Int, cls: Int, delta: Float) {
        var e = Int(first[row])
        while e >= 0 {
            if Int(entryClass[e]) == cls {
                entryWeight[e] += delta
                entryUpdate[e] += Double(instances) * Double(delta)
                return
            }
            e = Int(entryNext[e])
        }
        entryClass.append(UInt8(cls))
        entryNext.append(first[row])
        entryWeight.append(delta)
        entryUpdate.append(Double(instances) * Double(delta))
        first[row] = Int32(entryClass.count - 1)
    }

    /// The averaged weights as a compact inference model, dropping weights below `minWeight`
    /// in magnitude and features left with no weight.
    func averaged(minWeight: Float) -> SparseModel {
        var kept: [(key: UInt64, entries: [(UInt8, Float)])] = []
        forEachFeature { key, entries in
            let strong = entries.filter { abs($0.1) >= minWeight }
            if !strong.isEmpty { kept.append((key, strong.sorted { $0.0 < $1.0 })) }
        }
        return SparseModel(classes: classes, features: kept)
    }

    /// The mean of the averaged weights of several `runs` over the same classes (trained on
    /// differently shuffled data), pruned as `averaged(minWeight:)` does: the mean keeps what
    /// the runs agree on and smooths out what one run's order of examples left in its weights.
    /// One run gives exactly `averaged(minWeight:)` of it.
    static func averaged(_ runs: [Perceptron], minWeight: Float) -> SparseModel {
        if runs.count == 1, let run = runs.first { return run.averaged(minWeight: minWeight) }
        let classes = runs.first?.classes ?? 1
        var sums: [UInt64: [Float]] = [:]
        for run in runs {
            run.forEachFeature { key, entries in
                var row = sums[key] ?? [Float](repeating: 0, count: classes)
                for (c, w) in entries where Int(c) < classes { row[Int(c)] += w }
                sums[key] = row
            }
        }
        let scale = 1 / Float(max(1, runs.count))
        var kept: [(key: UInt64, entries: [(UInt8, Float)])] = []
        for key in sums.keys.sorted() {
            guard let row = sums[key] else { continue }
            let entries = row.indices.compactMap { c in abs(row[c] * scale) >= minWeight ? (UInt8(c), row[c] * scale) : nil }
            if !entries.isEmpty { kept.append((key, entries)) }
        }
        return SparseModel(classes: classes, features: kept)
    }

    /// Trains a greedy left-to-right tagger: `epochs` passes over the sentences of `truth` (gold
    /// classes per word) shuffled with `seed`; each word is predicted from `features` (of
    /// sentence, word and the classes predicted so far in the sentence) and the model updated
    /// when wrong, unless `fixed` gives its class without the model. Logs the training
    /// accuracy of each pass under `name`.
    static func trainGreedy(truth: [[Int]], classes: Int, epochs: Int, seed: UInt64, name: String,
                            log: (String) -> Void, fixed: (Int, Int) -> Int?,
                            features extract: (Int, Int, [Int], inout [UInt64]) -> Void) -> Perceptron {
        var model = Perceptron(classes: classes)
        var rng = SplitMix64(seed: seed)
        var order = Array(truth.indices)
        var features: [UInt64] = []
        var scores = [Float](repeating: 0, count: classes)
        for epoch in 0..<epochs {
            order.shuffle(using: &rng)
            var correct = 0, total = 0
            for s in order {
                var predicted: [Int] = []
                for i in truth[s].indices {
                    let guess: Int
                    if let c = fixed(s, i) {
                        guess = c
                    } else {
                        extract(s, i, predicted, &features)
                        model.score(features, into: &scores)
                        guess = Tagger.argmax(scores)
                        model.update(features, truth: truth[s][i], guess: guess)
                        model.tick()
                    }
                    predicted.append(guess)
                    if guess == truth[s][i] { correct += 1 }
                    total += 1
                }
            }
            log("\(name) epoch \(epoch + 1)/\(epochs): train accuracy \(Percent(correct, total))")
        }
        return model
    }

    /// Calls `body` with each feature's key and its averaged (class, weight) entries.
    private func forEachFeature(_ body: (UInt64, [(UInt8, Float)]) -> Void) {
        let c = Double(instances)
        for (slot, key) in table.keys.enumerated() where key != 0 {
            var entries: [(UInt8, Float)] = []
            var e = Int(first[Int(table.rows[slot])])
            while e >= 0 {
                entries.append((entryClass[e], Float(Double(entryWeight[e]) - entryUpdate[e] / c)))
                e = Int(entryNext[e])
            }
            body(key, entries)
        }
    }
}

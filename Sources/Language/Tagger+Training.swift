/// Training the tagger on a treebank.
extension Tagger {
    /// Trains on gold-tagged `sentences` for `epochs` passes, shuffling with `seed`; averaged
    /// weights below `minWeight` in magnitude are dropped. With `runs` above 1, that many
    /// models are trained on differently shuffled passes and their weights averaged.
    static func train(_ sentences: [[Token]], clusters: WordClusters, epochs: Int, seed: UInt64, minWeight: Float,
                      runs: Int = 1, log: (String) -> Void) -> Tagger {
        var pairCount: [String: Int] = [:]
        for s in sentences { for t in s { pairCount[t.upos.name + "\t" + t.xpos, default: 0] += 1 } }
        let pairs = pairCount.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map(\.key).prefix(255)
        let classOf = Dictionary(uniqueKeysWithValues: pairs.enumerated().map { ($1, $0) })
        let upos = pairs.map { UPOS(name: String($0.prefix(while: { $0 != "\t" }))) ?? .X }
        let xpos = pairs.map { String($0.drop(while: { $0 != "\t" }).dropFirst()) }

        let words = sentences.map { clusters.words($0) }
        let truth = sentences.map { $0.map { classOf[$0.upos.name + "\t" + $0.xpos] ?? 0 } }
        let known = Self.unambiguousWords(words, truth)
        let ambiguity = Self.ambiguityClasses(words, truth)
        let ambiguities = words.map { $0.map { ambiguity[$0.lower] ?? 0 } }
        let styles = words.map { WordInfo.style($0) }

        let models = (0..<max(1, runs)).map { run in
            trainRun(words: words, truth: truth, known: known, ambiguities: ambiguities, styles: styles, classes: pairs.count,
                     epochs: epochs, seed: seed &+ UInt64(run) << 32, log: log)
        }
        return Tagger(upos: Array(upos), xpos: Array(xpos), model: Perceptron.averaged(models, minWeight: minWeight), known: known,
                      ambiguity: ambiguity)
    }

    /// One training run: `epochs` passes over the sentences shuffled with `seed`; words of
    /// `known` take their class without the model.
    private static func trainRun(words: [[WordInfo]], truth: [[Int]], known: [UInt64: Int], ambiguities: [[UInt64]],
                                 styles: [UInt64], classes: Int, epochs: Int, seed: UInt64,
                                 log: (String) -> Void) -> Perceptron {
        Perceptron.trainGreedy(truth: truth, classes: classes, epochs: epochs, seed: seed, name: "tagger", log: log,
                               fixed: { s, i in known[words[s][i].exact] },
                               features: { s, i, predicted, out in
            TaggerFeatures.extract(words[s], ambiguities[s], style: styles[s], i, prev: i >= 1 ? predicted[i - 1] : -1,
                                   prev2: i >= 2 ? predicted[i - 2] : -1, into: &out)
        })
    }

    /// For words seen at least 3 times, a hash of the set of tags they had.
    private static func ambiguityClasses(_ words: [[WordInfo]], _ truth: [[Int]]) -> [UInt64: UInt64] {
        var seen: [UInt64: Set<Int>] = [:], count: [UInt64: Int] = [:]
        for (s, sentence) in words.enumerated() {
            for (i, w) in sentence.enumerated() {
                seen[w.lower, default: []].insert(truth[s][i])
                count[w.lower, default: 0] += 1
            }
        }
        var out: [UInt64: UInt64] = [:]
        for (word, tags) in seen where count[word, default: 0] >= 3 {
            out[word] = tags.sorted().reduce(0x5EED) { FeatureHash.mix($0, UInt64($1)) }
        }
        return out
    }

    /// Words seen at least 20 times with one class at least 99.5 % of the time.
    private static func unambiguousWords(_ words: [[WordInfo]], _ truth: [[Int]]) -> [UInt64: Int] {
        var counts: [UInt64: [Int: Int]] = [:]
        for (s, sentence) in words.enumerated() {
            for (i, w) in sentence.enumerated() { counts[w.exact, default: [:]][truth[s][i], default: 0] += 1 }
        }
        var known: [UInt64: Int] = [:]
        for (word, byClass) in counts {
            let total = byClass.values.reduce(0, +)
            guard total >= 20, let best = byClass.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }) else { continue }
            if Double(best.value) / Double(total) >= 0.995 { known[word] = best.key }
        }
        return known
    }
}

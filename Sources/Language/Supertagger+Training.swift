/// Training the supertagger on a treebank.
extension Supertagger {
    /// The gold class name of each word of `gold`'s sentences (`name(deprel:head:at:)`).
    static func goldNames(_ gold: Document) -> [[String]] {
        gold.sentences.map { r in r.map { i in name(deprel: gold.tokens[i].deprel, head: gold.tokens[i].head, at: i) } }
    }

    /// Trains on `words` with their POS tag classes `tags` (predicted ones, as at parse time)
    /// and gold class names `truth`, for `epochs` passes shuffled with `seed`; with `runs`
    /// above 1, that many differently shuffled models are averaged. Averaged weights below
    /// `minWeight` are dropped. `names` fixes the classes (nil: those of `truth`, most frequent
    /// first, at most 255).
    static func train(words: [[WordInfo]], tags: [[Int]], truth: [[String]], coarse: [Int], names: [String]? = nil,
                      epochs: Int, seed: UInt64, minWeight: Float, runs: Int = 1,
                      log: (String) -> Void) -> Supertagger {
        let classNames = names ?? {
            var count: [String: Int] = [:]
            for s in truth { for n in s { count[n, default: 0] += 1 } }
            return Array(count.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map(\.key).prefix(255))
        }()
        let classOf = Dictionary(uniqueKeysWithValues: classNames.enumerated().map { ($1, $0) })
        let gold = truth.map { $0.map { classOf[$0] ?? 0 } }
        let contexts = words.indices.map { SupertaggerFeatures.Context(words[$0], tags: tags[$0], coarse: coarse) }
        let models = (0..<max(1, runs)).map { run in
            trainRun(contexts, gold, classes: classNames.count, epochs: epochs, seed: seed &+ UInt64(run) << 32, log: log)
        }
        return Supertagger(names: classNames, model: Perceptron.averaged(models, minWeight: minWeight))
    }

    /// One training run: `epochs` passes over the sentences shuffled with `seed`.
    private static func trainRun(_ contexts: [SupertaggerFeatures.Context], _ truth: [[Int]], classes: Int, epochs: Int,
                                 seed: UInt64, log: (String) -> Void) -> Perceptron {
        Perceptron.trainGreedy(truth: truth, classes: classes, epochs: epochs, seed: seed, name: "supertagger", log: log,
                               fixed: { _, _ in nil },
                               features: { s, i, predicted, out in
            SupertaggerFeatures.extract(contexts[s], i, prev: i >= 1 ? predicted[i - 1] : -1,
                                        prev2: i >= 2 ? predicted[i - 2] : -1, into: &out)
        })
    }
}

/// Training the parser with the arc-hybrid dynamic oracle and error exploration.
extension Parser {
    /// Trains on the trees of `gold`, reading the tag classes in `tags` (one array per
    /// sentence, as the tagger predicts them), for `epochs` passes shuffled with `seed`. With
    /// `runs` above 1, that many models are trained with different shuffles and explorations
    /// and their weights averaged.
    static func train(_ gold: Document, words: [[WordInfo]], tags: [[Int]], coarse: [Int], epochs: Int, seed: UInt64,
                      minWeight: Float, moveMinWeight: Float, runs: Int = 1, log: (String) -> Void) -> Parser {
        var labelCount: [String: Int] = [:]
        for t in gold.tokens where t.head != nil { labelCount[t.deprel, default: 0] += 1 }
        let labels = labelCount.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map(\.key).prefix(255)
        let labelOf = Dictionary(uniqueKeysWithValues: labels.enumerated().map { ($1, $0) })
        let goldHeads = gold.sentences.map { r in r.map { i in gold.tokens[i].head.map { $0 - r.lowerBound } ?? r.count } }
        let goldLabels = gold.sentences.map { r in r.map { labelOf[gold.tokens[$0].deprel] ?? 0 } }

        let punctuation = words.map { ParserFeatures.punctuationBefore($0) }
        let runs = (0..<max(1, runs)).map { run in
            trainRun(words: words, tags: tags, punctuation: punctuation, coarse: coarse, goldHeads: goldHeads, goldLabels: goldLabels,
                     labels: labels.count, epochs: epochs, seed: seed &+ UInt64(run) << 32, log: log)
        }
        return Parser(labels: Array(labels), moves: Perceptron.averaged(runs.map(\.moves), minWeight: moveMinWeight),
                      labeler: Perceptron.averaged(runs.map(\.labeler), minWeight: minWeight), coarse: coarse)
    }

    /// One training run: `epochs` passes over the sentences shuffled (and explored) with `seed`;
    /// the move and label perceptrons it trained.
    private static func trainRun(words: [[WordInfo]], tags: [[Int]], punctuation: [[Int]], coarse: [Int], goldHeads: [[Int]],
                                 goldLabels: [[Int]], labels: Int, epochs: Int, seed: UInt64,
                                 log: (String) -> Void) -> (moves: Perceptron, labeler: Perceptron) {
        var moves = Perceptron(classes: 3)
        var labeler = Perceptron(classes: max(1, labels))
        var rng = SplitMix64(seed: seed)
        var order = Array(words.indices)
        var features: [UInt64] = []
        var scores = [Float](repeating: 0, count: 3)
        var labelScores = [Float](repeating: 0, count: labeler.classes)
        for epoch in 0..<epochs {
            order.shuffle(using: &rng)
            var correct = 0, total = 0, labelsRight = 0, arcs = 0
            for s in order where !words[s].isEmpty {
                var state = ParserState(count: words[s].count)
                while !state.isTerminal {
                    ParserFeatures.extract(state, words[s], tags[s], punctuation[s], coarse: coarse, into: &features)
                    moves.score(features, into: &scores)
                    let guess = bestValid(scores, state)
                    let costs = allMoves.map { state.isValid($0) ? state.cost($0, goldHeads: goldHeads[s]) : Int.max }
                    let least = costs.min() ?? 0
                    var best = ParserState.Move.shift
                    var bestScore = -Float.infinity
                    for m in allMoves where costs[m.rawValue] == least && scores[m.rawValue] > bestScore {
                        best = m
                        bestScore = scores[m.rawValue]
                    }
                    let guessIsGold = costs[guess.rawValue] == least
                    if !guessIsGold { moves.update(features, truth: best.rawValue, guess: guess.rawValue) }
                    moves.tick()
                    total += 1
                    if guessIsGold { correct += 1 }
                    let follow = guessIsGold || (epoch > 0 && Double.random(in: 0..<1, using: &rng) < 0.9) ? guess : best
                    var label = -1
                    if follow == .right || (follow == .left && state.next < state.count) {
                        let dep = state.s(0)
                        ParserFeatures.label(state, dep: dep, head: head(of: follow, state), words[s], tags[s], into: &features)
                        labeler.score(features, into: &labelScores)
                        label = Tagger.argmax(labelScores)
                        if goldHeads[s][dep] == head(of: follow, state) {
                            labeler.update(features, truth: goldLabels[s][dep], guess: label)
                            labeler.tick()
                            arcs += 1
                            if label == goldLabels[s][dep] { labelsRight += 1 }
                        }
                    }
                    state.apply(follow, label: label)
                }
            }
            log("parser epoch \(epoch + 1)/\(epochs): moves \(Percent(correct, total)), labels \(Percent(labelsRight, arcs))")
        }
        return (moves, labeler)
    }
}

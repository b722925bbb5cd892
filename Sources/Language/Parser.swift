/// A greedy arc-hybrid dependency parser: one averaged perceptron picks the move (shift,
/// left, right), a second picks the label of each arc as it is made, when the dependent's
/// subtree is complete.
public struct Parser: Sendable {
    /// The dependency labels, by number.
    let labels: [String]
    /// Move weights (3 classes, in `ParserState.Move` order).
    let moves: SparseModel
    /// Label weights (one class per label).
    let labeler: SparseModel
    /// The UPOS (raw value) of each tag class, for the coarse-tag features.
    let coarse: [Int]
    /// `moves` laid out for fast scoring.
    let moveTable: ParserMoveTable

    init(labels: [String], moves: SparseModel, labeler: SparseModel, coarse: [Int]) {
        self.labels = labels
        self.moves = moves
        self.labeler = labeler
        self.coarse = coarse
        moveTable = ParserMoveTable(moves)
    }

    static let allMoves: [ParserState.Move] = [.shift, .left, .right]

    /// The best valid move given `scores`.
    static func bestValid(_ scores: [Float], _ state: ParserState) -> ParserState.Move {
        var best = ParserState.Move.right
        var bestScore = -Float.infinity
        for m in allMoves where state.isValid(m) && scores[m.rawValue] > bestScore {
            best = m
            bestScore = scores[m.rawValue]
        }
        return best
    }

    /// The head of the arc `move` would make from `state` (its dependent is the stack top).
    static func head(of move: ParserState.Move, _ state: ParserState) -> Int {
        move == .left ? state.b(0) : state.s(1)
    }

    /// Parses one sentence: the head (index within the sentence, -1 for the root) and label
    /// number of each word. Forced moves (only one valid) are taken without scoring.
    /// - Complexity: O(n): at most 2n moves.
    func parse(_ words: [WordInfo], tags: [Int]) -> (heads: [Int], labels: [Int]) {
        var state = ParserState(count: words.count)
        var features: [UInt64] = []
        features.reserveCapacity(64)
        var scores = [Float](repeating: 0, count: 3)
        var labelScores = [Float](repeating: 0, count: labeler.classes)
        let punctuation = ParserFeatures.punctuationBefore(words)
        while !state.isTerminal {
            let shift = state.isValid(.shift), left = state.isValid(.left), right = state.isValid(.right)
            let move: ParserState.Move
            if !shift && !left {
                move = .right
            } else if !shift && !right {
                move = .left
            } else if !left && !right {
                move = .shift
            } else {
                ParserFeatures.extract(state, words, tags, punctuation, coarse: coarse, into: &features)
                moveTable.score(features, into: &scores)
                move = Self.bestValid(scores, state)
            }
            var label = -1
            if move == .right || (move == .left && state.next < state.count) {
                ParserFeatures.label(state, dep: state.s(0), head: Self.head(of: move, state), words, tags, into: &features)
                labeler.score(features, into: &labelScores)
                label = Tagger.argmax(labelScores)
            }
            state.apply(move, label: label)
        }
        let n = words.count
        return (state.heads.prefix(n).map { $0 == n ? -1 : $0 }, Array(state.labels.prefix(n)))
    }

    /// Sets `head` and `deprel` of the tokens `range` of `tokens` (one sentence).
    func parse(_ tokens: inout [Token], _ range: Range<Int>, words: [WordInfo], tags: [Int]) {
        let (heads, labels) = parse(words, tags: tags)
        for (k, i) in range.enumerated() {
            if heads[k] >= 0 {
                tokens[i].head = range.lowerBound + heads[k]
                tokens[i].deprel = labels[k] >= 0 && labels[k] < self.labels.count ? self.labels[labels[k]] : "dep"
            } else {
                tokens[i].head = nil
                tokens[i].deprel = "root"
            }
        }
    }
}

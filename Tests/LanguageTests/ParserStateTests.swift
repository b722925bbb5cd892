import Testing
@testable import Language

@Suite struct ParserStateTests {
    /// Whether no two arcs of the tree cross (heads within the sentence, `count` = root).
    static func isProjective(_ heads: [Int]) -> Bool {
        let arcs = heads.enumerated().map { (min($0, $1), max($0, $1)) }
        for (a, b) in arcs {
            for (c, d) in arcs where (a < c && c < b && b < d) || (c < a && a < d && d < b) { return false }
        }
        return true
    }

    /// Following the zero-cost moves of the dynamic oracle rebuilds every projective gold tree
    /// of the dev treebank exactly, and every parse ends in a tree with one root.
    @Test func oracleRebuildsProjectiveTrees() throws {
        guard let text = SharedData.treebankText("en_ewt-ud-dev.conllu") else { return }
        let gold = try CoNLLU.read(text)
        var checked = 0
        for r in gold.sentences.prefix(600) {
            let heads = r.map { i in gold.tokens[i].head.map { $0 - r.lowerBound } ?? r.count }
            guard Self.isProjective(heads) else { continue }
            var state = ParserState(count: r.count)
            while !state.isTerminal {
                let move = try #require(Parser.allMoves.first { state.isValid($0) && state.cost($0, goldHeads: heads) == 0 })
                state.apply(move, label: 0)
            }
            #expect(Array(state.heads.prefix(r.count)) == heads)
            checked += 1
        }
        #expect(checked > 500)
    }

    @Test func everyMoveSequenceEndsInATree() {
        var rng = SplitMix64(seed: 11)
        for n in 1..<40 {
            var state = ParserState(count: n)
            var steps = 0
            while !state.isTerminal {
                let valid = Parser.allMoves.filter { state.isValid($0) }
                state.apply(valid[Int.random(in: 0..<valid.count, using: &rng)], label: 0)
                steps += 1
            }
            #expect(steps == 2 * n)
            let heads = Array(state.heads.prefix(n))
            #expect(heads.filter { $0 == n }.count == 1)
            for i in 0..<n {
                var k = i, hops = 0
                while k != n, hops <= n { k = heads[k]; hops += 1 }
                #expect(k == n)
            }
        }
    }
}

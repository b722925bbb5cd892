import Testing
@testable import Language

@Suite struct PunctuationAttacherTests {
    /// Runs the attacher on one sentence given as (form, head) pairs, heads 1-based with 0 for
    /// the root as in CoNLL-U; tokens made only of punctuation characters are tagged PUNCT.
    /// Returns the new heads in the same notation.
    static func fix(_ words: [(String, Int)], deprels: [String]? = nil) -> [Int] {
        fixTokens(words, deprels: deprels).map { $0.head.map { $0 + 1 } ?? 0 }
    }

    static func fixTokens(_ words: [(String, Int)], deprels: [String]? = nil) -> [Token] {
        var tokens = words.enumerated().map { i, w in
            Token(start: i, end: i + 1, form: w.0, spaceAfter: true,
                  upos: w.0.allSatisfy { $0.isPunctuation } ? .PUNCT : .NOUN,
                  head: w.1 == 0 ? nil : w.1 - 1, deprel: deprels?[i] ?? (w.1 == 0 ? "root" : "dep"))
        }
        PunctuationAttacher.attach(&tokens, 0..<tokens.count)
        return tokens
    }

    @Test func commasAroundAnAppositive() {
        // Maria , my neighbour , sings .
        let heads = Self.fix([("Maria", 6), (",", 6), ("my", 4), ("neighbour", 1), (",", 4), ("sings", 0), (".", 4)])
        #expect(heads == [6, 4, 4, 1, 4, 0, 6])
    }

    @Test func aHeadOnTheClimbingPathIsKeptAnyOtherIsReplaced() {
        // Maria , my neighbour , sings : the second comma may hang on "neighbour" or "Maria"
        // (both on the path up from its left neighbour), not on "sings".
        let onPath = Self.fix([("Maria", 6), (",", 4), ("my", 4), ("neighbour", 1), (",", 4), ("sings", 0)])
        #expect(onPath[4] == 4)
        let offPath = Self.fix([("Maria", 6), (",", 4), ("my", 4), ("neighbour", 1), (",", 6), ("sings", 0)])
        #expect(offPath[4] == 1)
    }

    @Test func finalPeriodGoesToTheTopOfItsLeftNeighbourPath() {
        // Tom bought fresh bread . — the period was on "fresh", which is off the path.
        let heads = Self.fix([("Tom", 2), ("bought", 0), ("fresh", 4), ("bread", 2), (".", 3)])
        #expect(heads == [2, 0, 4, 2, 2])
    }

    @Test func finalPeriodNeverLooksRight() {
        // Go . Now ! — the period cannot hang on "Now" to its right.
        let heads = Self.fix([("Go", 0), (".", 3), ("Now", 1), ("!", 1)])
        #expect(heads[1] == 1)
    }

    @Test func pairedQuotesHangInsideThePair() {
        // She said " we won " today .
        let heads = Self.fix([("She", 2), ("said", 0), ("\"", 2), ("we", 5), ("won", 2), ("\"", 7), ("today", 2), (".", 4)])
        #expect(heads == [2, 0, 5, 5, 2, 5, 2, 2])
    }

    @Test func bracketsHangOnTheFirstAndLastWordHeadedOutside() {
        // the price ( in euros ) rose
        let heads = Self.fix([("the", 2), ("price", 7), ("(", 2), ("in", 5), ("euros", 2), (")", 7), ("rose", 0)])
        #expect(heads == [2, 7, 5, 5, 2, 5, 0])
        // He met ( Ann , Bob ) today : two words headed outside the brackets, one each.
        let two = Self.fix([("He", 2), ("met", 0), ("(", 2), ("Ann", 2), (",", 6), ("Bob", 2), (")", 2), ("today", 2)])
        #expect(two[2] == 4 && two[6] == 6)
    }

    @Test func nestedSameFormBracketsPairUp() {
        // ( a ( b ) c ) — the outer pair closes at the last bracket; "a", left the only word
        // headed outside it once the brackets lose their children, takes both outer marks.
        let tokens = Self.fixTokens([("(", 0), ("a", 1), ("(", 1), ("b", 2), (")", 1), ("c", 2), (")", 1)])
        let heads = tokens.map { $0.head.map { $0 + 1 } ?? 0 }
        #expect(heads[0] == 2 && heads[6] == 2)
        #expect(heads[2] == 4 && heads[4] == 4)
        #expect(heads.filter { $0 == 0 }.count == 1)
    }

    @Test func punctuationLosesItsChildren() {
        // Yes - I agree . — "I" was attached to the dash; it climbs to the dash's head.
        let heads = Self.fix([("Yes", 4), ("-", 4), ("I", 2), ("agree", 0), (".", 4)])
        #expect(heads[2] == 4)
        for (i, h) in heads.enumerated() where h > 0 { #expect(![1, 4].contains(h - 1), "word \(i + 1) hangs on punctuation") }
    }

    @Test func aPunctuationRootHandsTheRootToAWord() {
        // We ; they — the parser made ";" the root with both words under it.
        let tokens = Self.fixTokens([("We", 2), (";", 0), ("they", 2)], deprels: ["nsubj", "root", "conj"])
        #expect(tokens.map { $0.head.map { $0 + 1 } ?? 0 } == [0, 1, 1])
        #expect(tokens.map(\.deprel) == ["root", "punct", "conj"])
    }

    @Test func oddSentencesPassThrough() {
        #expect(Self.fix([("!", 0)]) == [0])
        #expect(Self.fix([("word", 0)]) == [0])
        let allPunct = Self.fix([("!", 0), ("?", 1), ("...", 1), (")", 2)])
        #expect(allPunct.filter { $0 == 0 }.count == 1)
        #expect(Self.isTree(allPunct))
        // Crossing arcs (a non-projective tree) stay a tree; a sentence with a head out of
        // range, a head in another sentence or a cycle is left alone.
        #expect(Self.isTree(Self.fix([("a", 4), ("b", 5), (",", 4), ("c", 0), ("d", 1), (".", 4)])))
        var broken = [Token(start: 0, end: 1, form: "a", spaceAfter: true, head: 7), Token(start: 1, end: 2, form: ".", spaceAfter: false, upos: .PUNCT)]
        PunctuationAttacher.attach(&broken, 0..<2)
        #expect(broken[0].head == 7)
        var outside = [Token(start: 0, end: 1, form: "a", spaceAfter: true), Token(start: 1, end: 2, form: "b", spaceAfter: true, head: 0),
                       Token(start: 2, end: 3, form: ",", spaceAfter: false, upos: .PUNCT, head: 1)]
        PunctuationAttacher.attach(&outside, 1..<3)
        #expect(outside.map(\.head) == [nil, 0, 1])
        var cycle = [Token(start: 0, end: 1, form: "a", spaceAfter: true, head: 1), Token(start: 1, end: 2, form: "b", spaceAfter: true, head: 0),
                     Token(start: 2, end: 3, form: ".", spaceAfter: false, upos: .PUNCT, head: 0)]
        PunctuationAttacher.attach(&cycle, 0..<3)
        #expect(cycle.map(\.head) == [1, 0, 0])
    }

    /// Whether 1-based `heads` form one tree: exactly one root, every word reaches it.
    static func isTree(_ heads: [Int]) -> Bool {
        guard heads.filter({ $0 == 0 }).count == 1, heads.allSatisfy({ (0...heads.count).contains($0) }) else { return false }
        return heads.indices.allSatisfy { i in
            var k = i + 1, steps = 0
            while k != 0, steps <= heads.count {
                k = heads[k - 1]
                steps += 1
            }
            return k == 0
        }
    }

    /// Random trees with random punctuation: the result is always one tree, and a word keeps
    /// its head unless that head was punctuation or the word was one of the roots made then.
    @Test func randomTreesStayTrees() {
        var rng = SplitMix64(seed: 4)
        let forms = ["a", "b", ",", ".", "\"", "(", ")", "-", "c", "'"]
        for _ in 0..<3000 {
            let n = Int.random(in: 1...14, using: &rng)
            let order = (1...n).shuffled(using: &rng)
            var heads = [Int](repeating: 0, count: n)
            for (k, w) in order.enumerated() where k > 0 { heads[w - 1] = order[Int.random(in: 0..<k, using: &rng)] }
            let words = (0..<n).map { (forms[Int.random(in: 0..<forms.count, using: &rng)], heads[$0]) }
            let fixed = Self.fix(words)
            #expect(Self.isTree(fixed), "\(words)")
            let isPunct = words.map { $0.0.allSatisfy(\.isPunctuation) }
            for i in 0..<n where !isPunct[i] && heads[i] != 0 && !isPunct[heads[i] - 1] {
                #expect(fixed[i] == heads[i], "\(words)")
            }
        }
    }

    /// EWT's gold punctuation was placed by the rule we implement, so applying it to the gold
    /// trees should move (almost) no head.
    @Test(arguments: ["en_ewt-ud-train.conllu", "en_ewt-ud-dev.conllu"])
    func goldTreesAreNearlyFixedPoints(_ name: String) throws {
        guard let text = SharedData.treebankText(name) else { return }
        let gold = try CoNLLU.read(text)
        var fixed = gold
        for range in fixed.sentences { PunctuationAttacher.attach(&fixed.tokens, range) }
        var punct = 0, moved = 0, otherMoved = 0
        for (g, f) in zip(gold.tokens, fixed.tokens) {
            if g.upos == .PUNCT {
                punct += 1
                if g.head != f.head { moved += 1 }
            } else if g.head != f.head {
                otherMoved += 1
            }
        }
        print("\(name): \(moved) of \(punct) punctuation heads moved, \(otherMoved) other heads moved")
        #expect(moved * 100 < punct)
        #expect(otherMoved * 1000 < gold.tokens.count)
    }
}

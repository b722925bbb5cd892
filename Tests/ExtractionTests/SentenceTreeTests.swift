import Language
import Testing
@testable import Extraction

/// The sentence view: children, subtrees, text and spans, and defence against broken trees.
@Suite struct SentenceTreeTests {
    static func document(heads: [Int?]) -> Document {
        var tokens: [Token] = []
        var text = ""
        for (i, head) in heads.enumerated() {
            let form = "w\(i)"
            let start = text.utf8.count
            text += form + " "
            tokens.append(Token(start: start, end: start + form.utf8.count, form: form, spaceAfter: true,
                                lemma: form, upos: .NOUN, head: head, deprel: "dep"))
        }
        return Document(text: text, tokens: tokens, sentences: [0..<heads.count])
    }

    @Test func cyclesAndStrayHeadsBecomeRoots() {
        // 0 → 1 → 2 → 0 is a cycle; 3 points outside the sentence; 4 points at itself.
        let tree = SentenceTree(document: Self.document(heads: [1, 2, 0, 40, 4]), index: 0)
        #expect(tree.heads.filter { $0 == nil }.count == 3)
        for i in 0..<tree.count {
            var seen = Set<Int>()
            var node: Int? = i
            while let current = node {
                #expect(seen.insert(current).inserted, "cycle through \(current)")
                node = tree.heads[current]
            }
        }
        #expect(tree.subtree(of: 0).count <= 3)
    }

    @Test func textAndSpanFollowTheTokens() {
        let document = Trees.document(ClauseExtractorTests.cases[0].tree)
        let tree = SentenceTree(document: document, index: 0)
        #expect(tree.text([0, 1, 2]) == "Crimea was annexed")
        #expect(tree.text([0, 2]) == "Crimea annexed")
        #expect(tree.span([3, 4]) == 19..<28)
        #expect(tree.span([]) == 0..<0)
        #expect(tree.casePhrase(of: 4) == "by")
        #expect(tree.subtree(of: 4) == [3, 4])
        #expect(tree.children(of: 2, [.nsubjPass, .oblAgent]) == [0, 4])
    }

    /// Children lists match the naive reference (every token whose head is `i`, in text order),
    /// on random trees with cycles and stray heads.
    @Test func childrenMatchTheHeads() {
        var random = SystemRandomNumberGenerator()
        for _ in 0..<200 {
            let count = Int.random(in: 1...30, using: &random)
            let heads: [Int?] = (0..<count).map { _ in Bool.random(using: &random) ? nil : Int.random(in: -2...count + 2, using: &random) }
            let tree = SentenceTree(document: Self.document(heads: heads), index: 0)
            for i in 0..<tree.count {
                #expect(Array(tree.children(of: i)) == (0..<tree.count).filter { tree.heads[$0] == i })
            }
        }
    }

    /// Every relation reads back from its own label; labels no rule names are `.other`.
    @Test func relationsRoundTripTheirLabels() {
        for relation in Relation.allCases where relation != .other {
            #expect(Relation(label: relation.label) == relation)
        }
        #expect(Relation(label: "nsubj:pass") == .nsubjPass)
        #expect(Relation(label: "case") == .case)
        #expect(Relation(label: "nmod:tmod") == .other)
        #expect(Relation(label: "_") == .other)
        let tree = SentenceTree(document: Self.document(heads: [nil, 0]), index: 0)
        #expect(tree.rel(1) == .dep && tree.label(1) == "dep")
    }
}

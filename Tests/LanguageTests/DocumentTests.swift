import Testing
@testable import Language

@Suite struct DocumentTests {
    /// "Blinken met Lavrov ." with met as root: children and subtree follow the head links.
    @Test func treeWalks() {
        let text = "Blinken met Lavrov."
        let tokens = [
            Token(start: 0, end: 7, form: "Blinken", spaceAfter: true, upos: .PROPN, head: 1, deprel: "nsubj"),
            Token(start: 8, end: 11, form: "met", spaceAfter: true, upos: .VERB, head: nil, deprel: "root"),
            Token(start: 12, end: 18, form: "Lavrov", spaceAfter: false, upos: .PROPN, head: 1, deprel: "obj"),
            Token(start: 18, end: 19, form: ".", spaceAfter: false, upos: .PUNCT, head: 1, deprel: "punct"),
        ]
        let doc = Document(text: text, tokens: tokens, sentences: [0..<4])
        #expect(doc.children(of: 1) == [0, 2, 3])
        #expect(doc.children(of: 0) == [])
        #expect(doc.subtree(of: 1) == [0, 1, 2, 3])
        #expect(doc.subtree(of: 2) == [2])
        #expect(doc.sentenceText(0) == "Blinken met Lavrov.")
    }
}

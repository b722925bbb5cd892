import Testing
@testable import Language

@Suite struct CoNLLUTests {
    static let sample = """
    # newdoc id = d1
    # sent_id = 1
    # text = I don't know.
    1\tI\tI\tPRON\tPRP\t_\t4\tnsubj\t_\t_
    2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_
    2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t_\t_
    3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_
    4\tknow\tknow\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No
    4.1\tknow\tknow\tVERB\tVB\t_\t_\t_\t4:conj\t_
    5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_

    # sent_id = 2
    # text = Go!
    1\tGo\tgo\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No
    2\t!\t!\tPUNCT\t.\t_\t1\tpunct\t_\t_

    # newpar
    # sent_id = 3
    # text = Fine
    1\tFine\tfine\tADJ\tJJ\t_\t0\troot\t_\t_


    """

    @Test func readsWordsMultiwordTokensAndParagraphs() throws {
        let doc = try CoNLLU.read(Self.sample)
        #expect(doc.text == "I don't know. Go!\n\nFine")
        #expect(doc.tokens.map(\.form) == ["I", "do", "n't", "know", ".", "Go", "!", "Fine"])
        #expect(doc.sentences == [0..<5, 5..<7, 7..<8])
        #expect(doc.tokens.map(\.head) == [3, 3, 3, nil, 3, nil, 5, nil])
        #expect(doc.tokens[2].start == 4 && doc.tokens[2].end == 7 && doc.tokens[2].lemma == "not")
        #expect(doc.tokens.allSatisfy { t in Array(doc.text.utf8)[t.start..<t.end] == Array(t.form.utf8)[...] })
        #expect(doc.sentenceText(1) == "Go!")
    }

    @Test func writeThenReadRoundTrips() throws {
        let doc = try CoNLLU.read(Self.sample)
        let again = try CoNLLU.read(CoNLLU.write(doc))
        #expect(again.tokens.map(\.form) == doc.tokens.map(\.form))
        #expect(again.tokens.map(\.head) == doc.tokens.map(\.head))
        #expect(again.tokens.map(\.deprel) == doc.tokens.map(\.deprel))
        #expect(again.tokens.map(\.xpos) == doc.tokens.map(\.xpos))
        #expect(again.tokens.map(\.lemma) == doc.tokens.map(\.lemma))
        #expect(again.sentences == doc.sentences)
        #expect(CoNLLU.write(again) == CoNLLU.write(doc))
    }

    @Test func devTreebankRoundTrips() throws {
        guard let text = SharedData.treebankText("en_ewt-ud-dev.conllu") else { return }
        let doc = try CoNLLU.read(text)
        #expect(doc.sentences.count == 2001)
        #expect(doc.tokens.count == 25147)
        let written = CoNLLU.write(doc)
        #expect(CoNLLU.write(try CoNLLU.read(written)) == written)
    }

    @Test func malformedLinesAreReportedWithTheirNumber() {
        #expect(throws: CoNLLUError(line: 2, reason: "expected 10 tab-separated columns, found 2")) {
            try CoNLLU.read("# c\n1\tx\n")
        }
        #expect(throws: CoNLLUError.self) { try CoNLLU.read("1\ta\ta\tNOPE\tX\t_\t0\troot\t_\t_\n") }
    }
}

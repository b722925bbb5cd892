import Testing
@testable import Language

@Suite struct IrregularVerbsTests {
    @Test func everyEntryHasABaseAPastAndAParticiple() {
        for entry in IrregularVerbs.table {
            let parts = entry.split(separator: " ")
            #expect(parts.count == 3, "\(entry)")
            #expect(entry.allSatisfy { $0 == " " || $0 == "/" || ("a"..."z").contains($0) }, "\(entry)")
        }
    }

    @Test func pastFormsGiveTheirBase() {
        #expect(IrregularVerbs.base(of: "sank") == "sink")
        #expect(IrregularVerbs.base(of: "sunk") == "sink")
        #expect(IrregularVerbs.base(of: "fled") == "flee")
        #expect(IrregularVerbs.base(of: "forbade") == "forbid")
        #expect(IrregularVerbs.base(of: "were") == "be")
        #expect(IrregularVerbs.base(of: "laid") == "lay")
        #expect(IrregularVerbs.base(of: "lay") == "lie", "the first verb of the table that has the form")
        #expect(IrregularVerbs.base(of: "saw") == "see", "a past of `see`; `saw` the base form of `sawed` is not a past")
    }

    @Test func baseAndRegularFormsGiveNothing() {
        #expect(IrregularVerbs.base(of: "sink") == nil)
        #expect(IrregularVerbs.base(of: "walked") == nil)
        #expect(IrregularVerbs.base(of: "") == nil)
    }

    @Test func prefixedVerbsInflectAsTheirStem() {
        #expect(IrregularVerbs.base(of: "retook") == "retake")
        #expect(IrregularVerbs.base(of: "withdrew") == "withdraw")
        #expect(IrregularVerbs.base(of: "upheld") == "uphold")
        #expect(IrregularVerbs.base(of: "misunderstood") == "misunderstand", "two prefixes")
        #expect(IrregularVerbs.base(of: "rewalked") == nil)
    }

    @Test func theLemmatizerReadsTheTableOnlyForUnseenPastForms() throws {
        let lemmatizer = Lemmatizer.train(try LemmatizerTests.treebank([("sank", "VBD", "sank"), ("swam", "VBD", "swim")]))
        #expect(lemmatizer.lemma("sunk", xpos: "VBN", upos: .VERB) == "sink")
        #expect(lemmatizer.lemma("Fled", xpos: "VBD", upos: .VERB) == "flee")
        #expect(lemmatizer.lemma("sank", xpos: "VBD", upos: .VERB) == "sank", "the treebank comes first")
        #expect(lemmatizer.lemma("swum", xpos: "VBN", upos: .VERB) == "swim")
        #expect(lemmatizer.lemma("sunken", xpos: "JJ", upos: .ADJ) == "sunken")
        #expect(lemmatizer.lemma("fled", xpos: "NN", upos: .NOUN) != "flee", "only past tenses and participles")
    }
}

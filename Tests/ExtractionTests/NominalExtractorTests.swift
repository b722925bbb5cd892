import GraphStore
import Testing
@testable import Extraction

/// Nominalisations: event nouns with their agents (possessives, demonyms, `by`) and objects.
@Suite struct NominalExtractorTests {
    static let attackTree = """
        Blinken Blinken PROPN 2 nsubj
        warned warn VERB 0 root
        that that SCONJ 19 mark
        a a DET 7 det
        new new ADJ 7 amod
        Russian Russian ADJ 7 amod
        attack attack NOUN 19 nsubj
        on on ADP 9 case
        Ukraine Ukraine PROPN 7 nmod
        , , PUNCT 11 punct
        following follow VERB 7 acl VBG
        its its PRON 14 nmod:poss
        2014 2014 NUM 14 nummod
        annexation annexation NOUN 11 obj
        of of ADP 16 case
        Crimea Crimea PROPN 14 nmod
        , , PUNCT 11 punct
        would would AUX 19 aux
        undermine undermine VERB 2 ccomp
        law law NOUN 19 obj
        . . PUNCT 2 punct
        """

    @Test func demonymAgentAndItsResolvedToTheDemonymsCountry() throws {
        let facts = Trees.facts(Self.attackTree)
        let attack = try #require(facts.first { Trees.describe($0) == "Russia | attack | Ukraine" })
        #expect(attack.rule == "nominal.demonym")
        #expect(attack.flags.contains(.hedged))
        let annex = try #require(facts.first { Trees.describe($0) == "Russia | annex | Crimea" })
        #expect(annex.subject.viaPronoun)
        #expect(annex.time?.literal == .year(2014))
        #expect(!annex.flags.contains(.hedged))
    }

    @Test(arguments: [
        ("""
        Russia Russia PROPN 3 nmod:poss
        's 's PART 1 case
        annexation annexation NOUN 6 nsubj
        of of ADP 5 case
        Crimea Crimea PROPN 3 nmod
        angered anger VERB 0 root
        Kyiv Kyiv PROPN 6 obj
        """, "Russia | annex | Crimea", "nominal.possessive"),
        ("""
        The the DET 2 det
        annexation annexation NOUN 0 root
        of of ADP 4 case
        Crimea Crimea PROPN 2 nmod
        by by ADP 6 case
        Russia Russia PROPN 2 nmod
        """, "Russia | annex | Crimea", "nominal.by"),
    ])
    func agents(_ tree: String, _ expected: String, _ rule: String) {
        let facts = Trees.facts(tree)
        #expect(facts.contains { Trees.describe($0) == expected && $0.rule == rule }, "\(facts.map(Trees.describe))")
    }

    @Test func meetingWithAPossessivePronounAcrossSentences() {
        let facts = Trees.facts("""
            Antony Antony PROPN 2 nsubj
            Blinken Blinken PROPN 1 flat
            flew fly VERB 0 root
            to to ADP 5 case
            Geneva Geneva PROPN 3 obl

            At at ADP 4 case
            his his PRON 4 nmod:poss
            last last ADJ 4 amod
            meeting meeting NOUN 12 obl
            with with ADP 8 case
            Foreign foreign ADJ 7 amod
            Minister Minister PROPN 8 compound
            Sergei Sergei PROPN 4 nmod
            Lavrov Lavrov PROPN 8 flat
            , , PUNCT 4 punct
            Blinken Blinken PROPN 12 nsubj
            spoke speak VERB 0 root
            """)
        #expect(facts.contains { Trees.describe($0) == "Antony Blinken | meet | Sergei Lavrov" && $0.sentence == 1 },
                "\(facts.map(Trees.describe))")
        #expect(facts.contains { Trees.describe($0) == "Sergei Lavrov | be | foreign minister" })
    }
}

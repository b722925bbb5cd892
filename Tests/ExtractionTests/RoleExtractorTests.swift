import GraphStore
import Testing
@testable import Extraction

/// Titles, appositives, possession and location facts from noun phrases.
@Suite struct RoleExtractorTests {
    static let appositive = """
        Sergei Sergei PROPN 9 nsubj
        Lavrov Lavrov PROPN 1 flat
        , , PUNCT 7 punct
        Russia Russia PROPN 7 nmod:poss
        's 's PART 4 case
        foreign foreign ADJ 7 amod
        minister minister NOUN 1 appos
        , , PUNCT 7 punct
        spoke speak VERB 0 root
        to to ADP 11 case
        reporters reporter NOUN 9 obl
        . . PUNCT 9 punct
        """

    @Test(arguments: [
        (appositive, "Sergei Lavrov | foreign minister of | Russia", "role.appos"),
        ("""
        Mr. Mr. PROPN 2 nmod:desc
        Baker Baker PROPN 3 nsubj
        left leave VERB 0 root
        """, "Baker | leave | -", "none"),
        ("""
        Arminius Arminius PROPN 6 nsubj
        , , PUNCT 3 punct
        leader leader NOUN 1 appos
        of of ADP 5 case
        Cherusci Cherusci PROPN 3 nmod
        had have VERB 0 root
        a a DET 8 det
        hand hand NOUN 6 obj
        """, "Arminius | be | leader", "role.appos.isa"),
        ("""
        Britain Britain PROPN 3 nmod:poss
        's 's PART 1 case
        relationship relationship NOUN 5 nsubj
        had have AUX 5 aux
        declined decline VERB 0 root
        """, "United Kingdom | have | relationship", "role.possessor"),
        ("""
        The the DET 2 det
        trackage trackage NOUN 6 nsubj:pass
        at at ADP 4 case
        Kettering Kettering PROPN 2 nmod
        was be AUX 6 aux:pass
        abandoned abandon VERB 0 root VBN
        """, "trackage | be at | Kettering", "role.location"),
        ("""
        Graner Graner PROPN 2 nsubj
        reached reach VERB 0 root
        the the DET 4 det
        bars bar NOUN 2 obj
        of of ADP 8 case
        a a DET 8 det
        cell cell NOUN 8 compound
        window window NOUN 4 nmod
        """, "cell window | have | bars", "role.possessor.of"),
        ("""
        Antony Antony PROPN 3 nsubj
        Blinken Blinken PROPN 1 flat
        enlists enlist VERB 0 root
        his his PRON 6 nmod:poss
        childhood childhood NOUN 6 compound
        friends friend NOUN 3 obj
        """, "Antony Blinken | have | childhood friends", "role.possessor"),
    ])
    func roles(_ tree: String, _ expected: String, _ rule: String) {
        let facts = Trees.facts(tree)
        if rule == "none" {
            #expect(!facts.contains { $0.rule.hasPrefix("role.") }, "\(facts.map(Trees.describe))")
            #expect(Trees.document(tree).sentences.count == 1)
        } else {
            #expect(facts.contains { Trees.describe($0) == expected && $0.rule == rule }, "\(facts.map(Trees.describe))")
        }
    }

    @Test func titleWithAnAppositiveNameStandsForThePerson() {
        let facts = Trees.facts("""
            Gibraltar Gibraltar PROPN 4 nmod:poss
            's 's PART 1 case
            Chief Chief PROPN 4 compound
            Minister Minister PROPN 7 nsubj
            Peter Peter PROPN 6 compound
            Caruana Caruana PROPN 4 appos
            represents represent VERB 0 root
            citizens citizen NOUN 7 obj
            """).map(Trees.describe)
        #expect(facts.contains("Peter Caruana | represent | citizens"), "\(facts)")
        #expect(facts.contains("Peter Caruana | chief minister of | Gibraltar"), "\(facts)")
    }

    @Test func organisationBeforeATitle() {
        let facts = Trees.facts("""
            The the DET 5 det
            British British PROPN 4 compound
            National National PROPN 4 compound
            Party Party PROPN 5 compound
            leader leader NOUN 6 nsubj
            spoke speak VERB 0 root
            .  . PUNCT 6 punct

            BNP BNP PROPN 3 compound
            founding found VERB 3 amod VBG
            chairman chairman NOUN 5 compound
            John John PROPN 5 compound
            Tyndall Tyndall PROPN 7 nsubj:pass
            was be AUX 7 aux:pass
            arrested arrest VERB 0 root VBN
            """).map(Trees.describe)
        #expect(facts.contains("John Tyndall | founding chairman of | British National Party"), "\(facts)")
    }

    @Test func classNounWithANameRightAfterIt() {
        let facts = Trees.facts("""
            the the DET 3 det
            BBC BBC PROPN 3 compound
            documentary documentary NOUN 6 nsubj
            Secret Secret PROPN 5 compound
            Agent Agent PROPN 3 appos
            featured feature VERB 0 root
            footage footage NOUN 6 obj
            """).map(Trees.describe)
        #expect(facts.contains("Secret Agent | feature | footage"), "\(facts)")
        #expect(facts.contains("Secret Agent | be | BBC documentary"), "\(facts)")
    }

    @Test func appositiveAge() throws {
        let facts = Trees.facts("""
            Michael Michael PROPN 5 nsubj
            Jackson Jackson PROPN 1 flat
            , , PUNCT 4 punct
            46 46 NUM 1 appos
            denied deny VERB 0 root
            charges charge NOUN 5 obj
            """)
        let age = try #require(facts.first { $0.rule == "role.age" })
        #expect(Trees.describe(age) == "Michael Jackson | be aged | 46")
        #expect(age.object?.literal == .integer(46))
    }

    @Test func placeInAPlace() {
        let facts = Trees.facts("""
            Hofmann Hofmann PROPN 3 nsubj:pass
            was be AUX 3 aux:pass
            born bear VERB 0 root VBN
            in in ADP 7 case
            Salt Salt PROPN 7 compound
            Lake Lake PROPN 7 compound
            City City PROPN 3 obl
            , , PUNCT 9 punct
            Utah Utah PROPN 7 appos
            """).map(Trees.describe)
        #expect(facts.contains("Salt Lake City | be in | Utah"), "\(facts)")
        #expect(facts.contains("Hofmann | be born in | Salt Lake City"), "\(facts)")
    }

    @Test func untypedPlaceBesideACountryIsInIt() {
        let facts = Trees.facts("""
            Opel Opel PROPN 2 nsubj
            builds build VERB 0 root
            cars car NOUN 2 obj
            in in ADP 5 case
            Ruesselsheim Ruesselsheim PROPN 2 obl
            , , PUNCT 7 punct
            Germany Germany PROPN 5 appos
            . . PUNCT 2 punct
            """).map(Trees.describe)
        #expect(facts.contains("Ruesselsheim | be in | Germany"), "\(facts)")
        #expect(!facts.contains("Ruesselsheim | be | Germany"), "\(facts)")
    }

    @Test func twoNamesSideBySideAreAListNotAnIsA() {
        let facts = Trees.facts("""
            Electrolux Electrolux PROPN 2 nsubj
            owns own VERB 0 root
            AEG AEG PROPN 2 obj
            , , PUNCT 5 punct
            Zanussi Zanussi PROPN 3 appos
            . . PUNCT 2 punct
            """)
        #expect(!facts.contains { $0.rule == "role.appos.isa" })
    }

    @Test func coordinationAfterANounIsAListNotAnIsA() {
        let facts = Trees.facts("""
            She she PRON 2 nsubj
            grows grow VERB 0 root
            three three NUM 4 nummod
            fruits fruit NOUN 2 obj NNS
            , , PUNCT 6 punct
            apples apple NOUN 4 appos
            , , PUNCT 8 punct
            pears pear NOUN 6 conj
            and and CCONJ 10 cc
            plums plum NOUN 6 conj
            . . PUNCT 2 punct
            """)
        #expect(!facts.contains { $0.rule == "role.appos.isa" })
    }

    @Test(arguments: [
        ("""
        Profit profit NOUN 6 nsubj
        , , PUNCT 4 punct
        12 12 NUM 4 nummod
        % % SYM 1 appos
        , , PUNCT 4 punct
        rose rise VERB 0 root
        """, "an amount beside a noun"),
        ("""
        The the DET 2 det
        acquisition acquisition NOUN 5 nsubj
        , , PUNCT 4 punct
        extending extend VERB 2 appos
        helps help VERB 0 root
        """, "a verb read as an apposition"),
        ("""
        Derek Derek PROPN 6 nsubj
        Stevens Stevens PROPN 1 flat
        , , PUNCT 4 punct
        friend friend NOUN 1 appos
        , , PUNCT 4 punct
        spoke speak VERB 0 root
        """, "a bare common noun after a name"),
    ])
    func misreadAppositionsAreNoIsA(rows: String, why: String) {
        let facts = Trees.facts(rows)
        #expect(!facts.contains { $0.rule == "role.appos.isa" }, "\(why): \(facts)")
    }

    @Test func coordinatedRolesAfterANameAreAnIsA() throws {
        let facts = Trees.facts("""
            Ana Ana PROPN 8 nsubj
            Ruiz Ruiz PROPN 1 flat
            , , PUNCT 4 punct
            singer singer NOUN 1 appos
            and and CCONJ 6 cc
            painter painter NOUN 4 conj
            , , PUNCT 4 punct
            spoke speak VERB 0 root
            . . PUNCT 8 punct
            """)
        #expect(facts.contains { $0.rule == "role.appos.isa" && $0.object?.text == "singer and painter" })
    }

    @Test func descriptionBeforeANameIsAnOpenIEFact() throws {
        let rows = """
            The the DET 4 det
            hardware hardware NOUN 3 compound
            wholesaler wholesaler NOUN 5 compound
            William William PROPN 5 compound
            Frankfurth Frankfurth PROPN 6 nsubj
            died die VERB 0 root
            on on ADP 8 case
            Monday Monday PROPN 6 obl
            . . PUNCT 6 punct
            """
        let fact = try #require(Trees.facts(rows).first { $0.rule == "role.descriptor" })
        #expect(Trees.describe(fact) == "William Frankfurth | be | hardware wholesaler")
        #expect(fact.object?.text == "hardware wholesaler")
        let records = FactExtractor().records(for: Trees.document(rows), id: "d", title: "", source: "s").1
        #expect(!records.contains { $0.source.rule == "role.descriptor" })
    }

    @Test func honorificIsStrippedFromTheName() {
        let entities = DocumentEntitiesTests.entities("""
            Mr. Mr. PROPN 2 nmod:desc
            Baker Baker PROPN 3 nsubj
            left leave VERB 0 root
            """)
        #expect(entities.entity(sentence: 0, token: 1)?.name == "Baker")
        #expect(entities.entity(sentence: 0, token: 1)?.type == .person)
    }

    @Test func appositiveIsNotPartOfTheSubject() throws {
        let spoke = try #require(Trees.facts(Self.appositive).first { $0.lemmaPredicate == "speak to" })
        #expect(spoke.subject.text == "Sergei Lavrov")
    }

    @Test func lowConfidenceRolesStayOutOfTheGraph() {
        let document = Trees.document("""
            Britain Britain PROPN 3 nmod:poss
            's 's PART 1 case
            relationship relationship NOUN 5 nsubj
            had have AUX 5 aux
            declined decline VERB 0 root
            """)
        let extractor = FactExtractor()
        #expect(extractor.extract(document).contains { $0.rule == "role.possessor" })
        #expect(!extractor.records(for: document, id: "d", title: "", source: "").1.contains { $0.source.rule == "role.possessor" })
    }
}

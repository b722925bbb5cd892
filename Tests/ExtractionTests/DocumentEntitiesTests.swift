import Foundation
import GraphStore
import Language
import Testing
@testable import Extraction

/// Mentions → entities within an article (names, pronouns, acronyms) and across articles (aliases).
@Suite struct DocumentEntitiesTests {
    static let article = """
        Antony Antony PROPN 3 nsubj
        Blinken Blinken PROPN 1 flat
        met meet VERB 0 root
        Ukrainian Ukrainian ADJ 5 amod
        President President PROPN 6 compound
        Volodymyr Volodymyr PROPN 3 obj
        Zelensky Zelensky PROPN 6 flat
        in in ADP 9 case
        Kyiv Kyiv PROPN 3 obl
        . . PUNCT 3 punct

        Zelensky Zelensky PROPN 2 nsubj
        thanked thank VERB 0 root
        Blinken Blinken PROPN 2 obj
        . . PUNCT 2 punct

        He he PRON 2 nsubj
        praised praise VERB 0 root
        the the DET 5 det
        U.S. U.S. PROPN 5 compound
        support support NOUN 2 obj
        . . PUNCT 2 punct

        The the DET 2 det
        North North PROPN 5 compound
        Atlantic Atlantic PROPN 5 compound
        Treaty Treaty PROPN 5 compound
        Organization Organization PROPN 6 nsubj
        warned warn VERB 0 root
        Moscow Moscow PROPN 6 obj
        . . PUNCT 6 punct

        NATO NATO PROPN 2 nsubj
        backs back VERB 0 root
        Ukraine Ukraine PROPN 2 obj
        . . PUNCT 2 punct
        """

    static func entities(_ rows: String, lexicon: Lexicon = .standard) -> DocumentEntities {
        let document = Trees.document(rows)
        let trees = document.sentences.indices.map { SentenceTree(document: document, index: $0) }
        return DocumentEntities(trees: trees, lexicon: lexicon)
    }

    @Test func laterSurnamesAreTheEarlierFullNames() throws {
        let entities = Self.entities(Self.article)
        let blinken = try #require(entities.entity(sentence: 1, token: 2))
        #expect(blinken.name == "Antony Blinken")
        #expect(blinken.type == .person)
        #expect(blinken.aliases.contains("Blinken"))
        let zelensky = try #require(entities.entity(sentence: 1, token: 0))
        #expect(zelensky.name == "Volodymyr Zelensky")
        #expect(entities.entity(sentence: 0, token: 5)?.name == "Volodymyr Zelensky")
    }

    @Test func titleIsStrippedAndTypesThePerson() throws {
        let entities = Self.entities(Self.article)
        let mention = try #require(entities.mention(sentence: 0, token: 5))
        #expect(mention.name == "Volodymyr Zelensky")
        #expect(mention.title == "President")
        #expect(mention.titleCountryToken == 3)
        #expect(mention.type == .person)
    }

    @Test func pronounsResolveToTheMostSalientCompatibleAntecedent() {
        let entities = Self.entities(Self.article)
        // `He` (sentence 2) follows `Zelensky thanked Blinken`: the subject wins.
        #expect(entities.antecedent(ofPronoun: "He", sentence: 2, token: 0)?.entity.name == "Volodymyr Zelensky")
        // `its` cannot be a person.
        #expect(entities.antecedent(ofPronoun: "its", sentence: 4, token: 2)?.entity.type != .person)
    }

    @Test func pronounsInsideQuotationsStayUnresolved() {
        let facts = Trees.facts("""
            Russia Russia PROPN 2 nsubj
            massed mass VERB 0 root
            troops troop NOUN 2 obj

            “ “ PUNCT 4 punct
            It it PRON 4 nsubj
            is be AUX 4 cop
            dangerous dangerous ADJ 0 root
            , , PUNCT 4 punct
            ” ” PUNCT 4 punct
            it it PRON 8 nsubj
            warned warn VERB 4 parataxis
            Ukraine Ukraine PROPN 8 obj
            """)
        let quoted = facts.first { $0.subject.text == "It" }
        #expect(quoted?.subject.kind == .unresolved)
        #expect(facts.contains { $0.subject.text == "it" && $0.subject.entity.name == "Russia" })
    }

    @Test func commonNounSubjectsAreAntecedentsOfIt() {
        let facts = Trees.facts("""
            The the DET 2 det
            statement statement NOUN 3 nsubj
            angered anger VERB 0 root
            Russia Russia PROPN 3 obj

            It it PRON 2 nsubj
            triggered trigger VERB 0 root
            protests protest NOUN 2 obj
            """)
        let triggered = facts.first { $0.lemmaPredicate == "trigger" }
        #expect(triggered?.subject.entity.name == "statement")
        #expect(triggered?.subject.kind == .concept)
        #expect(triggered.flatMap(FactExtractor.record) == nil)
    }

    @Test func honorificSurnameIsTheEarlierUntypedFullName() {
        let entities = Self.entities("""
            Jack Jack PROPN 2 compound
            Straw Straw PROPN 3 nsubj
            hosted host VERB 0 root
            talks talk NOUN 3 obj

            Mr Mr PROPN 2 compound
            Straw Straw PROPN 3 nsubj
            agreed agree VERB 0 root

            Gibraltarians Gibraltarian NOUN 2 nsubj NNS
            voted vote VERB 0 root

            They they PRON 2 nsubj
            rejected reject VERB 0 root
            plans plan NOUN 2 obj
            """, lexicon: Lexicon.standard)
        #expect(entities.entity(sentence: 1, token: 1)?.name == "Jack Straw")
        #expect(entities.entity(sentence: 0, token: 1)?.type == .person)
        #expect(entities.entity(sentence: 2, token: 0)?.name == "Gibraltarians")
        #expect(entities.antecedent(ofPronoun: "They", sentence: 3, token: 0)?.entity.name == "Gibraltarians")
    }

    @Test func sourcesOfReportsAreNotTopics() {
        let facts = Trees.facts("""
            the the DET 3 det
            Biden Biden PROPN 3 compound
            administration administration NOUN 4 nsubj
            says say VERB 0 root
            the the DET 6 det
            Kremlin Kremlin PROPN 7 nsubj
            positioned position VERB 4 ccomp
            troops troop NOUN 7 obj

            It it PRON 3 nsubj
            has have AUX 3 aux
            put put VERB 0 root
            forces force NOUN 3 obj
            """).map(Trees.describe)
        #expect(facts.contains("Kremlin | put | forces"), "\(facts)")
    }

    @Test func acronymAndFullNameAreOneEntity() {
        let entities = Self.entities(Self.article)
        #expect(entities.entity(sentence: 3, token: 4)?.name == "NATO")
        #expect(entities.entity(sentence: 4, token: 0)?.name == "NATO")
    }

    @Test func aliasesMergeAcrossArticlesAndMetonymsStayApart() {
        let entities = Self.entities(Self.article)
        #expect(entities.entity(sentence: 2, token: 3)?.name == "United States")
        #expect(entities.entity(sentence: 3, token: 6)?.name == "Moscow")
    }

    @Test func userAliasFileMergesMetonyms() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("kg-aliases-\(UInt32.random(in: 0...UInt32.max)).tsv")
        try "Moscow\tRussia\n# comment\n\nbroken line without tab\n".write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let lexicon = try Lexicon.standard.adding(aliasFile: file)
        let entities = Self.entities(Self.article, lexicon: lexicon)
        #expect(entities.entity(sentence: 3, token: 6)?.name == "Russia")
    }

    @Test func factsCarryResolvedEntities() {
        let facts = Trees.facts(Self.article).map(Trees.describe)
        #expect(facts.contains("Antony Blinken | meet | Volodymyr Zelensky"))
        #expect(facts.contains("Volodymyr Zelensky | thank | Antony Blinken"))
        #expect(facts.contains("Volodymyr Zelensky | praise | U.S. support"))
        #expect(facts.contains("NATO | warn | Moscow"))
        #expect(facts.contains("Volodymyr Zelensky | president of | Ukraine"))
    }

    @Test func counterpartIsTheNearbyTitledPerson() throws {
        let facts = Trees.facts("""
            Blinken Blinken PROPN 3 nsubj
            will will AUX 3 aux
            meet meet VERB 0 root
            his his PRON 6 nmod:poss
            Russian Russian ADJ 6 amod
            counterpart counterpart NOUN 3 obj
            . . PUNCT 3 punct

            Ukrainian Ukrainian ADJ 2 amod
            President President PROPN 3 compound
            Volodymyr Volodymyr PROPN 5 nsubj
            Zelensky Zelensky PROPN 3 flat
            waits wait VERB 0 root
            . . PUNCT 5 punct

            He he PRON 2 nsubj
            met meet VERB 0 root
            Foreign foreign ADJ 4 amod
            Minister Minister PROPN 5 compound
            Sergei Sergei PROPN 2 obj
            Lavrov Lavrov PROPN 5 flat
            in in ADP 8 case
            December December PROPN 2 obl
            . . PUNCT 2 punct
            """)
        let meet = try #require(facts.first { $0.sentence == 0 && $0.predicate == "meet" })
        #expect(meet.object?.text == "his Russian counterpart")
        #expect(meet.object?.kind == .entity)
        #expect(meet.object?.entity.name == "Sergei Lavrov")
    }

    static let foreignSecretaries = """
        Foreign foreign ADJ 2 amod
        Secretary Secretary PROPN 3 compound
        Jack Jack PROPN 5 nsubj
        Straw Straw PROPN 3 flat
        spoke speak VERB 0 root
        . . PUNCT 5 punct

        The the DET 3 det
        foreign foreign ADJ 3 amod
        secretary secretary NOUN 4 nsubj
        left leave VERB 0 root
        Madrid Madrid PROPN 4 obj
        . . PUNCT 4 punct
        """

    @Test func titleDescriptionIsTheOnlyPersonWithThatTitle() throws {
        let left = try #require(Trees.facts(Self.foreignSecretaries).first { $0.predicate == "leave" })
        #expect(left.subject.kind == .entity)
        #expect(left.subject.entity.name == "Jack Straw")
        let second = """

            Foreign foreign ADJ 2 amod
            Secretary Secretary PROPN 3 compound
            Ana Ana PROPN 5 nsubj
            Palacio Palacio PROPN 3 flat
            stayed stay VERB 0 root
            . . PUNCT 5 punct
            """
        let ambiguous = try #require(Trees.facts(Self.foreignSecretaries + "\n" + second).first { $0.predicate == "leave" })
        #expect(ambiguous.subject.kind == .concept)
    }

    @Test func keywordNameGoesOnAcrossOfAndItsFirstWordStandsForIt() {
        let facts = Trees.facts("""
            The the DET 2 det
            Bank Bank PROPN 5 nsubj
            of of ADP 4 case
            England England PROPN 2 nmod
            raised raise VERB 0 root
            rates rate NOUN 5 obj
            . . PUNCT 5 punct

            The the DET 2 det
            Bank Bank PROPN 3 nsubj
            warned warn VERB 0 root
            lenders lender NOUN 3 obj
            . . PUNCT 3 punct
            """)
        #expect(facts.filter { $0.rule == "clause.svo" }.map(\.subject.entity.name) == ["Bank of England", "Bank of England"])
        #expect(facts.first?.subject.entity.type == .organization)
    }
}

import GraphStore
import Testing
@testable import Extraction

/// Sentence (hand-built UD tree) → facts, one row a construction.
@Suite struct ClauseExtractorTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var tree: String
        var expected: [String]
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "passive turned active", tree: """
            Crimea Crimea PROPN 3 nsubj:pass
            was be AUX 3 aux:pass
            annexed annex VERB 0 root VBN
            by by ADP 5 case
            Russia Russia PROPN 3 obl:agent
            in in ADP 7 case
            2014 2014 NUM 3 obl
            . . PUNCT 3 punct
            """, expected: ["Russia | annex | Crimea"]),
        Case(name: "light verb with preposition, title stripped", tree: """
            Secretary Secretary PROPN 4 compound
            of of ADP 3 case
            State State PROPN 1 nmod
            Antony Antony PROPN 7 nsubj
            Blinken Blinken PROPN 4 flat
            will will AUX 7 aux
            hold hold VERB 0 root
            talks talk NOUN 7 obj
            with with ADP 12 case
            his his PRON 12 nmod:poss
            Russian Russian ADJ 12 amod
            counterpart counterpart NOUN 7 obl
            on on ADP 14 case
            Friday Friday PROPN 7 obl
            . . PUNCT 7 punct
            """, expected: ["Antony Blinken | meet | russian counterpart", "Antony Blinken | hold | talks",
                            "Antony Blinken | be | secretary of state"]),
        Case(name: "object control", tree: """
            Blinken Blinken PROPN 2 nsubj
            urged urge VERB 0 root
            Russia Russia PROPN 2 obj
            to to PART 5 mark
            reverse reverse VERB 2 xcomp
            the the DET 7 det
            buildup buildup NOUN 5 obj
            . . PUNCT 2 punct
            """, expected: ["Blinken | urge | Russia", "Russia | reverse | buildup"]),
        Case(name: "subject control keeps the governing verb", tree: """
            The the DET 2 det
            administration administration NOUN 4 nsubj
            has have AUX 4 aux
            promised promise VERB 0 root
            to to PART 6 mark
            impose impose VERB 4 xcomp
            sanctions sanction NOUN 6 obj
            . . PUNCT 4 punct
            """, expected: ["administration | promise to impose | sanctions"]),
        Case(name: "relative clause and participial adjunct", tree: """
            Moscow Moscow PROPN 11 nsubj
            , , PUNCT 5 punct
            which which PRON 5 nsubj WDT
            has have AUX 5 aux
            accused accuse VERB 1 acl:relcl
            Ukraine Ukraine PROPN 5 obj
            of of SCONJ 8 mark
            threatening threaten VERB 5 advcl VBG
            Russian Russian ADJ 10 amod
            security security NOUN 8 obj
            wants want VERB 0 root
            talks talk NOUN 11 obj
            . . PUNCT 11 punct
            """, expected: ["Moscow | accuse | Ukraine", "Ukraine | threaten | russian security", "Moscow | want | talks"]),
        Case(name: "coordinated modifiers and places split", tree: """
            Blinken Blinken PROPN 2 nsubj
            conferred confer VERB 0 root
            with with ADP 7 case
            Ukrainian Ukrainian ADJ 7 amod
            and and CCONJ 6 cc
            NATO NATO PROPN 4 conj
            leaders leader NOUN 2 obl
            in in ADP 9 case
            Kyiv Kyiv PROPN 2 obl
            and and CCONJ 11 cc
            Berlin Berlin PROPN 9 conj
            . . PUNCT 2 punct
            """, expected: ["Blinken | confer with | ukrainian leaders", "Blinken | confer with | NATO leaders"]),
        Case(name: "copula with adjective and preposition", tree: """
            It it PRON 3 nsubj
            is be AUX 3 cop
            bigger big ADJ 0 root
            than than ADP 5 case
            Russia Russia PROPN 3 obl
            . . PUNCT 3 punct
            """, expected: ["It | be bigger than | Russia"]),
        Case(name: "copula with noun", tree: """
            Lavrov Lavrov PROPN 5 nsubj
            is be AUX 5 cop
            Russia Russia PROPN 5 nmod:poss
            's 's PART 3 case
            minister minister NOUN 0 root
            . . PUNCT 5 punct
            """, expected: ["Lavrov | minister of | Russia", "Lavrov | be | minister"]),
        Case(name: "particle", tree: """
            Russia Russia PROPN 2 nsubj
            cut cut VERB 0 root
            off off ADP 2 compound:prt
            the the DET 5 det
            gas gas NOUN 2 obj
            . . PUNCT 2 punct
            """, expected: ["Russia | cut off | gas"]),
        Case(name: "participle modifying a noun, passive", tree: """
            Troops troop NOUN 0 root
            deployed deploy VERB 1 acl VBN
            by by ADP 4 case
            Russia Russia PROPN 2 obl:agent
            . . PUNCT 1 punct
            """, expected: ["Russia | deploy | troops"]),
        Case(name: "place or time as the only complement", tree: """
            Hiester Hiester PROPN 3 nsubj:pass
            was be AUX 3 aux:pass
            born bear VERB 0 root VBN
            in in ADP 6 case
            Montgomery Montgomery PROPN 6 compound
            County County PROPN 3 obl
            on on ADP 8 case
            July July PROPN 3 obl
            17 17 NUM 8 nummod
            . . PUNCT 3 punct
            """, expected: ["Hiester | be born in | Montgomery County"]),
        Case(name: "open complement of an adjective", tree: """
            Soldiers soldier NOUN 3 nsubj
            were be AUX 3 cop
            able able ADJ 0 root
            to to PART 5 mark
            reinforce reinforce VERB 3 xcomp
            the the DET 7 det
            hotel hotel NOUN 5 obj
            . . PUNCT 3 punct
            """, expected: ["soldiers | be able to reinforce | hotel"]),
        Case(name: "participle: the noun without its own clause", tree: """
            Commissioners commissioner NOUN 4 nsubj
            sent send VERB 1 acl VBN
            abroad abroad ADV 2 advmod
            supervised supervise VERB 0 root
            merchants merchant NOUN 4 obj
            . . PUNCT 4 punct
            """, expected: ["commissioners | supervise | merchants"]),
        Case(name: "complements of a light verb's object", tree: """
            Blinken Blinken PROPN 2 nsubj
            held hold VERB 0 root
            talks talk NOUN 2 obj
            on on ADP 5 case
            Ukraine Ukraine PROPN 3 nmod
            . . PUNCT 2 punct
            """, expected: ["Blinken | hold talks on | Ukraine", "Blinken | hold | talks"]),
        Case(name: "repair: a relative that parsed as a that-clause", tree: """
            this this PRON 3 nsubj
            has have AUX 3 aux
            left leave VERB 0 root
            a a DET 5 det
            loophole loophole NOUN 3 obj
            that that PRON 8 mark WDT
            businesses business NOUN 8 nsubj
            exploit exploit VERB 3 ccomp VBP
            """, expected: ["businesses | exploit | loophole"]),
        Case(name: "repair: a finite verb left without subject", tree: """
            More more ADJ 0 root
            Japanese Japanese ADJ 3 amod
            investors investor NOUN 1 obl NNS
            are be AUX 5 aux VBP
            buying buy VERB 1 advcl VBG
            securities security NOUN 5 obj
            """, expected: ["japanese investors | buy | securities"]),
        Case(name: "repair: a verb tagged as a noun", tree: """
            The the DET 2 det
            lodge lodge NOUN 4 compound
            also also ADV 4 advmod
            houses house NOUN 0 root NNS
            the the DET 7 det
            Trail Trail PROPN 7 compound
            Crew Crew PROPN 4 obj
            """, expected: ["lodge | house | Trail Crew"]),
        Case(name: "right-shared object of conjoined verbs", tree: """
            He he PRON 2 nsubj
            founded found VERB 0 root
            and and CCONJ 4 cc
            led lead VERB 2 conj
            the the DET 6 det
            party party NOUN 2 obj
            """, expected: ["He | found | party", "He | lead | party"]),
        Case(name: "object control with the object read as iobj", tree: """
            Blinken Blinken PROPN 2 nsubj
            urged urge VERB 0 root
            Russia Russia PROPN 2 iobj
            to to PART 5 mark
            reverse reverse VERB 2 xcomp
            the the DET 7 det
            buildup buildup NOUN 5 obj
            . . PUNCT 2 punct
            """, expected: ["Blinken | urge | Russia", "Russia | reverse | buildup"]),
        Case(name: "a lone iobj is the object", tree: """
            She she PRON 2 nsubj
            told tell VERB 0 root
            Lavrov Lavrov PROPN 2 iobj
            . . PUNCT 2 punct
            """, expected: ["She | tell | Lavrov"]),
    ]

    @Test(arguments: cases)
    func extractsTheFactsAReaderWould(_ example: Case) {
        let found = Trees.facts(example.tree).map(Trees.describe)
        for fact in example.expected {
            #expect(found.contains(fact), "missing \(fact) in \(found)")
        }
    }

    @Test func passiveRecordsTimeVoiceAndRule() throws {
        let facts = Trees.facts(Self.cases[0].tree)
        let fact = try #require(facts.first { $0.rule == "clause.passive" })
        #expect(fact.passive)
        #expect(fact.time?.text == "in 2014")
        #expect(fact.surface == "was annexed by")
        #expect(fact.subject.text == "Russia")
        let line = try #require(FactFormatter.openIE(fact, sentence: "s"))
        #expect(line.split(separator: "\t").map(String.init) == ["s", FactFormatter.format4(fact.confidence),
                                                                  "was annexed by", "Crimea", "Russia", "in 2014"])
    }

    @Test func surfaceKeepsTheWordsAsWritten() throws {
        let able = Trees.facts(Self.cases[11].tree)
        #expect(able.map(\.surface) == ["were able to reinforce"])
        #expect(able.first?.subject.text == "Soldiers")
        let born = try #require(Trees.facts(Self.cases[10].tree).first)
        #expect(born.surface == "was born in")
        #expect(born.object?.text == "Montgomery County")
        #expect(born.time?.text == "on July 17")
        #expect(born.place == nil)
        let deployed = try #require(Trees.facts(Self.cases[9].tree).first)
        #expect(deployed.object?.text == "Troops")
    }

    @Test func quotationWithReportingVerbAsParataxis() throws {
        let facts = Trees.facts("""
            “ “ PUNCT 4 punct
            It it PRON 4 nsubj
            's be AUX 4 cop
            bigger big ADJ 0 root
            than than ADP 6 case
            Russia Russia PROPN 4 obl
            , , PUNCT 4 punct
            ” ” PUNCT 4 punct
            he he PRON 10 nsubj
            said say VERB 4 parataxis
            . . PUNCT 4 punct
            """)
        let said = try #require(facts.first { $0.lemmaPredicate == "say" })
        #expect(said.object?.text == "It 's bigger than Russia")
        #expect(said.object?.kind == .clause)
    }

    @Test func quotationHangingFromItsReport() throws {
        let facts = Trees.facts("""
            Craig Craig PROPN 2 nsubj
            admits admit VERB 0 root
            `` `` PUNCT 6 punct
            they they PRON 6 nsubj
            're be AUX 6 aux
            piggybacking piggyback VERB 2 parataxis VBG
            on on ADP 9 case
            our our PRON 9 nmod:poss
            reputation reputation NOUN 6 obl
            '' '' PUNCT 2 punct
            """)
        let admits = try #require(facts.first { $0.lemmaPredicate == "admit" })
        #expect(admits.object?.text == "they 're piggybacking on our reputation")
    }

    @Test func qualifiersAndFlags() throws {
        let talks = Trees.facts(Self.cases[1].tree)
        let meet = try #require(talks.first { $0.predicate == "meet" })
        #expect(meet.lemmaPredicate == "hold talks with")
        #expect(meet.surface == "will hold talks with")
        #expect(meet.time?.text == "on Friday")
        #expect(meet.flags.contains(.future))
        let conferred = Trees.facts(Self.cases[5].tree)
        #expect(conferred.allSatisfy { $0.place?.text == "in Kyiv and Berlin" })
    }

    @Test(arguments: [
        ("will", "not", FactFlags([.negated, .future])),
        ("could", "_", FactFlags([.hedged])),
        ("does", "not", FactFlags([.negated])),
    ])
    func negationAndModalityAreFlags(_ auxiliary: String, _ negation: String, _ flags: FactFlags) throws {
        let tree = """
            Washington Washington PROPN 4 nsubj
            \(auxiliary) \(auxiliary == "does" ? "do" : auxiliary) AUX 4 aux
            \(negation == "_" ? "really really ADV 4 advmod" : "not not PART 4 advmod")
            tolerate tolerate VERB 0 root
            aggression aggression NOUN 4 obj
            . . PUNCT 4 punct
            """
        let fact = try #require(Trees.facts(tree).first)
        #expect(fact.flags == flags)
        #expect(fact.lemmaPredicate == "tolerate")
    }

    @Test func relativePronounOfAMisattachedClauseIsTheNounBeforeIt() throws {
        // `which` read as the subject of a conjunct of the main verb, not of a relative clause.
        let facts = Trees.facts("""
            The the DET 2 det
            pair pair NOUN 3 nsubj
            developed develop VERB 0 root
            the the DET 5 det
            idea idea NOUN 3 obj
            , , PUNCT 8 punct
            which which PRON 8 nsubj WDT
            became become VERB 3 conj
            a a DET 10 det
            trust trust NOUN 8 obj
            . . PUNCT 3 punct
            """)
        let became = try #require(facts.first { $0.lemmaPredicate == "become" })
        #expect(became.subject.text == "the idea")
        #expect(became.rule == "clause.relcl")
    }

    @Test func relativePronounSubjectBesideItsNounIsThatNoun() throws {
        // `Pagans, who saw …` parsed with both as subjects of `saw`.
        let facts = Trees.facts("""
            Roman Roman ADJ 2 amod
            pagans pagan NOUN 5 nsubj
            , , PUNCT 5 punct
            who who PRON 5 nsubj WP
            saw see VERB 0 root
            the the DET 7 det
            gods god NOUN 5 obj
            . . PUNCT 5 punct
            """)
        #expect(facts.filter { $0.lemmaPredicate == "see" }.map(\.subject.text) == ["Roman pagans"])
    }

    @Test func emphaticReflexiveIsNoSecondSubject() {
        let facts = Trees.facts("""
            Jagan Jagan PROPN 3 nsubj
            himself himself PRON 3 nsubj
            raised raise VERB 0 root
            funds fund NOUN 3 obj
            . . PUNCT 3 punct
            """)
        #expect(facts.map(\.subject.text) == ["Jagan"])
    }

    @Test func prepositionalPhraseIsNoSecondSubject() {
        let facts = Trees.facts("""
            After after ADP 3 case
            an a DET 3 det
            absence absence NOUN 5 nsubj
            Keibler Keibler PROPN 5 nsubj
            began begin VERB 0 root
            a a DET 7 det
            feud feud NOUN 5 obj
            . . PUNCT 5 punct
            """)
        #expect(facts.map(\.subject.text) == ["Keibler"])
        let time = Trees.facts("""
            Last last ADJ 2 amod
            year year NOUN 5 nsubj
            the the DET 4 det
            company company NOUN 5 nsubj
            sold sell VERB 0 root
            shares share NOUN 5 obj
            . . PUNCT 5 punct
            """)
        #expect(time.map(\.subject.text) == ["the company"])
    }

    @Test func lightVerbKeepsANonEventObject() {
        let facts = Trees.facts("""
            Hill Hill PROPN 2 nsubj
            had have VERB 0 root
            responsibility responsibility NOUN 2 obj
            for for ADP 6 case
            an a DET 6 det
            army army NOUN 3 nmod
            . . PUNCT 2 punct
            """)
        #expect(facts.map(\.lemmaPredicate) == ["have"])
        #expect(facts.first?.object?.text == "responsibility for an army")
    }

    @Test func lightVerbLeavesTheEventsTimeAsAQualifier() {
        let facts = Trees.facts("""
            They they PRON 2 nsubj
            held hold VERB 0 root
            a a DET 4 det
            meeting meeting NOUN 2 obj
            in in ADP 7 case
            early early ADJ 7 amod
            December December PROPN 4 nmod
            . . PUNCT 2 punct
            """)
        #expect(!facts.contains { $0.lemmaPredicate == "hold meeting in" })
    }

    @Test func capitalisedConjunctGoesWithTheNameBeforeIt() {
        // `the West` parsed as a conjunct of `counterpart` rather than of `Russia`.
        let facts = Trees.facts("""
            Blinken Blinken PROPN 2 nsubj
            met meet VERB 0 root
            his his PRON 4 nmod:poss
            counterpart counterpart NOUN 2 obj
            amid amid ADP 6 case
            tension tension NOUN 4 nmod
            between between ADP 8 case
            Russia Russia PROPN 6 nmod
            and and CCONJ 11 cc
            the the DET 11 det
            West west NOUN 4 conj
            . . PUNCT 2 punct
            """)
        #expect(facts.filter { $0.lemmaPredicate == "meet" }.map { $0.object?.text ?? "" } == ["his counterpart amid tension between Russia"])
    }

    @Test func coordinatedObjectIsOneOpenIEArgumentAndSeveralGraphFacts() throws {
        let facts = Trees.facts("""
            The the DET 2 det
            bakery bakery NOUN 3 nsubj
            sells sell VERB 0 root
            bread bread NOUN 3 obj
            and and CCONJ 6 cc
            cakes cake NOUN 4 conj
            . . PUNCT 3 punct
            """)
        let sells = facts.filter { $0.lemmaPredicate == "sell" }
        #expect(sells.filter { $0.coordination == .split }.map { $0.object?.text ?? "" } == ["bread", "cakes"])
        #expect(sells.filter { $0.coordination == .joined }.map { $0.object?.text ?? "" } == ["bread and cakes"])
        let lines = FactFormatter.rankedForOpenIE(facts).compactMap { FactFormatter.openIE($0, sentence: "s") }
        #expect(lines.map { $0.split(separator: "\t").dropFirst(2).joined(separator: "|") } == ["sells|The bakery|bread and cakes"])
    }

    @Test func coordinatedSubjectIsOneOpenIEArgument() throws {
        let facts = Trees.facts("""
            Ana Ana PROPN 4 nsubj
            and and CCONJ 3 cc
            Omar Omar PROPN 1 conj
            opened open VERB 0 root
            a a DET 6 det
            cafe cafe NOUN 4 obj
            . . PUNCT 4 punct
            """)
        #expect(facts.filter { $0.coordination == .split }.map(\.subject.text) == ["Ana", "Omar"])
        let joined = try #require(facts.first { $0.coordination == .joined })
        #expect(joined.subject.text == "Ana and Omar")
        #expect(joined.object?.text == "a cafe")
    }

    @Test(arguments: [
        ("""
         Prices price NOUN 2 nsubj
         rose rise VERB 0 root
         sharply sharply ADV 2 advmod
         . . PUNCT 2 punct
         """, "sharply"),
        ("""
         When when ADV 4 advmod
         the the DET 4 det
         ice ice NOUN 4 nsubj
         melts melt VERB 7 advcl
         , , PUNCT 4 punct
         boats boat NOUN 7 nsubj
         leave leave VERB 0 root
         . . PUNCT 7 punct
         """, "When the ice melts"),
    ])
    func adverbialIsTheSecondArgumentOfAClauseWithoutComplement(_ tree: String, _ adverbial: String) throws {
        let facts = Trees.facts(tree)
        let fact = try #require(facts.first { $0.rule == "clause.adverbial" })
        #expect(fact.object?.text == adverbial)
        #expect(FactExtractor.openIEOnlyRules.contains(fact.rule))
    }

    @Test func adverbialIsNoArgumentBesideAnObject() {
        let facts = Trees.facts("""
            She she PRON 2 nsubj
            sold sell VERB 0 root
            the the DET 4 det
            car car NOUN 2 obj
            quickly quickly ADV 2 advmod
            . . PUNCT 2 punct
            """)
        #expect(!facts.contains { $0.rule == "clause.adverbial" })
    }

    @Test func factsOfSubordinateClausesRankLower() throws {
        let facts = Trees.facts("""
            The the DET 2 det
            mayor mayor NOUN 3 nsubj
            said say VERB 0 root
            that that SCONJ 8 mark
            the the DET 6 det
            council council NOUN 8 nsubj
            will will AUX 8 aux
            close close VERB 3 ccomp
            the the DET 10 det
            bridge bridge NOUN 8 obj
            . . PUNCT 3 punct
            """)
        let close = try #require(facts.first { $0.lemmaPredicate == "close" })
        let said = try #require(facts.first { $0.lemmaPredicate == "say" })
        #expect(close.subordinate)
        #expect(!said.subordinate)
        var main = close
        main.subordinate = false
        main.sentence = close.sentence + 1
        let ranked = FactFormatter.rankedForOpenIE([close, main])
        #expect(ranked[0].confidence == close.confidence * FactFormatter.subordinateDiscount)
        #expect(ranked[1].confidence == close.confidence)
    }

    @Test func existentialClauseHasWhatThereIsAsSubject() throws {
        let facts = Trees.facts("""
            There there PRON 2 expl
            were be VERB 0 root
            long long ADJ 4 amod
            delays delay NOUN 2 nsubj
            at at ADP 7 case
            the the DET 7 det
            harbour harbour NOUN 4 nmod
            . . PUNCT 2 punct
            """)
        let fact = try #require(facts.first { $0.rule == "clause.existential" })
        #expect(fact.subject.text == "long delays")
        #expect(fact.surface == "were at")
        #expect(fact.object?.text == "the harbour")
    }

    @Test func copulaKeepsThePrepositionOfItsPredicate() throws {
        let facts = Trees.facts("""
            The the DET 2 det
            keys key NOUN 6 nsubj
            are be AUX 6 cop
            under under ADP 6 case
            the the DET 6 det
            mat mat NOUN 0 root
            . . PUNCT 6 punct
            """)
        let fact = try #require(facts.first { $0.rule == "clause.copula" })
        #expect(fact.surface == "are under")
        #expect(fact.lemmaPredicate == "be under")
        #expect(fact.object?.text == "the mat")
    }

    @Test func coordinatedCopularPredicateIsOneOpenIEArgument() throws {
        let facts = Trees.facts("""
            Lena Lena PROPN 4 nsubj
            was be AUX 4 cop
            a a DET 4 det
            singer singer NOUN 0 root
            , , PUNCT 7 punct
            a a DET 7 det
            painter painter NOUN 4 conj
            and and CCONJ 10 cc
            a a DET 10 det
            poet poet NOUN 4 conj
            . . PUNCT 4 punct
            """).filter { $0.rule == "clause.copula" }
        #expect(facts.filter { $0.coordination == .split }.map { $0.object?.text ?? "" } == ["a singer"])
        #expect(facts.filter { $0.coordination == .joined }.map { $0.object?.text ?? "" } == ["a singer , a painter and a poet"])
    }

    @Test func adverbialClauseAfterTheVerbIsAFurtherArgument() throws {
        let facts = Trees.facts("""
            She she PRON 2 nsubj
            closed close VERB 0 root
            the the DET 4 det
            shop shop NOUN 2 obj
            because because SCONJ 8 mark
            the the DET 7 det
            rain rain NOUN 8 nsubj
            began begin VERB 2 advcl
            . . PUNCT 2 punct
            """)
        let closed = try #require(facts.first { $0.lemmaPredicate == "close" })
        #expect(closed.extraArguments.map(\.text) == ["because the rain began"])
        let line = try #require(FactFormatter.openIE(closed, sentence: "s"))
        #expect(line.hasSuffix("\tShe\tthe shop\tbecause the rain began"))
    }

    @Test func openComplementBringsItsCopulaIntoTheRelation() throws {
        let facts = Trees.facts("""
            The the DET 2 det
            bridge bridge NOUN 3 nsubj
            seems seem VERB 0 root
            to to PART 6 mark
            be be AUX 6 cop
            safe safe ADJ 3 xcomp
            . . PUNCT 3 punct
            """)
        let fact = try #require(facts.first { $0.lemmaPredicate == "seem" })
        #expect(fact.surface == "seems to be")
        #expect(fact.object?.text == "safe")
    }

    @Test func relativeClauseInACoordinatedCopularPredicateIsCutOut() throws {
        let facts = Trees.facts("""
            Lena Lena PROPN 4 nsubj
            was be AUX 4 cop
            a a DET 4 det
            singer singer NOUN 0 root
            and and CCONJ 7 cc
            a a DET 7 det
            painter painter NOUN 4 conj
            who who PRON 9 nsubj
            travelled travel VERB 7 acl:relcl
            . . PUNCT 4 punct
            """).filter { $0.rule == "clause.copula" && $0.coordination == .joined }
        #expect(facts.map { $0.object?.text ?? "" } == ["a singer and a painter"])
    }
}

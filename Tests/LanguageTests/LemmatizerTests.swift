import Testing
@testable import Language

@Suite struct LemmatizerTests {
    /// A tiny treebank of past-tense verbs (one word a sentence): `-aped` words drop `ed`,
    /// other `-ed` words drop only `d`.
    static func treebank(_ extra: [(form: String, xpos: String, lemma: String)]) throws -> Document {
        let words: [(form: String, xpos: String, lemma: String)] = [
            ("leaped", "VBD", "leap"), ("heaped", "VBD", "heap"), ("hoped", "VBD", "hope"),
            ("roped", "VBD", "rope"), ("liked", "VBD", "like"), ("baked", "VBD", "bake"),
        ] + extra
        let text = words.enumerated().map { k, w in
            let upos = w.xpos.hasPrefix("VB") ? "VERB" : "NOUN"
            return "# sent_id = \(k + 1)\n# text = \(w.form)\n1\t\(w.form)\t\(w.lemma)\t\(upos)\t\(w.xpos)\t_\t0\troot\t_\t_\n"
        }.joined(separator: "\n")
        return try CoNLLU.read(text + "\n")
    }

    @Test func longestSuffixRuleWinsForAnUnknownResult() throws {
        let lemmatizer = Lemmatizer.train(try Self.treebank([]))
        #expect(lemmatizer.lemma("taped", xpos: "VBD", upos: .VERB) == "tap")
        #expect(lemmatizer.lemma("raked", xpos: "VBD", upos: .VERB) == "rake")
    }

    @Test func shorterSuffixRuleWinsWhenOnlyItsResultIsAKnownBaseForm() throws {
        let lemmatizer = Lemmatizer.train(try Self.treebank([("tape", "VB", "tape")]))
        #expect(lemmatizer.lemma("taped", xpos: "VBD", upos: .VERB) == "tape")
        #expect(lemmatizer.lemma("leaped", xpos: "VBD", upos: .VERB) == "leap")
    }

    @Test func seenFormsAndProperNounsIgnoreRules() throws {
        let lemmatizer = Lemmatizer.train(try Self.treebank([("tape", "VB", "tape")]))
        #expect(lemmatizer.lemma("Hoped", xpos: "VBD", upos: .VERB) == "hope")
        #expect(lemmatizer.lemma("Taped", xpos: "NNP", upos: .PROPN) == "Taped")
    }

    @Test func numbersLoseThousandsSeparatorsOnly() throws {
        let lemmatizer = Lemmatizer.train(try Self.treebank([]))
        #expect(lemmatizer.lemma("420,588", xpos: "CD", upos: .NUM) == "420588")
        #expect(lemmatizer.lemma("1,250.75", xpos: "CD", upos: .NUM) == "1250.75")
        #expect(lemmatizer.lemma("3.5", xpos: "CD", upos: .NUM) == "3.5")
        #expect(lemmatizer.lemma(",5", xpos: "CD", upos: .NUM) == ",5")
        #expect(lemmatizer.lemma("5,", xpos: "CD", upos: .NUM) == "5,")
        #expect(lemmatizer.lemma("1,2a", xpos: "CD", upos: .NUM) == "1,2a")
    }

    @Test func capitalsStayOnlyForProperNouns() throws {
        let lemmatizer = Lemmatizer.train(try Self.treebank([]))
        #expect(lemmatizer.lemma("NATO", xpos: "NNP", upos: .PROPN) == "NATO")
        #expect(lemmatizer.lemma("GINSBURG", xpos: "NNP", upos: .PROPN) == "Ginsburg", "a name in capitals")
        #expect(lemmatizer.lemma("O'NEIL", xpos: "NNP", upos: .PROPN) == "O'NEIL", "letters only")
        #expect(lemmatizer.lemma("RFP", xpos: "NN", upos: .NOUN) == "rfp")
        #expect(lemmatizer.lemma("LIKED", xpos: "VBD", upos: .VERB) == "like")
        #expect(lemmatizer.lemma("AS400", xpos: "NN", upos: .NOUN) == "AS400", "codes keep their capitals")
        #expect(lemmatizer.lemma("12-Mar-03", xpos: "NN", upos: .NOUN) == "12-Mar-03")
    }

    @Test func abbreviatedMonthsAndDaysAreWrittenInFull() throws {
        let lemmatizer = Lemmatizer.train(try Self.treebank([("Sun", "NNP", "Sun")]))
        #expect(lemmatizer.lemma("Aug", xpos: "NNP", upos: .PROPN) == "August")
        #expect(lemmatizer.lemma("Sept.", xpos: "NNP", upos: .PROPN) == "September")
        #expect(lemmatizer.lemma("THURS", xpos: "NNP", upos: .PROPN) == "Thursday")
        #expect(lemmatizer.lemma("Sun", xpos: "NNP", upos: .PROPN) == "Sun", "the treebank comes first")
        #expect(lemmatizer.lemma("Fri", xpos: "NN", upos: .NOUN) == "fri", "only proper nouns")
        #expect(lemmatizer.lemma("May", xpos: "NNP", upos: .PROPN) == "May")
    }

    @Test func aDrawnOutFormTakesTheLemmaOfTheWordItStandsFor() throws {
        let lemmatizer = Lemmatizer.train(try Self.treebank([("so", "RB", "so"), ("pretty", "RB", "pretty"),
                                                             ("comments", "NNS", "comment")]))
        let known: Set<String> = ["soo", "comment"]
        #expect(lemmatizer.lemma("sooooo", xpos: "RB", upos: .ADV, isWord: known.contains) == "so",
                "a form the treebank has with the tag comes before a known word")
        #expect(lemmatizer.lemma("PRETTTY", xpos: "RB", upos: .ADV) == "pretty")
        #expect(lemmatizer.lemma("commments", xpos: "NNS", upos: .NOUN, isWord: known.contains) == "comment",
                "the shortened form is lemmatized as any other")
        #expect(lemmatizer.lemma("zzzz", xpos: "NN", upos: .NOUN) == "zzzz", "nothing known: the form stays")
        let shorter: Set<String> = ["oh", "100"]
        #expect(lemmatizer.lemma("Ooooh", xpos: "NNP", upos: .PROPN, isWord: shorter.contains) == "Ooooh", "not for proper nouns")
        #expect(lemmatizer.lemma("1000", xpos: "CD", upos: .NUM, isWord: shorter.contains) == "1000", "only runs of letters")
        let ie: Set<String> = ["ie", "a", "as"]
        #expect(lemmatizer.lemma("IEEE", xpos: "NN", upos: .NOUN, isWord: ie.contains) == "ieee", "not for short acronyms")
        #expect(lemmatizer.lemma("AAAs", xpos: "NNS", upos: .NOUN, isWord: ie.contains) == "aaas", "the suffix rules decide, as for any unseen form")
        #expect(lemmatizer.lemma("SOOOO", xpos: "RB", upos: .ADV) == "so", "capitals drawn out are not an acronym")
    }

    @Test func aFormUnseenWithItsTagTakesItsSiblingTagsLemma() throws {
        let lemmatizer = Lemmatizer.train(try Self.treebank([("swam", "VBD", "swim"), ("spoke", "VBN", "speak")]))
        #expect(lemmatizer.lemma("swam", xpos: "VBN", upos: .VERB) == "swim")
        #expect(lemmatizer.lemma("spoke", xpos: "VBD", upos: .VERB) == "speak")
        #expect(lemmatizer.lemma("spoke", xpos: "NN", upos: .NOUN) == "spoke", "nouns have no sibling tag")
    }

    @Test func aRuleWhoseResultIsAKnownWordWinsOverALongerOne() throws {
        let lemmatizer = Lemmatizer.train(try Self.treebank([]))
        // The longest rule gives `tap`; with `tape` known as a word, the shorter rule wins.
        #expect(lemmatizer.lemma("taped", xpos: "VBD", upos: .VERB, isWord: { $0 == "tape" }) == "tape")
        #expect(lemmatizer.lemma("taped", xpos: "VBD", upos: .VERB, isWord: { $0 == "tap" }) == "tap")
        #expect(lemmatizer.lemma("taped", xpos: "VBD", upos: .VERB, isWord: { _ in false }) == "tap")
        // A known base form from the treebank still beats a known word.
        let withBase = Lemmatizer.train(try Self.treebank([("tap", "VB", "tap")]))
        #expect(withBase.lemma("taped", xpos: "VBD", upos: .VERB, isWord: { $0 == "tape" }) == "tap")
    }

    @Test func droppingEsWhenNoRuleGivesAKnownWord() throws {
        let plurals = [("shoes", "NNS", "shoe"), ("toes", "NNS", "toe"), ("houses", "NNS", "house")]
        let lemmatizer = Lemmatizer.train(try Self.treebank(plurals))
        // The rules learned say drop `s`; `heroe` is no word, `hero` is.
        #expect(lemmatizer.lemma("heroes", xpos: "NNS", upos: .NOUN, isWord: { $0 == "hero" }) == "hero")
        #expect(lemmatizer.lemma("heroes", xpos: "NNS", upos: .NOUN, isWord: { _ in false }) == "heroe")
        // When the rule's own result is a word, it stays (`canoes` → `canoe`, though `cano` were one).
        #expect(lemmatizer.lemma("canoes", xpos: "NNS", upos: .NOUN, isWord: { $0 == "canoe" || $0 == "cano" }) == "canoe")
    }

    @Test func aKnownWordOfTwoLettersDoesNotDecide() throws {
        let doubled = ["stop", "drop", "chop", "shop", "mop", "pop", "top"].map { ($0 + "ped", "VBD", $0) }
        let lemmatizer = Lemmatizer.train(try Self.treebank(doubled))
        // The longest rule (`-ped` → drop three letters, from `stopped`) gives `du`; `du` may be a
        // known word (of French names), but no verb stem is that short, so `dupe` wins.
        #expect(lemmatizer.lemma("duped", xpos: "VBD", upos: .VERB, isWord: { $0 == "du" || $0 == "dupe" }) == "dupe")
        #expect(lemmatizer.lemma("duped", xpos: "VBD", upos: .VERB, isWord: { _ in false }) == "du")
    }

    @Test func aDottedNameOrAShortAcronymKeepsItsEnding() throws {
        let plurals = [("rabbits", "NNS", "rabbit"), ("dolphins", "NNS", "dolphin")]
        let lemmatizer = Lemmatizer.train(try Self.treebank(plurals))
        #expect(lemmatizer.lemma("alt.animals.dolphins", xpos: "NNS", upos: .NOUN) == "alt.animals.dolphins")
        #expect(lemmatizer.lemma("penguins", xpos: "NNS", upos: .NOUN) == "penguin", "an unseen plural still loses its s")
        #expect(lemmatizer.lemma("VHS", xpos: "NNS", upos: .NOUN) == "vhs", "an acronym of four letters or fewer is no plural")
        #expect(lemmatizer.lemma("PENGUINS", xpos: "NNS", upos: .NOUN) == "penguin")
    }

    @Test func englishSpellingChangesAreUndoneWhenNoRuleGivesABaseForm() throws {
        let words = [("looking", "VBG", "look"), ("working", "VBG", "work"), ("walking", "VBG", "walk"),
                     ("provoke", "VB", "provoke"), ("model", "VB", "model"), ("mimic", "VB", "mimic")]
        let lemmatizer = Lemmatizer.train(try Self.treebank(words))
        #expect(lemmatizer.lemma("provoking", xpos: "VBG", upos: .VERB) == "provoke")
        #expect(lemmatizer.lemma("modelling", xpos: "VBG", upos: .VERB) == "model")
        #expect(lemmatizer.lemma("mimicking", xpos: "VBG", upos: .VERB) == "mimic")
        #expect(lemmatizer.lemma("talking", xpos: "VBG", upos: .VERB) == "talk", "the rule's own result needs no respelling")
        #expect(lemmatizer.lemma("precoding", xpos: "VBG", upos: .VERB) == "precod", "unknown either way: the rule's result")
        #expect(lemmatizer.lemma("precoding", xpos: "VBG", upos: .VERB, isWord: { $0 == "precode" }) == "precode")
    }

    @Test func aSuperlativeWithoutAFittingRuleLosesItsRegularEnding() throws {
        // `-est` is `-st` in `largest` and `-est` in `newest`, and nothing in `least`: no rule
        // strips anything (and `closest`, being a word itself, says nothing).
        let words = [("largest", "JJS", "large"), ("latest", "JJS", "late"), ("least", "JJS", "least"),
                     ("newest", "JJS", "new"), ("lowest", "JJS", "low"), ("most", "JJS", "most"), ("best", "JJS", "good"),
                     ("close", "JJ", "close"), ("hot", "JJ", "hot"), ("happy", "JJ", "happy")]
        let lemmatizer = Lemmatizer.train(try Self.treebank(words))
        let isWord: (String) -> Bool = { ["closest", "hottest", "happiest"].contains($0) }
        #expect(lemmatizer.lemma("closest", xpos: "JJS", upos: .ADJ, isWord: isWord) == "close")
        #expect(lemmatizer.lemma("hottest", xpos: "JJS", upos: .ADJ, isWord: isWord) == "hot")
        #expect(lemmatizer.lemma("happiest", xpos: "JJS", upos: .ADJ, isWord: isWord) == "happy")
        #expect(lemmatizer.lemma("oddest", xpos: "JJS", upos: .ADJ, isWord: { $0 == "odd" }) == "odd")
        #expect(lemmatizer.lemma("zanyest", xpos: "JJS", upos: .ADJ) == "zanyest", "nothing known: the form")
    }

    /// Tagged tokens of one sentence: (form, UPOS, XPOS).
    static func sentence(_ words: [(String, UPOS, String)]) -> [Token] {
        words.enumerated().map { k, w in Token(start: k, end: k + 1, form: w.0, spaceAfter: true, upos: w.1, xpos: w.2) }
    }

    @Test(arguments: [
        (["She", "'s", "been", "there"], "have"), (["It", "’s", "never", "got", "better"], "have"),
        (["It", "'s", "done"], "be"), (["He", "'s", "here"], "be"), (["It", "'s"], "be"),
    ])
    func theCliticSIsHaveBeforeBeenOrGot(forms: [String], lemma: String) throws {
        let lemmatizer = Lemmatizer.train(try Self.treebank([("'s", "VBZ", "be"), ("is", "VBZ", "be")]))
        let tags: [String: (UPOS, String)] = [
            "'s": (.AUX, "VBZ"), "’s": (.AUX, "VBZ"), "been": (.AUX, "VBN"), "got": (.VERB, "VBN"), "done": (.VERB, "VBN"),
            "never": (.ADV, "RB"), "here": (.ADV, "RB"), "there": (.ADV, "RB"), "better": (.ADJ, "JJR"),
        ]
        var tokens = Self.sentence(forms.map { ($0, tags[$0]?.0 ?? .PRON, tags[$0]?.1 ?? "PRP") })
        lemmatizer.lemmatize(&tokens, tokens.indices)
        #expect(tokens[1].lemma == lemma)
        #expect(tokens[0].lemma == forms[0].lowercased(), "the other words keep their own lemmas")
    }
}

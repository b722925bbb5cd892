import Foundation
import GraphStore
import Language
import Testing
@testable import Extraction

/// The public API: records for the graph, predicate synonyms, and bad input.
@Suite struct FactExtractorTests {
    @Test(arguments: [
        ("hold talks with", "meet"), ("hold talk with", "meet"), ("meet with", "meet"),
        ("have a meeting with", "meet"), ("confer with", "confer with"), ("annex", "annex"),
    ])
    func synonymsGiveCanonicalPredicates(_ phrase: String, _ canonical: String) {
        #expect(FactExtractor().canonicalPredicate(phrase) == canonical)
    }

    @Test func extractionWorksWithoutAnyLexicon() {
        let facts = FactExtractor(lexicon: .empty).extract(Trees.document(ClauseExtractorTests.cases[0].tree))
        #expect(facts.map(Trees.describe).contains("Russia | annex | Crimea"))
        #expect(facts.allSatisfy { $0.subject.entity.type == .other })
    }

    @Test func oneExtractorServesManyTasks() async {
        let extractor = FactExtractor()
        let documents = [ClauseExtractorTests.cases[0].tree, DocumentEntitiesTests.article, NominalExtractorTests.attackTree]
            .map(Trees.document)
        let sequential = documents.map { extractor.extract($0).map(Trees.describe) }
        let parallel = await withTaskGroup(of: (Int, [String]).self) { group in
            for _ in 0..<4 {
                for (index, document) in documents.enumerated() {
                    group.addTask { (index, extractor.extract(document).map(Trees.describe)) }
                }
            }
            var results: [(Int, [String])] = []
            for await result in group { results.append(result) }
            return results
        }
        #expect(parallel.count == 12)
        for (index, facts) in parallel { #expect(facts == sequential[index]) }
    }

    @Test func userSynonymFileExtendsTheLexicon() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("kg-synonyms-\(UInt32.random(in: 0...UInt32.max)).tsv")
        try "talk with\tmeet\n".write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let extractor = FactExtractor(lexicon: try Lexicon.standard.adding(synonymFile: file))
        #expect(extractor.canonicalPredicate("talk with") == "meet")
        #expect(FactExtractor().canonicalPredicate("talk with") == "talk with")
    }

    @Test func missingUserFileThrows() {
        #expect(throws: (any Error).self) {
            try Lexicon.standard.adding(aliasFile: URL(fileURLWithPath: "/nonexistent/kg-aliases.tsv"))
        }
    }

    @Test func recordsKeepEntityFactsWithProvenance() throws {
        let document = Trees.document(ClauseExtractorTests.cases[0].tree)
        let (record, facts) = FactExtractor().records(for: document, id: "a1", title: "T", source: "test")
        #expect(record.sentences == ["Crimea was annexed by Russia in 2014 ."])
        #expect(record.contentHash == FactExtractor.contentHash(document.text))
        #expect(record.contentHash != FactExtractor.contentHash(document.text + " "))
        let fact = try #require(facts.first { $0.predicate == "annex" })
        #expect(fact.subject.name == "Russia")
        #expect(fact.subject.type == .place)
        #expect(fact.object == .entity(EntityRecord(name: "Crimea", type: .place)))
        #expect(fact.time == "in 2014")
        #expect(fact.source.rule == "clause.passive")
        #expect(fact.source.surface == "was annexed by")
        #expect((0...1).contains(fact.source.confidence))
        let sentence = record.sentences[0]
        let bytes = Array(sentence.utf8)[fact.source.span]
        #expect(String(decoding: bytes, as: UTF8.self) == "Crimea was annexed by Russia")
    }

    @Test func argumentSpansPointAtTheirText() {
        let document = Trees.document(DocumentEntitiesTests.article)
        for fact in FactExtractor().extract(document) {
            let sentence = Array(document.sentenceText(fact.sentence).utf8)
            for argument in [fact.subject] + (fact.object.map { [$0] } ?? []) where argument.span.upperBound <= sentence.count {
                let text = String(decoding: sentence[argument.span], as: UTF8.self)
                #expect(text.hasPrefix(argument.text.prefix(while: { $0 != " " })), "\(argument.text) vs \(text)")
            }
        }
    }

    static let badInputs: [(String, String)] = [
        ("no verb", """
        Ukraine Ukraine PROPN 2 compound
        crisis crisis NOUN 0 root
        : : PUNCT 4 punct
        updates update NOUN 2 appos
        """),
        ("list", """
        apples apple NOUN 0 root
        , , PUNCT 3 punct
        pears pear NOUN 1 conj
        , , PUNCT 5 punct
        plums plum NOUN 1 conj
        """),
        ("all capitals", """
        RUSSIA RUSSIA PROPN 2 nsubj
        DENIES DENIES PROPN 0 root
        INVASION INVASION PROPN 2 obj
        PLANS PLANS PROPN 3 flat
        """),
        ("non-English", """
        Der der X 2 det
        Minister Minister X 3 nsubj
        sprach sprechen X 0 root
        über über X 5 case
        Sanktionen Sanktion X 3 obl
        """),
    ]

    @Test(arguments: badInputs)
    func badInputDoesNotCrash(_ name: String, _ rows: String) {
        let facts = Trees.facts(rows)
        #expect(facts.allSatisfy { (0...1).contains($0.confidence) }, "\(name)")
    }

    @Test func emptyAndBrokenTreesYieldNoCrash() {
        #expect(FactExtractor().extract(Document(text: "", tokens: [], sentences: [])).isEmpty)
        // Heads out of range, self-loops and a cycle.
        var tokens: [Token] = []
        var text = ""
        for (i, word) in ["they", "met", "him", "again", "today"].enumerated() {
            let start = text.utf8.count
            text += word + " "
            let heads: [Int?] = [1, 2, 1, 3, 99]
            tokens.append(Token(start: start, end: start + word.utf8.count, form: word, spaceAfter: true, lemma: word,
                                upos: i == 1 ? .VERB : .PRON, head: heads[i], deprel: i == 0 ? "nsubj" : "obj"))
        }
        tokens[3].head = 3
        let document = Document(text: text, tokens: tokens, sentences: [0..<5, 5..<9])
        _ = FactExtractor().extract(document)
    }

    @Test func longSentencesStayLinear() {
        // 200 tokens: a chain of coordinated verbs, each with a subject and an object.
        var rows: [String] = []
        for k in 0..<66 {
            let verb = rows.count + 2
            rows.append("Russia Russia PROPN \(verb) nsubj")
            rows.append("warned warn VERB \(k == 0 ? 0 : 2) \(k == 0 ? "root" : "conj")")
            rows.append("Region\(k) Region\(k) PROPN \(verb) obj")
        }
        rows.append(". . PUNCT 2 punct")
        rows.append("again again ADV 2 advmod")
        let clock = ContinuousClock()
        var facts: [ExtractedFact] = []
        let elapsed = clock.measure { facts = Trees.facts(rows.joined(separator: "\n")) }
        #expect(rows.count == 200)
        #expect(facts.count >= 66)
        #expect(elapsed < .seconds(2))
    }

    @Test func tooLongSentencesAreSkipped() {
        var extractor = FactExtractor()
        extractor.maxSentenceTokens = 3
        let document = Trees.document(ClauseExtractorTests.cases[0].tree)
        #expect(extractor.extract(document).isEmpty)
    }
}

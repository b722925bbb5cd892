import Foundation
import Language
import Testing
@testable import Extraction

/// The extractors over the gold UD trees of English EWT dev (../shared): no crash, sane facts,
/// and known sentences giving the facts a reader would write. Skipped when ../shared is absent.
@Suite struct GoldTreeTests {
    /// EWT dev and its facts, read and extracted once for all the tests here (with the time
    /// extraction took), or `nil` when ../shared is absent.
    static let dev: (document: Document, facts: [ExtractedFact], elapsed: Duration)? = {
        guard let url = Trees.sharedData("data/ud-english-ewt/en_ewt-ud-dev.conllu"),
              let text = try? String(contentsOf: url, encoding: .utf8),
              let document = try? CoNLLU.read(text) else {
            print("GoldTreeTests skipped: ../shared/data/ud-english-ewt/en_ewt-ud-dev.conllu is absent or unreadable")
            return nil
        }
        var facts: [ExtractedFact] = []
        let elapsed = ContinuousClock().measure { facts = FactExtractor().extract(document) }
        return (document, facts, elapsed)
    }()

    @Test func everyFactIsWellFormed() throws {
        guard let (document, facts, elapsed) = Self.dev else { return }
        #expect(facts.count > document.sentences.count / 2)
        #expect(elapsed < .seconds(30))
        for fact in facts {
            let length = document.sentenceText(fact.sentence).utf8.count
            #expect(!fact.subject.text.isEmpty && !fact.predicate.isEmpty)
            #expect((0...1).contains(fact.confidence))
            for argument in [fact.subject] + (fact.object.map { [$0] } ?? []) where argument.kind != .entity || !argument.viaPronoun {
                #expect(argument.span.upperBound <= length, "\(argument.text) in sentence \(fact.sentence)")
            }
        }
    }

    @Test(arguments: [
        ("President Bush on Tuesday nominated two individuals", "Bush | nominate | two individuals"),
        ("Bush nominated Jennifer M. Anderson for a 15-year term", "Bush | nominate | Jennifer M. Anderson"),
        ("The US troops fired into the hostile crowd", "US troops | fire into | hostile crowd"),
    ])
    func knownSentences(_ start: String, _ expected: String) throws {
        guard let (document, allFacts, _) = Self.dev else { return }
        let sentence = try #require(document.sentences.indices.first { document.sentenceText($0).hasPrefix(start) })
        let facts = allFacts.filter { $0.sentence == sentence }
        #expect(facts.map(Trees.describe).contains(expected), "\(facts.map(Trees.describe))")
    }
}

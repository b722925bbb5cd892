import Foundation
import GraphStore
import Testing
@testable import Extraction

/// Open IE lines and JSON Lines.
@Suite struct FactFormatterTests {
    static func fact(subject: String, object: String?, passive: Bool = false) -> ExtractedFact {
        let subjectArgument = FactArgument(text: subject, span: 0..<subject.utf8.count, kind: .entity,
                                           entity: EntityRecord(name: subject, type: .place))
        let objectArgument = object.map {
            FactArgument(text: $0, span: 0..<$0.utf8.count, kind: .concept, entity: EntityRecord(name: $0))
        }
        let time = FactArgument(text: "in 2014", span: 0..<7, kind: .literal, entity: EntityRecord(name: "2014"),
                                literal: .year(2014))
        return ExtractedFact(subject: subjectArgument, predicate: "annex", lemmaPredicate: "annex",
                             surface: passive ? "was annexed by" : "annexed", object: objectArgument,
                             extraArguments: [time], time: time, flags: [.hedged], passive: passive,
                             confidence: 0.123456, rule: "clause.svo", sentence: 2)
    }

    @Test func openIELineIsTabSeparatedInTheSentencesVoice() throws {
        let active = try #require(FactFormatter.openIE(Self.fact(subject: "Russia", object: "Crimea"), sentence: "S\tx"))
        #expect(active == "S x\t0.1235\tannexed\tRussia\tCrimea\tin 2014")
        let passive = try #require(FactFormatter.openIE(Self.fact(subject: "Russia", object: "Crimea", passive: true),
                                                        sentence: "S"))
        #expect(passive == "S\t0.1235\twas annexed by\tCrimea\tRussia\tin 2014")
        #expect(FactFormatter.openIE(Self.fact(subject: "Russia", object: nil), sentence: "S") == nil)
        var redundant = Self.fact(subject: "Russia", object: "Crimea")
        redundant.redundant = true
        #expect(FactFormatter.openIE(redundant, sentence: "S") == nil)
    }

    @Test func openIEPrintsTheWholeCoordinationAndTheGraphItsConjuncts() throws {
        var split = Self.fact(subject: "Russia", object: "Crimea")
        split.coordination = .split
        var joined = Self.fact(subject: "Russia", object: "Crimea and Donbas")
        joined.coordination = .joined
        #expect(FactFormatter.openIE(split, sentence: "S") == nil)
        #expect(try #require(FactFormatter.openIE(joined, sentence: "S")).contains("\tCrimea and Donbas\t"))
        #expect(FactExtractor.record(split) != nil)
        #expect(FactExtractor.record(joined) == nil)
        // A split fact takes no rank: the joined one after the first fact is second, not third.
        let ranked = FactFormatter.rankedForOpenIE([Self.fact(subject: "Russia", object: "Kyiv"), split, joined])
        #expect(ranked[2].confidence == 0.123456 * FactFormatter.rankDiscount)
        let json = FactFormatter.json(joined, sentence: "S")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["coordination"] as? String == "joined")
    }

    @Test func openIEConfidenceFallsWithRankInTheSentence() {
        var facts = (0..<3).map { _ in Self.fact(subject: "Russia", object: "Crimea") }
        facts[0].confidence = 0.5
        facts[1].confidence = 0.8
        facts[2].confidence = 0.5
        facts.append(Self.fact(subject: "Russia", object: nil))
        var other = Self.fact(subject: "Russia", object: "Crimea")
        other.sentence = 3
        facts.append(other)
        let ranked = FactFormatter.rankedForOpenIE(facts)
        let d = FactFormatter.rankDiscount
        #expect(ranked.map(\.confidence) == [0.5 * d, 0.8, 0.5 * d * d, 0.123456, 0.123456])
    }

    @Test func jsonIsValidAndComplete() throws {
        let line = FactFormatter.json(Self.fact(subject: "Quote \" and \\ and \n", object: "Crimea"), sentence: "tab\there")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        #expect(object["predicate"] as? String == "annex")
        #expect(object["text"] as? String == "tab\there")
        #expect(object["flags"] as? [String] == ["hedged"])
        #expect(object["time"] as? String == "in 2014")
        #expect(object["sentence"] as? Int == 2)
        let subject = try #require(object["subject"] as? [String: Any])
        #expect(subject["text"] as? String == "Quote \" and \\ and \n")
        #expect(subject["type"] as? String == "place")
        #expect(subject["span"] as? [Int] == [0, 19])
    }

    @Test(arguments: [(0.9, "0.9"), (0.72249, "0.7225"), (1, "1.0"), (0, "0.0")])
    func confidencesHaveFourDecimals(_ value: Double, _ text: String) {
        #expect(FactFormatter.format4(value) == text)
    }

    @Test func controlCharactersAreEscaped() {
        #expect(FactFormatter.quote("a\u{01}b") == "\"a\\u0001b\"")
    }
}

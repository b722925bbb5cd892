import Foundation
import GraphStore
import Language
import Testing
@testable import Extraction

/// The seed article against hand-written gold facts: precision and recall of the graph records.
@Suite struct SeedArticleTests {
    struct Gold {
        var sentence: Int
        var subject: String
        var predicate: String
        var object: String
    }

    static func gold() throws -> [Gold] {
        let text = try String(contentsOf: Trees.fixture("blinken-lavrov.gold.tsv"), encoding: .utf8)
        return text.split(separator: "\n").compactMap { line in
            let fields = line.split(separator: "\t").map(String.init)
            guard !line.hasPrefix("#"), fields.count == 4, let sentence = Int(fields[0]) else { return nil }
            return Gold(sentence: sentence, subject: fields[1], predicate: fields[2], object: fields[3])
        }
    }

    static func records() throws -> [FactRecord] {
        let conllu = try String(contentsOf: Trees.fixture("blinken-lavrov.conllu"), encoding: .utf8)
        let document = try CoNLLU.read(conllu)
        return FactExtractor().records(for: document, id: "seed", title: "", source: "seeds/blinken-lavrov.txt").1
    }

    /// Whether a record states a gold fact: same sentence, subject and predicate; the object is
    /// the named entity, or a concept holding the gold's key words.
    static func matches(_ record: FactRecord, _ gold: Gold) -> Bool {
        guard record.source.sentence == gold.sentence, record.subject.name == gold.subject,
              record.predicate == gold.predicate else { return false }
        switch record.object {
        case .entity(let entity):
            if entity.name == gold.object { return true }
            let words = Set(entity.name.lowercased().split(separator: " "))
            return gold.object.lowercased().split(separator: " ").allSatisfy(words.contains)
        case .literal(let literal):
            if case .string(let value, _) = literal { return value == gold.object.lowercased() }
            return false
        }
    }

    @Test func precisionAndRecallAgainstGold() throws {
        let gold = try Self.gold()
        let records = try Self.records()
        #expect(gold.count >= 30)
        let found = gold.filter { g in records.contains { Self.matches($0, g) } }
        let correct = records.filter { r in gold.contains { Self.matches(r, $0) } }
        let recall = Double(found.count) / Double(gold.count)
        let precision = records.isEmpty ? 0 : Double(correct.count) / Double(records.count)
        print("seed article: precision \(correct.count)/\(records.count) = \(precision), recall \(found.count)/\(gold.count) = \(recall)")
        for g in gold where !found.contains(where: { $0.sentence == g.sentence && $0.subject == g.subject && $0.predicate == g.predicate && $0.object == g.object }) {
            print("  missed: \(g.sentence) \(g.subject) | \(g.predicate) | \(g.object)")
        }
        for r in records where !correct.contains(r) {
            print("  extra: \(r.source.sentence) \(r.subject.name) | \(r.predicate) | \(r.object) [\(r.source.rule)]")
        }
        #expect(recall >= 0.7)
        #expect(precision >= 0.5)
    }

    @Test(arguments: [
        (3, "Antony Blinken", "meet", "Sergei Lavrov"),
        (6, "Russia", "annex", "Crimea"),
        (12, "Volodymyr Zelensky", "president of", "Ukraine"),
    ])
    func acceptanceFacts(_ sentence: Int, _ subject: String, _ predicate: String, _ object: String) throws {
        let records = try Self.records()
        let gold = Gold(sentence: sentence, subject: subject, predicate: predicate, object: object)
        #expect(records.contains { Self.matches($0, gold) })
    }

    @Test func surnamesAndFullNamesAreOneEntity() throws {
        let records = try Self.records()
        let subjects = Set(records.map(\.subject.name))
        #expect(subjects.contains("Antony Blinken"))
        #expect(!subjects.contains("Blinken"))
        let people = records.flatMap { record -> [EntityRecord] in
            if case .entity(let entity) = record.object { return [record.subject, entity] }
            return [record.subject]
        }
        #expect(!people.contains { $0.name == "Zelensky" })
        #expect(people.contains { $0.name == "Antony Blinken" && $0.aliases.contains("Blinken") })
    }
}

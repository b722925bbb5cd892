import Foundation
import GraphStore
import Language
import Testing
@testable import Extraction

/// Articles against hand-written gold facts: precision and recall of the graph records.
@Suite struct SeedArticleTests {
    struct Gold: Equatable {
        /// The sentence index, or `nil` for any sentence.
        var sentence: Int?
        var subject: String
        var predicate: String
        var object: String
    }

    static func gold(_ article: String) throws -> [Gold] {
        let text = try String(contentsOf: Trees.fixture(article + ".gold.tsv"), encoding: .utf8)
        return text.split(separator: "\n").compactMap { line in
            let fields = line.split(separator: "\t").map(String.init)
            guard !line.hasPrefix("#"), fields.count == 4 else { return nil }
            return Gold(sentence: Int(fields[0]), subject: fields[1], predicate: fields[2], object: fields[3])
        }
    }

    static func records(_ article: String = "blinken-lavrov") throws -> [FactRecord] {
        let conllu = try String(contentsOf: Trees.fixture(article + ".conllu"), encoding: .utf8)
        let document = try CoNLLU.read(conllu)
        return FactExtractor().records(for: document, id: article, title: "", source: article).1
    }

    /// Whether a record states a gold fact: same sentence (when the gold names one), subject and
    /// predicate; the object is the named entity, or a concept holding the gold's key words.
    static func matches(_ record: FactRecord, _ gold: Gold) -> Bool {
        guard gold.sentence.map({ $0 == record.source.sentence }) ?? true, record.subject.name == gold.subject,
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

    /// Article, floors for precision and recall over a silver parse. The seed's gold was written
    /// after seeing the extractor's output. (The BBC articles are checked through our parser in
    /// `bbcArticlesThroughOurParser`: their text stays in ../shared, never in the repository.)
    @Test(arguments: [("blinken-lavrov", 0.6, 0.8)])
    func precisionAndRecallAgainstGold(_ article: String, _ minPrecision: Double, _ minRecall: Double) throws {
        let gold = try Self.gold(article)
        let records = try Self.records(article)
        #expect(gold.count >= 10)
        let found = gold.filter { g in records.contains { Self.matches($0, g) } }
        let correct = records.filter { r in gold.contains { Self.matches(r, $0) } }
        let recall = Double(found.count) / Double(gold.count)
        let precision = records.isEmpty ? 0 : Double(correct.count) / Double(records.count)
        print("\(article): precision \(correct.count)/\(records.count) = \(precision), recall \(found.count)/\(gold.count) = \(recall)")
        for g in gold where !found.contains(g) {
            print("  missed: \(g.subject) | \(g.predicate) | \(g.object)")
        }
        for r in records where !correct.contains(r) {
            print("  extra: \(r.source.sentence) \(r.subject.name) | \(r.predicate) | \(r.object) [\(r.source.rule)]")
        }
        #expect(recall >= minRecall)
        #expect(precision >= minPrecision)
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

    /// The seed article through the project's own parser (`Language.Pipeline` and its bundled
    /// model), the acceptance check of issue 5. Sentences are matched by content, not index.
    static let parsed: (document: Document, records: [FactRecord])? = {
        let seed = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("seeds/blinken-lavrov.txt")
        guard let text = try? String(contentsOf: seed, encoding: .utf8), let pipeline = try? Pipeline.load() else {
            print("SeedArticleTests: the seed article or the bundled model is missing; parser tests skipped")
            return nil
        }
        let document = pipeline.parse(text)
        return (document, FactExtractor().records(for: document, id: "seed", title: "", source: "seed").1)
    }()

    @Test(arguments: [
        ("last meeting with Foreign Minister Sergei Lavrov", "Antony Blinken", "meet", "Sergei Lavrov"),
        ("annexation of Crimea", "Russia", "annex", "Crimea"),
        ("Ukrainian President Volodymyr Zelensky", "Volodymyr Zelensky", "president of", "Ukraine"),
    ])
    func acceptanceFactsThroughOurParser(_ sentence: String, _ subject: String, _ predicate: String, _ object: String) throws {
        guard let (document, records) = Self.parsed else { return }
        let index = try #require(document.sentences.indices.first { document.sentenceText($0).contains(sentence) })
        let gold = Gold(sentence: index, subject: subject, predicate: predicate, object: object)
        #expect(records.contains { Self.matches($0, gold) }, "\(records.filter { $0.source.sentence == index }.map { "\($0.subject.name) | \($0.predicate) | \($0.object)" })")
    }

    @Test func goldThroughOurParser() throws {
        guard let (_, records) = Self.parsed else { return }
        let gold = try Self.gold("blinken-lavrov").map { Gold(sentence: nil, subject: $0.subject, predicate: $0.predicate, object: $0.object) }
        let found = gold.filter { g in records.contains { Self.matches($0, g) } }
        let correct = records.filter { r in gold.contains { Self.matches(r, $0) } }
        let precision = Double(correct.count) / Double(max(1, records.count))
        let recall = Double(found.count) / Double(gold.count)
        print("blinken-lavrov through our parser: precision \(correct.count)/\(records.count) = \(precision), recall \(found.count)/\(gold.count) = \(recall)")
        for g in gold where !found.contains(g) { print("  missed: \(g.subject) | \(g.predicate) | \(g.object)") }
        let names = Set(records.flatMap { record -> [String] in
            if case .entity(let entity) = record.object { return [record.subject.name, entity.name] }
            return [record.subject.name]
        })
        #expect(names.contains("Antony Blinken") && !names.contains("Blinken"))
        #expect(names.contains("Volodymyr Zelensky") && !names.contains("Zelensky"))
        #expect(precision >= 0.4)
        #expect(recall >= 0.5)
    }

    /// The BBC articles whose gold facts were written before the extractor ever ran on them,
    /// read from ../shared/data/news at test time and parsed by our own pipeline: the honest
    /// estimate for an unseen article. Each article has a floor below its measured figures
    /// (one misparsed sentence moves an article by one or two facts), and both together one
    /// at the level of the first measurement: 13/30 right and 13/22 found (2026-12-04).
    @Test func bbcArticlesThroughOurParser() throws {
        var right = 0, extracted = 0, found = 0, gold = 0
        for (article, minPrecision, minRecall) in [("bbc-politics-015", 0.4, 0.5), ("bbc-politics-074", 0.25, 0.35)] {
            guard let counts = try Self.bbcArticleThroughOurParser(article) else { return }
            let precision = Double(counts.right) / Double(max(1, counts.extracted))
            let recall = Double(counts.found) / Double(max(1, counts.gold))
            #expect(precision >= minPrecision, "\(article)")
            #expect(recall >= minRecall, "\(article)")
            right += counts.right; extracted += counts.extracted; found += counts.found; gold += counts.gold
        }
        print("both BBC articles through our parser: precision \(right)/\(extracted), recall \(found)/\(gold)")
        #expect(Double(right) / Double(max(1, extracted)) >= 0.4)
        #expect(Double(found) / Double(max(1, gold)) >= 0.55)
    }

    /// Extracts one BBC article with the bundled model and counts its records that match a gold
    /// fact (`right` of `extracted`) and its gold facts matched (`found` of `gold`); nil when
    /// ../shared/data/news is absent.
    static func bbcArticleThroughOurParser(_ article: String) throws -> (right: Int, extracted: Int, found: Int, gold: Int)? {
        guard let news = Trees.sharedData("data/news/news.jsonl") else {
            print("SeedArticleTests: ../shared/data/news is absent; \(article) skipped")
            return nil
        }
        let pipeline = try Pipeline.load()
        let lines = try String(contentsOf: news, encoding: .utf8).split(separator: "\n")
        let line = try #require(lines.first { $0.contains("\"\(article)\"") })
        let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        let text = try #require(object["text"] as? String)
        let title = (object["title"] as? String) ?? ""
        let document = pipeline.parse(title.isEmpty ? text : title + "\n\n" + text)
        let records = FactExtractor().records(for: document, id: article, title: title, source: article).1
        let gold = try Self.gold(article).map { Gold(sentence: nil, subject: $0.subject, predicate: $0.predicate, object: $0.object) }
        let found = gold.filter { g in records.contains { Self.matches($0, g) } }
        let correct = records.filter { r in gold.contains { Self.matches(r, $0) } }
        print("\(article) through our parser: precision \(correct.count)/\(records.count), recall \(found.count)/\(gold.count)")
        return (correct.count, records.count, found.count, gold.count)
    }
}

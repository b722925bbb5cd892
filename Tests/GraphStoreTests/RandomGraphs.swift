@testable import GraphStore

/// A seeded SplitMix64 generator, so random tests repeat exactly.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Random graphs for property tests.
enum RandomGraphs {
    static let names = ["Antony Blinken", "Sergei Lavrov", "Russia", "Crimea", "NATO", "Kyiv", "Zürich",
                        "Ørsted", "United Nations", "Olaf Scholz", "Berlin", "Élysée"]
    static let predicates = ["meet", "annex", "hold talks with", "criticise", "visit", "president of"]

    /// A literal drawn from every kind.
    static func literal(_ rng: inout SeededGenerator) -> Literal {
        switch Int.random(in: 0 ..< 6, using: &rng) {
        case 0: .string("text \(Int.random(in: 0 ..< 5, using: &rng))", language: nil)
        case 1: .string("texte \(Int.random(in: 0 ..< 3, using: &rng))", language: ["en", "fr"].randomElement(using: &rng))
        case 2: .integer(Int64.random(in: -50 ... 50, using: &rng))
        case 3: .decimal("\(Int.random(in: 0 ..< 9, using: &rng)).50")
        case 4: .date("2022-02-2\(Int.random(in: 0 ..< 9, using: &rng))")
        default: .year(Int32.random(in: 1990 ... 2025, using: &rng))
        }
    }

    static func entity(_ rng: inout SeededGenerator, entities: Int) -> EntityRecord {
        let i = Int.random(in: 0 ..< entities, using: &rng)
        let base = names[i % names.count] + (i < names.count ? "" : " \(i)")
        let type = EntityType(rawValue: UInt8(i % 5)) ?? .other
        return EntityRecord(name: base, type: type, aliases: i % 3 == 0 ? [base.lowercased() + " alias"] : [])
    }

    /// A graph of `documents` documents with random facts, some repeated across documents.
    static func graph(seed: UInt64, documents: Int = 6, factsPerDocument: Int = 30, entities: Int = 25) -> Graph {
        var rng = SeededGenerator(seed: seed)
        var graph = Graph()
        for d in 0 ..< documents {
            let sentences = (0 ..< Int.random(in: 1 ... 5, using: &rng)).map { "Sentence \($0) of document \(d)." }
            let doc = DocumentRecord(id: "doc-\(d)", title: "Title \(d)", source: "file\(d).txt",
                                     date: d % 2 == 0 ? "2022-03-0\(d % 9 + 1)" : nil, sentences: sentences,
                                     contentHash: UInt64(d + 1))
            var facts: [FactRecord] = []
            for _ in 0 ..< factsPerDocument {
                let object: ObjectRecord = Bool.random(using: &rng)
                    ? .entity(entity(&rng, entities: entities)) : .literal(literal(&rng))
                let s = Int.random(in: 0 ..< sentences.count, using: &rng)
                facts.append(FactRecord(
                    subject: entity(&rng, entities: entities),
                    predicate: predicates.randomElement(using: &rng) ?? "meet", object: object,
                    source: SourceRecord(sentence: s, span: 0 ..< 8, rule: ["clause.svo", "nominal"].randomElement(using: &rng) ?? "",
                                         confidence: Double.random(in: 0 ... 1, using: &rng), surface: "met"),
                    time: Bool.random(using: &rng) ? "on Friday" : nil, place: nil,
                    flags: Bool.random(using: &rng) ? [.hedged] : []))
            }
            graph.add(document: doc, facts: facts)
            if d % 2 == 1 { graph.commit() }
        }
        return graph
    }

    /// Every triple, found by scanning, that matches a pattern.
    static func naiveMatch(_ all: [Triple], _ s: TermID?, _ p: TermID?, _ o: TermID?) -> [Triple] {
        all.filter { t in
            (s == nil || t.subject == s) && (p == nil || t.predicate == p) && (o == nil || t.object == o)
        }.sorted()
    }

    /// Every pattern shape over the terms of `graph`, with random bound ids (some absent).
    static func patterns(_ graph: Graph, _ rng: inout SeededGenerator, count: Int) -> [(TermID?, TermID?, TermID?)] {
        let all = Array(graph.triples)
        var out: [(TermID?, TermID?, TermID?)] = []
        for i in 0 ..< count {
            let shape = i % 8
            let t = all.randomElement(using: &rng) ?? Triple(TermID(rawValue: 0), TermID(rawValue: 0), TermID(rawValue: 0))
            func pick(_ id: TermID) -> TermID {
                Int.random(in: 0 ..< 4, using: &rng) == 0
                    ? TermID(rawValue: UInt32.random(in: 0 ..< UInt32(graph.termCount + 2), using: &rng)) : id
            }
            out.append((shape & 4 != 0 ? pick(t.subject) : nil, shape & 2 != 0 ? pick(t.predicate) : nil,
                        shape & 1 != 0 ? pick(t.object) : nil))
        }
        return out
    }
}

import GraphQuery
import GraphStore

/// A small hand-built news graph for evaluator tests.
enum NewsGraph {
    static let blinken = EntityRecord(name: "Antony Blinken", type: .person, aliases: ["Tony Blinken"])
    static let lavrov = EntityRecord(name: "Sergei Lavrov", type: .person)
    static let putin = EntityRecord(name: "Vladimir Putin", type: .person)
    static let zelenskyy = EntityRecord(name: "Volodymyr Zelenskyy", type: .person)
    static let biden = EntityRecord(name: "Joe Biden", type: .person)
    static let russia = EntityRecord(name: "Russia", type: .place)
    static let ukraine = EntityRecord(name: "Ukraine", type: .place)
    static let crimea = EntityRecord(name: "Crimea", type: .place)
    static let poland = EntityRecord(name: "Poland", type: .place)
    static let nato = EntityRecord(name: "NATO", type: .organization, aliases: ["North Atlantic Treaty Organization"])

    /// (subject, predicate, object, confidence)
    static let facts: [(EntityRecord, String, ObjectRecord, Double)] = [
        (blinken, "meet", .entity(lavrov), 0.9),
        (blinken, "hold talks with", .entity(lavrov), 0.7),
        (russia, "annex", .entity(crimea), 0.95),
        (ukraine, "border", .entity(poland), 0.8),
        (ukraine, "border", .entity(russia), 0.8),
        (russia, "border", .entity(ukraine), 0.8),
        (poland, "border", .entity(ukraine), 0.8),
        (putin, "lead", .entity(russia), 0.9),
        (zelenskyy, "lead", .entity(ukraine), 0.9),
        (blinken, "visit", .entity(ukraine), 0.85),
        (blinken, "visit", .entity(poland), 0.6),
        (putin, "warn", .entity(nato), 0.6),
        (biden, "sanction", .entity(russia), 0.75),
        (blinken, "born in year", .literal(.year(1962)), 0.5),
        (lavrov, "born in year", .literal(.integer(1950)), 0.5),
        (blinken, "accuse", .entity(russia), 0.65),
        (russia, "accuse", .entity(nato), 0.4),
        (putin, "meet", .entity(lavrov), 0.3),
    ]

    /// The graph: each fact from one sentence of one of two documents; the first fact also from a
    /// second document.
    static func graph() -> Graph {
        var graph = Graph()
        let sentences = facts.map { "\($0.0.name) \($0.1) something." }
        let first = DocumentRecord(id: "doc-1", title: "Talks in Geneva", source: "seeds/geneva.txt",
                                   date: "2022-01-21", sentences: sentences, contentHash: 1)
        var records: [FactRecord] = []
        for (index, fact) in facts.enumerated() {
            records.append(FactRecord(subject: fact.0, predicate: fact.1, object: fact.2,
                                      source: SourceRecord(sentence: index, span: 0..<5, rule: "clause.svo",
                                                           confidence: fact.3, surface: fact.1)))
        }
        records[0].place = "in Geneva"
        records[2].time = "in 2014"
        records[11].flags = [.hedged]
        records[17].flags = [.negated]
        graph.add(document: first, facts: records)
        let second = DocumentRecord(id: "doc-2", title: "Second report", source: "seeds/second.txt",
                                    date: nil, sentences: ["Blinken met Lavrov again."], contentHash: 2)
        if let again = records.first {
            var copy = again
            copy.source = SourceRecord(sentence: 0, span: 0..<7, rule: "clause.passive", confidence: 0.8, surface: "met")
            graph.add(document: second, facts: [copy])
        }
        graph.commit()
        return graph
    }

    /// An engine over ``graph()``.
    static func engine() -> QueryEngine<Graph> { QueryEngine(graph()) }
}

extension QueryResult {
    /// Each row's display texts ("" for unbound).
    var texts: [[String]] { rows.map { $0.values.map { $0?.displayText ?? "" } } }
}

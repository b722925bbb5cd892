import Testing
@testable import GraphStore

@Suite struct MergeTests {
    /// The triples of a graph as names, to compare across graphs with different ids.
    static func named(_ g: Graph) -> [String] {
        g.triples.map { "\(g.name(of: $0.subject))|\(g.name(of: $0.predicate))|\(g.term($0.object).map { "\($0)" } ?? "")" }.sorted()
    }

    @Test(arguments: [11, 12] as [UInt64])
    func mergeIsTheUnionWithProvenanceKept(seed: UInt64) throws {
        let a = RandomGraphs.graph(seed: seed, documents: 4)
        var b = Graph()
        var rng = SeededGenerator(seed: seed)
        for d in 0 ..< 3 {
            let doc = DocumentRecord(id: "other-\(d)", title: "Other \(d)", source: "o", sentences: ["S."], contentHash: 1000 + UInt64(d))
            let facts = (0 ..< 20).map { _ in
                FactRecord(subject: RandomGraphs.entity(&rng, entities: 25), predicate: "meet",
                           object: .entity(RandomGraphs.entity(&rng, entities: 25)),
                           source: SourceRecord(sentence: 0, span: 0 ..< 2, rule: "r", confidence: 0.5))
            }
            b.add(document: doc, facts: facts)
        }
        var merged = a
        let report = merged.merge(b)
        try merged._checkInvariants()
        #expect(report.documentsAdded == 3)
        #expect(merged.documentCount == a.documentCount + 3)
        #expect(merged.sourceCount == a.sourceCount + b.sourceCount)
        #expect(Set(Self.named(merged)) == Set(Self.named(a)).union(Self.named(b)))
        #expect(merged.tripleCount == Set(Self.named(a)).union(Self.named(b)).count)
        for t in b.triples {
            let s = try #require(merged.entity(named: b.name(of: t.subject)))
            let p = try #require(merged.predicate(named: b.name(of: t.predicate)))
            let o = try #require(merged.entity(named: b.name(of: t.object)))
            #expect(merged.provenance(of: Triple(s, p, o)).count >= b.provenance(of: t).count)
        }
        let again = merged.merge(b)
        #expect(again.documentsSkipped == 3 && again.newTriples == 0 && again.sourcesAdded == 0)
        try merged._checkInvariants()
    }

    /// Merge matches entities exactly as `add` does — by canonical name — so shards merge into
    /// the graph a single ingest builds; an alias in one graph does not swallow a different
    /// canonical name in the other, and aliases are carried over.
    @Test func entitiesMatchByExactCanonicalNameAndKeepTheirAliases() throws {
        var a = Graph(), b = Graph()
        let p = a.intern(predicate: "meet")
        let blinken = a.intern(entity: EntityRecord(name: "Antony Blinken", type: .person, aliases: ["Blinken"]))
        a.insert(Triple(blinken, p, blinken))
        let short = b.intern(entity: EntityRecord(name: "blinken"))
        let lavrov = b.intern(entity: EntityRecord(name: "Sergei Lavrov", type: .person, aliases: ["Lavrov"]))
        let same = b.intern(entity: EntityRecord(name: "Antony Blinken"))
        b.insert(Triple(short, b.intern(predicate: "meet"), lavrov))
        b.insert(Triple(same, b.intern(predicate: "meet"), lavrov))
        a.merge(b)
        try a._checkInvariants()
        let kept = try #require(a.entity(named: "blinken"))
        let target = try #require(a.entity(named: "Sergei Lavrov"))
        #expect(kept != blinken)
        #expect(a.count(blinken, p, target) == 1)
        #expect(a.count(kept, p, target) == 1)
        #expect(a.aliases(of: target) == ["Lavrov"])
        #expect(a.entityType(of: blinken) == .person)
    }
}

import Testing
@testable import GraphStore

@Suite struct GraphTests {
    static let blinken = EntityRecord(name: "Antony Blinken", type: .person, aliases: ["Blinken", "Secretary Blinken"])
    static let lavrov = EntityRecord(name: "Sergei Lavrov", type: .person, aliases: ["Lavrov"])

    static func article(id: String = "a1", hash: UInt64 = 7) -> (DocumentRecord, [FactRecord]) {
        let doc = DocumentRecord(id: id, title: "Blinken meets Lavrov", source: "seeds/a1.txt", date: "2022-01-21",
                                 sentences: ["Blinken met Lavrov in Geneva on Friday.", "Russia annexed Crimea in 2014."],
                                 contentHash: hash)
        let meet = FactRecord(subject: blinken, predicate: "meet", object: .entity(lavrov),
                              source: SourceRecord(sentence: 0, span: 0 ..< 18, rule: "clause.svo", confidence: 0.9, surface: "met"),
                              time: "on Friday", place: "in Geneva")
        let annex = FactRecord(subject: EntityRecord(name: "Russia", type: .place), predicate: "annex",
                               object: .entity(EntityRecord(name: "Crimea", type: .place)),
                               source: SourceRecord(sentence: 1, span: 0 ..< 21, rule: "clause.svo", confidence: 0.8))
        let year = FactRecord(subject: EntityRecord(name: "Crimea", type: .place), predicate: "annexed in",
                              object: .literal(.year(2014)),
                              source: SourceRecord(sentence: 1, span: 15 ..< 30, rule: "prep.time", confidence: 0.6))
        return (doc, [meet, annex, year, meet])
    }

    @Test func addStoresEachTripleOnceWithEverySource() throws {
        var graph = Graph()
        let (doc, facts) = Self.article()
        let result = graph.add(document: doc, facts: facts)
        #expect(result.status == .added)
        #expect(result.newTriples == 3)
        #expect(result.sources == 4)
        #expect(graph.tripleCount == 3)
        try graph._checkInvariants()
        graph.commit()
        try graph._checkInvariants()
        let blinken = try #require(graph.entity(named: "Antony Blinken"))
        let meet = try #require(graph.predicate(named: "meet"))
        let lavrov = try #require(graph.entity(named: "Sergei Lavrov"))
        let provenance = graph.provenance(of: Triple(blinken, meet, lavrov))
        #expect(provenance.count == 2)
        #expect(provenance.first?.sentence == "Blinken met Lavrov in Geneva on Friday.")
        #expect(provenance.first?.documentTitle == "Blinken meets Lavrov")
        #expect(provenance.first?.documentDate == "2022-01-21")
        #expect(provenance.first?.time == "on Friday")
        #expect(provenance.first?.place == "in Geneva")
        #expect(provenance.first?.rule == "clause.svo")
    }

    @Test func duplicateDocumentsAreSkipped() {
        var graph = Graph()
        let (doc, facts) = Self.article()
        graph.add(document: doc, facts: facts)
        let again = graph.add(document: doc, facts: facts)
        let (copy, _) = Self.article(id: "other", hash: 7)
        let sameContent = graph.add(document: copy, facts: facts)
        #expect(again.status == .duplicateID)
        #expect(sameContent.status == .duplicateContent)
        #expect(graph.documentCount == 1)
        #expect(graph.sourceCount == 4)
    }

    @Test func factsOutsideTheDocumentAreSkipped() throws {
        var graph = Graph()
        let (doc, original) = Self.article()
        var facts = original
        facts[0].source.sentence = 9
        facts[1].object = .entity(EntityRecord(name: ""))
        facts[2].source.sentence = -1
        let result = graph.add(document: doc, facts: facts)
        #expect(result.skippedFacts == 3)
        #expect(result.sources == 1)
        #expect(graph.entity(named: "") == nil)
        try graph._checkInvariants()
    }

    @Test func namesMatchIgnoringCaseAndAliases() throws {
        var graph = Graph()
        let (doc, facts) = Self.article()
        graph.add(document: doc, facts: facts)
        let blinken = try #require(graph.entity(named: "Antony Blinken"))
        #expect(graph.entities(matching: "blinken") == [blinken])
        #expect(graph.entities(matching: "ANTONY BLINKEN") == [blinken])
        #expect(graph.entities(matching: "secretary blinken") == [blinken])
        #expect(graph.entities(matching: "Putin").isEmpty)
        #expect(graph.predicate(named: "MEET") == graph.predicate(named: "meet"))
        #expect(graph.entityType(of: blinken) == .person)
        #expect(graph.aliases(of: blinken) == ["Blinken", "Secretary Blinken"])
        #expect(graph.entityNames.contains("Lavrov"))
        #expect(graph.predicateNames == ["annex", "annexed in", "meet"])
        #expect(graph.literal(.year(2014)).map { graph.term($0) } == .literal(.year(2014)))
    }

    @Test func nameRanksFollowNameOrderAfterAddingTerms() throws {
        var graph = Graph()
        func check() {
            let ranks = graph.nameRanks()
            #expect(ranks.count == graph.termCount)
            for kind in [TermKind.entity, .predicate] {
                let ids = graph.ids(of: kind)
                let byName = ids.sorted { Array(graph.name(of: $0).utf8).lexicographicallyPrecedes(Array(graph.name(of: $1).utf8)) }
                #expect(byName.map { ranks[$0.index] } == byName.map { ranks[$0.index] }.sorted())
                #expect(Set(ids.map { ranks[$0.index] }).count == ids.count)
            }
            let lastEntity = graph.ids(of: .entity).map { ranks[$0.index] }.max() ?? 0
            #expect(graph.ids(of: .predicate).allSatisfy { ranks[$0.index] > lastEntity })
            #expect(graph.ids(of: .integer).allSatisfy { ranks[$0.index] == .max })
        }
        for name in ["Zürich", "abc", "Abc", "ab", "abcdefghij", "abcdefghi", "abcdefghik", "Émile", "_x"] {
            _ = graph.intern(entity: EntityRecord(name: name, type: .other))
        }
        _ = graph.intern(predicate: "meet")
        _ = graph.intern(literal: .integer(3))
        check()
        // New terms sort between the old ones: a table made again places them.
        for name in ["abca", "A", "Zz", "abcdefghij2"] { _ = graph.intern(entity: EntityRecord(name: name, type: .other)) }
        _ = graph.intern(predicate: "annex")
        check()
        let a = try #require(graph.entity(named: "A")), ab = try #require(graph.entity(named: "ab"))
        #expect(graph.nameRanks()[a.index] < graph.nameRanks()[ab.index])
    }

    @Test func namesAreReadInPlace() throws {
        var graph = Graph()
        let zurich = graph.intern(entity: EntityRecord(name: "Zürich", type: .place))
        let meet = graph.intern(predicate: "meet")
        let year = graph.intern(literal: .year(2014))
        #expect(graph.withName(of: zurich) { Array($0) == Array("Zürich".utf8) } == true)
        #expect(graph.withName(of: meet) { String(decoding: $0, as: UTF8.self) == "meet" } == true)
        #expect(graph.withName(of: year) { _ in true } == nil)
        #expect(graph.withName(of: TermID(rawValue: 99)) { _ in true } == nil)
    }

    @Test func unicodeNamesFoldCase() throws {
        var graph = Graph()
        let zurich = graph.intern(entity: EntityRecord(name: "Zürich", type: .place, aliases: ["ZÜRICH STADT"]))
        #expect(graph.entities(matching: "zürich") == [zurich])
        #expect(graph.entities(matching: "zürich stadt") == [zurich])
    }

    @Test(arguments: [1, 2, 3] as [UInt64])
    func everyShapeMatchesANaiveScan(seed: UInt64) throws {
        var graph = RandomGraphs.graph(seed: seed)
        var rng = SeededGenerator(seed: seed ^ 0xABCD)
        for committed in [false, true] {
            if committed { graph.commit() }
            try graph._checkInvariants()
            let all = Array(graph.triples)
            #expect(Set(all).count == all.count)
            for (s, p, o) in RandomGraphs.patterns(graph, &rng, count: 160) {
                let expected = RandomGraphs.naiveMatch(all, s, p, o)
                let found = Array(graph.match(s, p, o))
                #expect(found.sorted() == expected)
                #expect(graph.count(s, p, o) == expected.count)
                if committed { #expect(found == found.sorted { graph.sortsBefore($0, $1, s, p, o) }) }
            }
        }
    }

    @Test func insertRejectsUnknownIdsAndDuplicates() throws {
        var graph = Graph()
        let a = graph.intern(entity: EntityRecord(name: "A"))
        let p = graph.intern(predicate: "p")
        let first = graph.insert(Triple(a, p, a))
        let again = graph.insert(Triple(a, p, a))
        let unknown = graph.insert(Triple(a, p, TermID(rawValue: 99)))
        graph.commit()
        let afterCommit = graph.insert(Triple(a, p, a))
        #expect(first && !again && !unknown && !afterCommit)
        try graph._checkInvariants()
    }

    @Test func manyInsertsMergeTheDeltaInRuns() throws {
        var graph = Graph()
        var rng = SeededGenerator(seed: 9)
        let ids = (0 ..< 60).map { graph.intern(entity: EntityRecord(name: "e\($0)")) }
        let ps = (0 ..< 5).map { graph.intern(predicate: "p\($0)") }
        var inserted = Set<Triple>()
        for _ in 0 ..< 12_000 {
            let t = Triple(ids.randomElement(using: &rng) ?? ids[0], ps.randomElement(using: &rng) ?? ps[0],
                           ids.randomElement(using: &rng) ?? ids[0])
            let added = graph.insert(t)
            #expect(added == inserted.insert(t).inserted)
        }
        #expect(graph.tripleCount == inserted.count)
        #expect(graph.spo.count > 0)
        try graph._checkInvariants()
    }

    @Test func statsCountAndRank() throws {
        var graph = Graph()
        let (doc, facts) = Self.article()
        graph.add(document: doc, facts: facts)
        let stats = graph.stats(top: 2)
        #expect(stats.entities == 4)
        #expect(stats.entitiesByType[.person] == 2)
        #expect(stats.entitiesByType[.place] == 2)
        #expect(stats.predicates == 3)
        #expect(stats.literals == 1)
        #expect(stats.triples == 3)
        #expect(stats.sources == 4)
        #expect(stats.documents == 1)
        #expect(stats.topEntities.map(\.name) == ["Crimea", "Antony Blinken"])
        #expect(stats.topEntities.first?.degree == 2)
        #expect(stats.topPredicates.count == 2)
    }
}

extension GraphTests {
    @Test(arguments: [51, 52] as [UInt64])
    func namesAreDistinctAndInCodePointOrder(seed: UInt64) {
        let graph = RandomGraphs.graph(seed: seed, entities: 40)
        let entities = graph.ids(of: .entity)
        var expected = Set(entities.map { graph.name(of: $0) })
        for id in entities { expected.formUnion(graph.aliases(of: id)) }
        let codePoints = { (s: String) in s.unicodeScalars.map(\.value) }
        #expect(graph.entityNames == expected.sorted { codePoints($0).lexicographicallyPrecedes(codePoints($1)) })
        #expect(graph.predicateNames == Set(graph.ids(of: .predicate).map { graph.name(of: $0) }).sorted())
    }

    @Test(arguments: [41, 42] as [UInt64])
    func statsAgreeWithLookups(seed: UInt64) {
        var graph = RandomGraphs.graph(seed: seed)
        for committed in [false, true] {
            if committed { graph.commit() }
            let stats = graph.stats(top: 5)
            let entities = graph.ids(of: .entity)
            #expect(stats.entities == entities.count)
            #expect(stats.predicates == graph.ids(of: .predicate).count)
            #expect(stats.entities + stats.predicates + stats.literals == graph.termCount)
            let degrees = entities.map { (graph.degree(of: $0), graph.name(of: $0)) }
                .sorted { $0.0 != $1.0 ? $0.0 > $1.0 : $0.1 < $1.1 }
            #expect(stats.topEntities.map(\.degree) == degrees.prefix(5).map(\.0))
            #expect(stats.topEntities.map(\.name) == degrees.prefix(5).map(\.1))
            #expect(stats.topPredicates.allSatisfy { graph.count(nil, $0.id, nil) == $0.count })
        }
    }
}

extension Graph {
    /// Whether `x` comes before `y` in the order of the index that answers the pattern.
    func sortsBefore(_ x: Triple, _ y: Triple, _ s: TermID?, _ p: TermID?, _ o: TermID?) -> Bool {
        let order: Permutation = s != nil ? (p == nil && o != nil ? .osp : .spo)
            : p != nil ? .pos : o != nil ? .osp : .spo
        return order.key(x) < order.key(y)
    }
}

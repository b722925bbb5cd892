import Testing
@testable import GraphStore

@Suite struct DictionaryTests {
    @Test func hashTableFindsEveryDuplicateAcrossGrowth() {
        var table = IDHashTable()
        for id in 0 ..< 3000 as Range<UInt32> { table.insert(id, hash: UInt64(id % 100) &* 0x9E37_79B9_7F4A_7C15) }
        #expect(table.count == 3000)
        var found: [UInt32] = []
        table.forEach(hash: UInt64(7) &* 0x9E37_79B9_7F4A_7C15) { found.append($0); return true }
        #expect(found.sorted() == Array(stride(from: 7, to: 3000, by: 100)))
        #expect(table.first(hash: 12345) { _ in true } == nil)
    }

    @Test func loadedTablesAreValidated() {
        var table = IDHashTable()
        for id in 0 ..< 5 as Range<UInt32> { table.insert(id, hash: UInt64(id) &* 0x9E37_79B9_7F4A_7C15) }
        #expect(IDHashTable(slots: table.slots, idLimit: 5) == table)
        #expect(IDHashTable(slots: table.slots, idLimit: 4) == nil)
        #expect(IDHashTable(slots: Array(table.slots.dropLast()), idLimit: 5) == nil)
        #expect(IDHashTable(slots: [UInt64](repeating: 1 << 32 | 1, count: 16), idLimit: 5) == nil)
        #expect(IDHashTable(slots: [UInt64](repeating: 1 << 32, count: 16), idLimit: 5) == nil)
    }

    @Test func internGivesDenseStableIdsPerKind() {
        var terms = TermDictionary()
        let a = terms.intern(.entity, "Kyiv".utf8, type: .place)
        let p = terms.intern(.predicate, "Kyiv".utf8)
        let s = terms.intern(.string, "Kyiv".utf8)
        #expect([a, p, s] == [0, 1, 2])
        for _ in 0 ..< 3 { #expect(terms.intern(.entity, "Kyiv".utf8) == a) }
        #expect(terms.find(.predicate, "Kyiv".utf8) == p)
        #expect(terms.find(.entity, "kyiv".utf8) == nil)
        #expect(terms.matching("KYIV", kind: .entity) == [a])
        #expect(terms.type(a) == .place)
        let many = (0 ..< 10000).map { terms.intern(.entity, "entity \($0)".utf8) }
        #expect(many == Array(3 ..< 10003).map(UInt32.init))
        #expect((0 ..< 10000).allSatisfy { terms.find(.entity, "entity \($0)".utf8) == many[$0] })
    }

    @Test func typesRefineOnlyFromOther() {
        var terms = TermDictionary()
        let id = terms.intern(.entity, "NATO".utf8)
        #expect(terms.type(id) == .other)
        _ = terms.intern(.entity, "NATO".utf8, type: .organization)
        _ = terms.intern(.entity, "NATO".utf8, type: .place)
        #expect(terms.type(id) == .organization)
    }

    @Test func aliasesAreKeptOnceAndFoundIgnoringCase() {
        var terms = TermDictionary()
        let id = terms.intern(.entity, "Antony Blinken".utf8)
        let other = terms.intern(.entity, "Tony Blinken".utf8)
        terms.addAlias("Blinken", to: id)
        terms.addAlias("Blinken", to: id)
        terms.addAlias("Antony Blinken", to: id)
        terms.addAlias("BLINKEN", to: other)
        #expect(terms.aliases(of: id) == ["Blinken"])
        #expect(terms.matching("blinken", kind: .entity) == [id, other])
    }

    @Test func stringPoolInternsAndRebuilds() {
        var pool = StringPool()
        let a = pool.intern("clause.svo"), b = pool.intern("nominal"), c = pool.intern("clause.svo")
        #expect(a == c && a != b)
        #expect(pool.intern(nil as String?) == StringPool.none)
        var rebuilt = StringPool(column: pool.column)
        #expect(rebuilt.intern("nominal") == b)
        #expect(rebuilt[b] == "nominal" && rebuilt[StringPool.none] == nil && rebuilt[99] == nil)
    }

    @Test func literalsRoundTripThroughTheirStoredForm() {
        let literals: [Literal] = [.string("a\u{0}b", language: nil), .string("été", language: "FR"), .integer(-42),
                                   .decimal("3.50"), .date("2022-02-24"), .year(2014)]
        for literal in literals {
            let (kind, text) = literal.encoded
            let back = Literal(kind: kind, text: text)
            if case .string(let t, let language?) = literal {
                #expect(back == .string(t, language: language.lowercased()))
            } else {
                #expect(back == literal)
            }
        }
    }
}

import GraphStore
import Testing
@testable import GraphQuery

/// The name rule of docs/QUERY.md: exact name or alias (any case, `_` as space), else a single
/// word matching a whole word of canonical names or aliases.
@Suite struct NameIndexTests {
    static let graph: Graph = {
        var graph = Graph()
        for record in [
            EntityRecord(name: "Antony Blinken", type: .person, aliases: ["Tony Blinken"]),
            EntityRecord(name: "Jean-Claude Juncker", type: .person),
            EntityRecord(name: "Blinken", type: .other),
            EntityRecord(name: "Joe Biden", type: .person),
            EntityRecord(name: "Hunter Biden", type: .person),
            EntityRecord(name: "North Atlantic Treaty Organization", type: .organization, aliases: ["NATO"]),
            EntityRecord(name: "Sergey Lavrov", type: .person, aliases: ["Sergei Viktorovich Lavrov", "Minister Lavrov"]),
        ] {
            _ = graph.intern(entity: record)
        }
        _ = graph.intern(literal: .integer(2014))
        _ = graph.intern(literal: .year(1962))
        _ = graph.intern(literal: .string("hello"))
        _ = graph.intern(predicate: "hold talks with")
        return graph
    }()

    static func names(_ typed: String) -> [String] {
        NameIndex().entities(named: typed, in: graph).map { graph.name(of: $0) }.sorted()
    }

    @Test(arguments: [
        ("Antony Blinken", ["Antony Blinken"]),
        ("antony_blinken", ["Antony Blinken"]),
        ("TONY BLINKEN", ["Antony Blinken"]),
        ("Blinken", ["Blinken"]),
        ("nato", ["North Atlantic Treaty Organization"]),
        ("Juncker", ["Jean-Claude Juncker"]),
        ("claude", ["Jean-Claude Juncker"]),
        ("Jean-Claude", ["Jean-Claude Juncker"]),
        ("Biden", ["Hunter Biden", "Joe Biden"]),
        ("Atlantic", ["North Atlantic Treaty Organization"]),
        ("Blink", []),
        // Whole words of aliases count too: each owner once, even when several of its
        // spellings hold the word.
        ("Tony", ["Antony Blinken"]),
        ("viktorovich", ["Sergey Lavrov"]),
        ("Lavrov", ["Sergey Lavrov"]),
        ("Minister", ["Sergey Lavrov"]),
        ("Antony Juncker", []),
        ("", []),
    ])
    func entityRule(typed: String, expected: [String]) {
        #expect(Self.names(typed) == expected)
    }

    @Test func aliasListingNamesEachOwner() {
        let aliases = Self.graph.entityAliases().map { (Self.graph.name(of: $0.owner), $0.alias) }
        #expect(aliases.map(\.0) == ["Antony Blinken", "North Atlantic Treaty Organization", "Sergey Lavrov", "Sergey Lavrov"])
        #expect(aliases.map(\.1) == ["Tony Blinken", "NATO", "Sergei Viktorovich Lavrov", "Minister Lavrov"])
    }

    @Test func numbersAndStringsMatchLiterals() {
        let index = NameIndex()
        let graph = Self.graph
        #expect(index.terms(for: .number("2014"), in: graph).map { graph.name(of: $0) } == ["2014"])
        #expect(index.terms(for: .number("1962"), in: graph).map { graph.name(of: $0) } == ["1962"])
        #expect(index.terms(for: .number("1963"), in: graph).isEmpty)
        #expect(index.terms(for: .name("hello", quoted: true), in: graph).map { graph.name(of: $0) } == ["hello"])
    }

    @Test func predicatesMatchNormalisedText() {
        let index = NameIndex()
        for typed in ["hold talks with", "Hold_Talks_With", "hold  talks   with"] {
            #expect(index.predicates(named: typed, in: Self.graph).count == 1, "\(typed)")
        }
        #expect(index.predicates(named: "hold talks", in: Self.graph).isEmpty)
        #expect(index.suggestPredicates(for: "hold talk with", in: Self.graph) == ["hold talks with"])
    }

    @Test func asciiNormalizationMatchesTheUnicodeRule() {
        func reference(_ text: String) -> String {
            text.lowercased().replacing("_", with: " ").split(whereSeparator: \.isWhitespace).joined(separator: " ")
        }
        let alphabet = Array("aZ_ \t\n\r\u{0B}\u{0C}\u{1F}-9.")
        var rng = SplitMix(seed: 11)
        for _ in 0..<2000 {
            let text = String((0..<Int(rng.next() % 9)).map { _ in alphabet[Int(rng.next() % UInt64(alphabet.count))] })
            #expect(NameIndex.normalize(text) == reference(text), "\(Array(text.utf8))")
        }
        for text in ["Zürich_Stadt ", "  ÉMILE\u{A0}zola", "\r\nA_B"] { #expect(NameIndex.normalize(text) == reference(text)) }
    }

    @Test func suggestionsAreTheClosestNames() {
        let index = NameIndex()
        #expect(index.suggestEntities(for: "Blinkn", in: Self.graph) == ["Antony Blinken", "Blinken"])
        #expect(index.suggestEntities(for: "Bidne", in: Self.graph) == ["Hunter Biden", "Joe Biden"])
        #expect(index.suggestEntities(for: "zzzzzzzz", in: Self.graph).isEmpty)
    }
}

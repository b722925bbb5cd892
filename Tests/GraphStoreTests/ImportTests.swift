import Testing
@testable import GraphStore

@Suite struct ImportTests {
    @Test func tsvImportsTriplesTypesAndConfidence() throws {
        var graph = Graph()
        let text = """
        # a comment
        Vladimir_Putin\ttype\tPerson
        Vladimir_Putin\tborn_in_year\t1952
        Vladimir_Putin\tmeet\tXi_Jinping\t0.75

        Vladimir_Putin\tmeet\tXi_Jinping
        only\ttwo
        a\tb\tc\td\te
        \tempty\tsubject
        x\tp\ty\t1.5
        x\tp\t99999999999999999999
        Kyiv\ttype\tPlace\r
        """
        let report = graph.importTSV(text: text)
        #expect(report.lines == 12)
        #expect(report.triplesRead == 5)
        #expect(report.newTriples == 4)
        #expect(report.issueCount == 5)
        #expect(report.issues.map(\.line) == [7, 8, 9, 10, 11])
        #expect(report.issues[2].column == 1)
        #expect(report.issues[3].message.contains("confidence"))
        try graph._checkInvariants()
        let putin = try #require(graph.entity(named: "Vladimir_Putin"))
        #expect(graph.entityType(of: putin) == .person)
        #expect(graph.entity(named: "Kyiv").flatMap { graph.entityType(of: $0) } == .place)
        let year = try #require(graph.literal(.integer(1952)))
        let born = try #require(graph.predicate(named: "born_in_year"))
        #expect(graph.contains(Triple(putin, born, year)))
        let meet = try #require(graph.predicate(named: "meet"))
        let xi = try #require(graph.entity(named: "Xi_Jinping"))
        let sources = graph.provenance(of: Triple(putin, meet, xi))
        #expect(sources.map(\.confidence) == [0.75])
        #expect(sources.first?.rule == "import.tsv")
        #expect(sources.first?.document == nil)
    }

    @Test func tsvIntegersAreStoredInCanonicalForm() throws {
        var graph = Graph()
        let report = graph.importTSV(text: """
        a\tp\t007
        b\tp\t-0
        c\tp\t-9223372036854775808
        d\tp\t9223372036854775807
        e\tp\t9223372036854775808
        f\tp\t-12
        """)
        #expect(report.newTriples == 5)
        #expect(report.issues.map(\.line) == [5])
        #expect(report.issues.first?.message == "integer out of range")
        for value: Int64 in [7, 0, .min, .max, -12] {
            let id = try #require(graph.literal(.integer(value)))
            #expect(graph.name(of: id) == String(value))
        }
        #expect(graph.ids(of: .integer).count == 5)
        try graph._checkInvariants()
    }

    @Test func nTriplesMapsIRIsLiteralsAndReportsBadLines() throws {
        var graph = Graph()
        let text = """
        <https://kg.example/entity/Antony%20Blinken> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://kg.example/entity/Person> .
        <https://kg.example/entity/Antony%20Blinken> <https://kg.example/predicate/born_in_year> "1962"^^<http://www.w3.org/2001/XMLSchema#integer> .
        <https://kg.example/entity/Crimea> <https://kg.example/predicate/annexed_on> "2014-03-18"^^<http://www.w3.org/2001/XMLSchema#date> .
        <https://kg.example/entity/Crimea> <https://kg.example/predicate/annexed_in> "2014"^^<http://www.w3.org/2001/XMLSchema#gYear> .
        <https://kg.example/entity/Crimea> <https://kg.example/predicate/area> "27000.5"^^<http://www.w3.org/2001/XMLSchema#decimal> .
        <https://kg.example/entity/Crimea> <https://kg.example/predicate/label> "Krym"@UK .
        <https://kg.example/entity/Crimea> <https://kg.example/predicate/note> "plain"^^<http://www.w3.org/2001/XMLSchema#string> .
        _:n1 <https://kg.example/predicate/note> "x" .
        <https://kg.example/entity/Crimea> <https://kg.example/predicate/bad> "12x"^^<http://www.w3.org/2001/XMLSchema#integer> .
        <https://kg.example/entity/Crimea> <https://kg.example/predicate/bad> .
        # trailing comment
        """
        let report = graph.importNTriples(text: text)
        #expect(report.triplesRead == 8)
        #expect(report.newTriples == 8)
        #expect(report.issues.map(\.line) == [9, 10])
        let badLiteral = "<https://kg.example/entity/Crimea> <https://kg.example/predicate/bad> "
        #expect(report.issues.first?.column == badLiteral.count + 1)
        #expect(report.issues.first?.message.contains("xsd:integer") == true)
        try graph._checkInvariants()
        let blinken = try #require(graph.entity(named: "Antony Blinken"))
        #expect(graph.entityType(of: blinken) == .person)
        #expect(graph.predicate(named: "type") != nil)
        for literal: Literal in [.integer(1962), .date("2014-03-18"), .year(2014), .decimal("27000.5"),
                                 .string("Krym", language: "uk"), .string("plain", language: nil)] {
            #expect(graph.literal(literal) != nil, "\(literal)")
        }
        #expect(graph.entity(named: "_:n1") != nil)
    }

    @Test func nTriplesAndTSVOfTheBenchmarkShapeGiveTheSameGraph() throws {
        var ntriples = Graph(), tsv = Graph()
        let names = ["Vladimir_Putin", "NATO", "Ukraine", "Person"]
        var nt = "", tab = ""
        var rng = SeededGenerator(seed: 5)
        for _ in 0 ..< 200 {
            let s = names.randomElement(using: &rng) ?? "", o = names.randomElement(using: &rng) ?? ""
            let p = ["type", "meet", "sanction"].randomElement(using: &rng) ?? ""
            nt += "<https://kg.example/entity/\(s)> <https://kg.example/predicate/\(p)> <https://kg.example/entity/\(o)> .\n"
            tab += "\(s)\t\(p)\t\(o)\n"
            let year = Int.random(in: 1900 ... 2000, using: &rng)
            nt += "<https://kg.example/entity/\(s)> <https://kg.example/predicate/born> \"\(year)\"^^<http://www.w3.org/2001/XMLSchema#integer> .\n"
            tab += "\(s)\tborn\t\(year)\n"
        }
        let a = ntriples.importNTriples(text: nt), b = tsv.importTSV(text: tab)
        #expect(a.issueCount == 0 && b.issueCount == 0)
        #expect(a.newTriples == b.newTriples)
        let render = { (g: Graph) in g.triples.map { "\(g.name(of: $0.subject)) \(g.name(of: $0.predicate)) \(g.name(of: $0.object))" }.sorted() }
        #expect(render(ntriples) == render(tsv))
    }

    @Test func byteOrderMarkAndCRLFAreAccepted() throws {
        var tsv = Graph(), nt = Graph()
        let a = tsv.importTriples([0xEF, 0xBB, 0xBF] + Array("Kyiv\ttype\tPlace\r\nKyiv\tnear\tLviv\r\n".utf8), format: .tsv)
        let b = nt.importTriples([0xEF, 0xBB, 0xBF] + Array("<http://x/Kyiv> <http://x/near> <http://x/Lviv> .\r\n".utf8),
                                 format: .nTriples)
        #expect(a.issueCount == 0 && a.newTriples == 2)
        #expect(b.issueCount == 0 && b.newTriples == 1)
        #expect(tsv.entity(named: "Kyiv").flatMap { tsv.entityType(of: $0) } == .place)
        #expect(nt.entity(named: "Kyiv") != nil && nt.entity(named: "Lviv") != nil)
    }

    @Test func importingTwiceAddsNothing() throws {
        var graph = Graph()
        let text = "a\tp\tb\nb\tp\tc\n"
        #expect(graph.importTSV(text: text).newTriples == 2)
        #expect(graph.importTSV(text: text).newTriples == 0)
        #expect(graph.tripleCount == 2)
    }

    @Test func missingFileIsAnError() {
        var graph = Graph()
        #expect(throws: GraphFileError.self) { try graph.importTriples(contentsOfFile: "/nonexistent/x.tsv", format: .tsv) }
    }
}

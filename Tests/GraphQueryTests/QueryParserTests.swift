import Testing
@testable import GraphQuery

@Suite struct QueryParserTests {
    /// Queries with their canonical printed form.
    @Test(arguments: [
        ("Blinken meet ?x", "Blinken meet ?x"),
        ("?x MEET ?y . FILTER type(?y) = person ORDER BY ?y LIMIT 10",
         "?x MEET ?y . filter type(?y) = person order by ?y limit 10"),
        ("select ?x where { ?x visit Ukraine . ?x meet ?y }",
         "select ?x where { ?x visit Ukraine . ?x meet ?y }"),
        ("SELECT DISTINCT ?s WHERE ?s sanction ?o ORDER BY ?s LIMIT 20",
         "select distinct ?s where { ?s sanction ?o } order by ?s limit 20"),
        ("select ?p (count(*) as ?n) where { ?s ?p ?o } group by ?p order by desc(?n) limit 10",
         "select ?p count(*) as ?n where { ?s ?p ?o } group by ?p order by desc ?n limit 10"),
        ("select count(distinct ?y) where ?x meet ?y", "select count(distinct ?y) as ?count where { ?x meet ?y }"),
        ("Russia annex+ ?x", "Russia annex+ ?x"),
        ("?x ^lead/(meet|visit)*/border? ?y", "?x ^lead/(meet|visit)*/border? ?y"),
        ("?x (^lead)+ ?y", "?x (^lead)+ ?y"),
        ("?x * ?y", "?x * ?y"),
        ("?x ** ?y", "?x (*)* ?y"),
        ("?x \"hold talks with\" \"Sergei Lavrov\"", "?x \"hold talks with\" \"Sergei Lavrov\""),
        ("\"select\" meet _", "\"select\" meet _"),
        ("?x meet ?y optional { ?y visit ?z . filter ?z != Poland }",
         "?x meet ?y . optional { ?y visit ?z . filter ?z != Poland }"),
        ("?x meet ?y filter not (?y = Lavrov or ?y = Putin) and !bound(?y)",
         "?x meet ?y . filter not (?y = Lavrov or ?y = Putin) and not bound(?y)"),
        ("?x born ?y . filter ?y >= 2000 && ?y < 2010", "?x born ?y . filter ?y >= 2000 and ?y < 2010"),
        ("?x type person . filter regex(str(?x), \"ivan\", \"i\")",
         "?x type person . filter regex(name(?x), \"ivan\", \"i\")"),
        ("?x meet ?y . filter confidence() > 0.7 limit 5 offset 10",
         "?x meet ?y . filter confidence() > 0.7 limit 5 offset 10"),
        ("why Blinken meet ?x", "why Blinken meet ?x"),
        ("neighbors Blinken", "neighbors Blinken depth 1"),
        ("neighbours \"Antony Blinken\" depth 2", "neighbors \"Antony Blinken\" depth 2"),
        ("path Blinken to Crimea", "path Blinken to Crimea max 6"),
        ("explain ?x meet ?y", "explain ?x meet ?y"),
        ("Path lead ?x", "Path lead ?x"),
        ("?x meet ?y;", "?x meet ?y"),
    ])
    func canonicalForm(text: String, printed: String) throws {
        let statement = try QueryParser.parse(text)
        #expect(statement.description == printed)
    }

    /// Printing then parsing gives the same tree (ranges aside) and the same text again.
    @Test(arguments: [
        "?x ^lead/(meet|visit)*/border? ?y . filter not (type(?y) = place) or ?x = \"Antony Blinken\"",
        "select distinct ?a ?b where { ?a (p|q/r)+ ?b . optional { ?b s ?c . optional { ?c t _ } } } order by desc ?b, ?a",
        "explain why ?x \"say\" ?y . filter contains(?y, \"war\\\"s\") limit 3",
        // Escaped line breaks other than \n (form feed, vertical tab, carriage return, U+2028),
        // found by the fuzzer: printed raw they ended the quoted name.
        "\"a\\\u{0C}b\" \"c\\\u{0B}d\" \"e\\\r\\\u{2028}f\"",
    ])
    func roundTrip(text: String) throws {
        let first = try QueryParser.parse(text)
        let second = try QueryParser.parse(first.description)
        #expect(second.description == first.description)
        #expect(Self.strip(first) == Self.strip(second))
    }

    /// The statement with every source range replaced by an empty one.
    static func strip(_ statement: Statement) -> String {
        var text = ""
        dump(statement, to: &text)
        let fields = ["- line:", "- column:", "- offset:", "start:", "end:"]
        return text.split(separator: "\n")
            .filter { line in !fields.contains { line.contains($0) } }
            .map { $0.replacing(/\d+:\d+-\d+:\d+/, with: "R") }
            .joined(separator: "\n")
    }

    @Test func rangesCoverTheirSource() throws {
        let text = "?x meet ?y . filter ?y != \"Sergei Lavrov\""
        guard case .query(let query) = try QueryParser.parse(text) else {
            Issue.record("not a query")
            return
        }
        #expect(query.range.start.column == 1)
        #expect(query.range.end.column == text.count + 1)
        guard case .triple(let triple) = query.pattern.elements.first else {
            Issue.record("first element is not a triple")
            return
        }
        #expect(triple.object.range.start.column == 9)
        #expect(triple.range.end.column == 11)
    }
}

import Testing
@testable import GraphQuery

@Suite struct QueryScriptTests {
    @Test(arguments: [
        ("Blinken meet ?x", true),
        ("", true),
        ("# just a comment", true),
        ("?x meet ?y .", false),
        ("?x meet ?y . filter", false),
        ("select ?x where {", false),
        ("select ?x where { ?x meet ?y", false),
        ("select ?x where { ?x meet ?y }", true),
        ("?x meet ?y . filter ?y = Lavrov or", false),
        ("?x meet/", false),
        ("?x meet ?y ; ?y visit ?z", true),
        ("?x meet ?y . filter (?y = Lavrov", false),
        ("explain", false),
    ])
    func completeness(text: String, complete: Bool) {
        #expect(QueryScript.isComplete(text) == complete)
    }

    /// Random statements over many lines: progress carried line by line agrees with the whole
    /// text's completeness after every line, and a line continues a statement exactly when
    /// the split keeps it in the same statement.
    @Test func progressLineByLineAgreesWithTheWholeText() {
        var random = SplitMix(seed: 11)
        let pieces = ["?x", "meet", "Blinken", "\"Antony Blinken\"", ".", "/", "|", "(", ")", "{", "}", ",", "=", "and",
                      "or", "not", "where", "select", "filter", "optional", "order", "by", "limit", "5", ";", "# note",
                      "\"open quote", "^", "distinct"]
        for _ in 0 ..< 400 {
            var progress = QueryScript.Progress()
            var lines: [String] = []
            for _ in 0 ..< Int.random(in: 1 ... 12, using: &random) {
                let line = (0 ..< Int.random(in: 0 ... 5, using: &random))
                    .map { _ in pieces[Int.random(in: 0 ..< pieces.count, using: &random)] }.joined(separator: " ")
                if progress.isComplete, !lines.isEmpty {
                    let before = lines.joined(separator: "\n")
                    let whole = before + "\n" + line
                    let sameStatement = QueryScript.parse(whole).count == QueryScript.parse(before).count
                    if !line.contains(";"), !line.contains("\""), !line.allSatisfy({ $0 == " " }),
                       !line.hasPrefix("#") {
                        #expect(progress.continues(with: line) == sameStatement, "\(whole.debugDescription)")
                    }
                }
                lines.append(line)
                progress.add(line)
                #expect(progress.isComplete == QueryScript.isComplete(lines.joined(separator: "\n")), "\(lines)")
            }
        }
    }

    @Test func splitsAtLineEndsSemicolonsAndKeepsContinuations() {
        let script = """
        # morning questions
        Blinken meet ?x
        ?x visit Ukraine . ; Russia annex ?y
        select ?x where {
          ?x meet ?y .
          filter type(?y) = person
        }
        order by ?x
        limit 5
        ?x accuse ?y .
          ?y border Poland
        """
        let entries = QueryScript.parse(script)
        #expect(entries.map(\.range.start.line) == [2, 3, 3, 4, 10])
        #expect(entries.allSatisfy { if case .success = $0.result { true } else { false } })
        #expect(entries.first?.text == "Blinken meet ?x")
        if case .success(.query(let query)) = entries[3].result {
            #expect(query.limit == 5)
            #expect(query.orderBy.map(\.variable) == ["x"])
        } else {
            Issue.record("fourth statement did not parse")
        }
    }

    @Test func aBadStatementDoesNotHideTheOthers() {
        let entries = QueryScript.parse("Blinken meet\nRussia annex ?x\n?x meet @ ?y")
        #expect(entries.count == 3)
        let failures = entries.compactMap { entry -> Diagnostic? in
            if case .failure(let error) = entry.result { return error.diagnostics.first }
            return nil
        }
        #expect(failures.map(\.range.start.line) == [1, 3])
    }
}

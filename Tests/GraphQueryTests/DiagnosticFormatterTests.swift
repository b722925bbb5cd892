import Testing
@testable import GraphQuery

@Suite struct DiagnosticFormatterTests {
    @Test func rendersLocationSourceLineAndUnderline() throws {
        let source = "Blinken meet ?x\n?x \"hold talks\" ?y . filter typo(?y)"
        let entries = QueryScript.parse(source)
        #expect(entries.count == 2)
        guard case .failure(let error) = entries.last?.result else {
            Issue.record("second statement parsed")
            return
        }
        let text = DiagnosticFormatter.format(error, source: source, fileName: "morning.kgq")
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.first?.hasPrefix("morning.kgq:2:29: error: unknown function 'typo'") == true)
        #expect(lines.dropFirst().first == "?x \"hold talks\" ?y . filter typo(?y)")
        #expect(lines.dropFirst(2).first == String(repeating: " ", count: 28) + "^~~~")
        #expect(lines.last == "note: expected " + FilterExpression.Function.allCases.map(\.rawValue).joined(separator: ", "))
    }

    @Test func manyProblemsInOneStatementPrintTheFirstAndACount() throws {
        let source = String(repeating: "$", count: 5_000)
        let entries = QueryScript.parse(source)
        guard case .failure(let error) = entries.first?.result else {
            Issue.record("a line of stray characters parsed")
            return
        }
        let text = DiagnosticFormatter.format(error, source: source, fileName: "junk.kgq")
        let errors = text.split(separator: "\n").filter { $0.hasPrefix("junk.kgq:1:") }
        #expect(errors.count == DiagnosticFormatter.maxDiagnosticsShown)
        #expect(errors.first?.hasPrefix("junk.kgq:1:1: error: unexpected character '$'") == true)
        let hidden = 5_000 - DiagnosticFormatter.maxDiagnosticsShown
        #expect(text.hasSuffix("junk.kgq: note: \(hidden) more problems in this statement are not shown"))
        #expect(text.utf8.count < 20 * 3 * 5_100)
    }

    @Test func columnsAreCharactersNotBytes() {
        let source = "\"Šefčovič\" 👩‍👩‍👧 ?x"
        let text = DiagnosticFormatter.format(Diagnostic(.unexpectedCharacter, "unexpected character", at:
            SourceRange(start: SourceLocation(offset: 11, line: 1, column: 12),
                        end: SourceLocation(offset: 12, line: 1, column: 13))), source: source, fileName: "<stdin>")
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.first == "<stdin>:1:12: error: unexpected character")
        #expect(lines.last == String(repeating: " ", count: 11) + "^")
    }

    @Test func tabsKeepTheCaretAligned() {
        let source = "\t?x meet"
        let text = DiagnosticFormatter.format(Diagnostic(.unexpectedToken, "expected an object, found end of query",
            at: SourceRange(at: SourceLocation(offset: 8, line: 1, column: 9)), expected: ["an object"]),
            source: source, fileName: "q.kgq")
        #expect(text.split(separator: "\n").last == "\t       ^")
    }

    @Test func queryErrorsWithoutRangeGetOneLine() {
        let text = DiagnosticFormatter.format(QueryError(.cancelled), source: "?x ?p ?y", fileName: "<stdin>")
        #expect(text == "<stdin>: error: query cancelled")
    }
}

import Testing
@testable import GraphQuery

/// Error positions: each source marks with `‸` where the diagnostic must start.
@Suite struct DiagnosticTests {
    struct Case: Sendable, CustomStringConvertible {
        var marked: String
        var id: Diagnostic.ID
        var fragment: String
        var description: String { marked }
    }

    static let cases: [Case] = [
        Case(marked: "?x meet ‸", id: .unexpectedToken, fragment: "expected an object"),
        Case(marked: "?x ‸. ?y", id: .unexpectedToken, fragment: "expected a predicate"),
        Case(marked: "?x meet ?y ‸?z", id: .unexpectedToken, fragment: "expected '.'"),
        Case(marked: "?x meet ?y . filter ‸", id: .unexpectedToken, fragment: "expected ?variable"),
        Case(marked: "?x meet ?y . filter ‸typo(?y)", id: .unknownFunction, fragment: "did you mean 'type'?"),
        Case(marked: "?x meet ?y . filter ‸contains(?y)", id: .wrongArgumentCount, fragment: "takes 2 arguments, got 1"),
        Case(marked: "?x meet ?y order by ‸?z", id: .unknownVariable, fragment: "unknown variable '?z'"),
        Case(marked: "?x meet ?y . filter type(‸?yy) = person", id: .unknownVariable, fragment: "did you mean '?y'?"),
        Case(marked: "?x meet ?y optional { ?y visit ?z . filter ‸?w != ?z }", id: .unknownVariable,
             fragment: "unknown variable '?w'"),
        Case(marked: "select ‸?yy where ?x meet ?y", id: .unknownVariable, fragment: "did you mean '?y'?"),
        Case(marked: "select ?x ‸?y where { ?x meet ?y } group by ?x", id: .invalidAggregation, fragment: "not grouped"),
        Case(marked: "?x meet ?y limit ‸-1", id: .invalidNumber, fragment: "whole number"),
        Case(marked: "?x meet ?y limit 1 ‸limit 2", id: .unexpectedToken, fragment: "given twice"),
        Case(marked: "select ?x where { ?x meet ?y ‸", id: .unexpectedToken, fragment: "or '}', found end of query"),
        Case(marked: "?x meet ?y . optional ‸?y", id: .unexpectedToken, fragment: "expected '{'"),
        Case(marked: "?x (meet ‸?y", id: .unexpectedToken, fragment: "expected ')'"),
        Case(marked: "?x meet ‸\"Lavrov", id: .unterminatedString, fragment: "unterminated"),
        Case(marked: "?x meet ‸@y", id: .unexpectedCharacter, fragment: "'@'"),
        Case(marked: "\"Šefčovič\" meet ?y ‸Zürich", id: .unexpectedToken, fragment: "found 'Zürich'"),
        Case(marked: "?x meet ?y .\n  filter ?y = ‸)", id: .unexpectedToken, fragment: "found ')'"),
        Case(marked: "‸filter ?x", id: .unexpectedToken, fragment: "at least one pattern"),
        Case(marked: "neighbors Blinken depth ‸99", id: .invalidNumber, fragment: "from 0 to 6"),
    ]

    /// The text without the marker, and the marker's line and column (Characters).
    static func unmark(_ marked: String) -> (text: String, line: Int, column: Int) {
        var line = 1, column = 1
        var text = ""
        var found = (1, 1)
        for character in marked {
            if character == "‸" {
                found = (line, column)
                continue
            }
            text.append(character)
            if character.isNewline {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return (text, found.0, found.1)
    }

    @Test(arguments: cases)
    func diagnosticStartsAtMark(_ testCase: Case) {
        let (text, line, column) = Self.unmark(testCase.marked)
        do {
            let statement = try QueryParser.parse(text)
            Issue.record("parsed: \(statement)")
        } catch {
            let first = error.diagnostics.first
            #expect(first?.id == testCase.id)
            #expect(first?.range.start.line == line)
            #expect(first?.range.start.column == column)
            #expect(first?.message.contains(testCase.fragment) == true, "\(first?.message ?? "")")
        }
    }

    @Test func deepNestingIsRefusedNotOverflowed() {
        let deep = "?x meet ?y . filter " + String(repeating: "(", count: 10_000) + "?x" + String(repeating: ")", count: 10_000)
        #expect(throws: SyntaxError.self) { try QueryParser.parse(deep) }
        do {
            _ = try QueryParser.parse(deep)
        } catch {
            #expect(error.diagnostics.first?.id == .nestingTooDeep)
        }
        let nots = "?x meet ?y . filter " + String(repeating: "not ", count: 5_000) + "bound(?x)"
        #expect(throws: SyntaxError.self) { try QueryParser.parse(nots) }
        let paths = "?x " + String(repeating: "^", count: 5_000) + "p ?y"
        #expect(throws: SyntaxError.self) { try QueryParser.parse(paths) }
        let many = (0..<300).map { "?x p\($0) ?y" }.joined(separator: " . ")
        do {
            _ = try QueryParser.parse(many)
            Issue.record("300 patterns accepted")
        } catch {
            #expect(error.diagnostics.first?.id == .tooManyPatterns)
        }
    }
}

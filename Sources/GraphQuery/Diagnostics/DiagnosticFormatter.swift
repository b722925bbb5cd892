/// Renders problems the way compilers do, for the prompt, `kg query` and `kg run`:
///
/// ```
/// queries/morning.kgq:2:31: error: expected a predicate, '*', '^', '(' or ?variable, found '.'
/// ?x meet ?y . filter ?y = Lavrov . ?y .
///                                      ^
/// ```
///
/// Columns count Characters. Errors without a source range get the first line only.
public enum DiagnosticFormatter {
    /// One diagnostic: `file:L:C: severity: message`, the source line, and a `^~~~` underline
    /// under the diagnostic's range (to the end of the line when the range spans lines), then a
    /// `note: expected …` line when the message does not already say what was expected.
    /// `line` and `column` are where `source` starts in the file (a statement after others): its
    /// first line is shown indented to that column, so the underline sits under the file's columns.
    public static func format(_ diagnostic: Diagnostic, source: String, fileName: String,
                              line: Int = 1, column: Int = 1) -> String {
        render(message: diagnostic.message, severity: diagnostic.severity.rawValue, range: diagnostic.range,
               expected: diagnostic.expected, source: Source(text: source, line: line, column: column),
               fileName: fileName)
    }

    /// The most diagnostics of one statement that are printed: each repeats its source line, so a
    /// line of thousands of stray characters would otherwise print megabytes.
    public static let maxDiagnosticsShown = 20

    /// Any error a statement can raise: a ``SyntaxError`` (each diagnostic), a ``QueryError``
    /// (with its range when it has one), or anything else as `file: error: description`. `line`
    /// and `column` are where `source` starts in the file, as for a diagnostic.
    public static func format(_ error: any Error, source: String, fileName: String,
                              line: Int = 1, column: Int = 1) -> String {
        if let syntax = error as? SyntaxError {
            var lines = syntax.diagnostics.prefix(maxDiagnosticsShown).map {
                format($0, source: source, fileName: fileName, line: line, column: column)
            }
            let hidden = syntax.diagnostics.count - maxDiagnosticsShown
            if hidden > 0 { lines.append("\(fileName): note: \(hidden) more problems in this statement are not shown") }
            return lines.joined(separator: "\n")
        }
        if let diagnostic = error as? Diagnostic {
            return format(diagnostic, source: source, fileName: fileName, line: line, column: column)
        }
        if let query = error as? QueryError {
            if let range = query.range {
                return render(message: query.message, severity: "error", range: range, expected: [],
                              source: Source(text: source, line: line, column: column), fileName: fileName)
            }
            return "\(fileName): error: \(query.message)"
        }
        return "\(fileName): error: \(error)"
    }

    /// Text and where it starts in its file.
    private struct Source {
        var text: String
        var line: Int
        var column: Int
    }

    private static func render(message: String, severity: String, range: SourceRange, expected: [String],
                               source: Source, fileName: String) -> String {
        var lines = ["\(fileName):\(range.start.line):\(range.start.column): \(severity): \(message)"]
        let sourceLines = source.text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        let index = range.start.line - source.line
        if index >= 0, index < sourceLines.count {
            let indent = index == 0 ? Array(repeating: " " as Character, count: max(0, source.column - 1)) : []
            let line = indent + Array(sourceLines[index])
            lines.append(String(line))
            let startColumn = min(max(range.start.column - 1, 0), line.count)
            let endColumn = range.end.line == range.start.line ? min(range.end.column - 1, line.count) : line.count
            let padding = line.prefix(startColumn).map { $0 == "\t" ? "\t" : " " }.joined()
            let width = max(endColumn - startColumn, 1)
            lines.append(padding + "^" + String(repeating: "~", count: width - 1))
        }
        if !expected.isEmpty, !message.hasPrefix("expected") {
            lines.append("note: expected \(expected.joined(separator: ", "))")
        }
        return lines.joined(separator: "\n")
    }
}

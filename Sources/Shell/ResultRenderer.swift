import GraphExport

/// Turns a ``ShellResult`` into text in one of the ``OutputMode``s.
///
/// Table, box and line modes are for people: values are shown on one line (control characters
/// escaped), cut to ``maxColumnWidth`` columns with "…", at most ``maxRows`` rows, and a footer
/// gives the row count (`N rows (M shown)` when capped). CSV, TSV, JSON and JSON Lines are for
/// programs: every row, every character, no footer.
struct ResultRenderer {
    /// The output mode.
    var mode: OutputMode = .table
    /// Most rows shown in modes for people; 0 shows all.
    var maxRows: Int = 100
    /// Widest a column may be in table and box modes, in terminal columns.
    var maxColumnWidth: Int = 40
    /// Widest a whole table may be (the terminal's width), or nil for no limit: the widest
    /// columns are narrowed, down to ``minColumnWidth``, until the table fits.
    var maxTableWidth: Int?
    /// Narrowest a column gets when a table is fitted to the terminal.
    static let minColumnWidth = 6

    /// The result as text, ending with a newline.
    func render(_ result: ShellResult) -> String {
        switch mode {
        case .table: return grid(result, style: .ascii)
        case .box: return grid(result, style: .unicode)
        case .line: return lines(result)
        case .csv: return delimited(result, separator: ",")
        case .tsv: return delimited(result, separator: "\t")
        case .json: return json(result)
        case .jsonl: return jsonLines(result)
        }
    }

    /// The rows a person sees, and the footer under them.
    private func shownRows(_ result: ShellResult) -> (rows: ArraySlice<[ShellValue]>, footer: String) {
        let total = result.rows.count
        let shown = maxRows > 0 ? min(total, maxRows) : total
        var footer = Wording.count(total, "row")
        if shown < total { footer += " (\(shown) shown)" }
        return (result.rows.prefix(shown), footer)
    }

    /// A value on one line: line breaks, tabs and other control characters made visible.
    static func oneLine(_ text: String) -> String {
        TextEscaping.replacing(text) { scalar in
            switch scalar {
            case "\n": "\\n"
            case "\r": "\\r"
            case "\t": "\\t"
            default:
                scalar.value < 0x20 || scalar.value == 0x7F
                    ? "\\x" + (scalar.value < 0x10 ? "0" : "") + String(scalar.value, radix: 16) : nil
            }
        }
    }

    private struct GridStyle {
        let top: (String, String, String), middle: (String, String, String), bottom: (String, String, String)
        let horizontal: String, vertical: String

        static let ascii = GridStyle(top: ("+", "+", "+"), middle: ("+", "+", "+"), bottom: ("+", "+", "+"),
                                     horizontal: "-", vertical: "|")
        static let unicode = GridStyle(top: ("┌", "┬", "┐"), middle: ("├", "┼", "┤"), bottom: ("└", "┴", "┘"),
                                       horizontal: "─", vertical: "│")
    }

    private func grid(_ result: ShellResult, style: GridStyle) -> String {
        let (rows, footer) = shownRows(result)
        let header = result.columns.map { DisplayWidth.truncated(Self.oneLine($0), to: maxColumnWidth) }
        let cells = rows.map { row in
            result.columns.indices.map { column in
                DisplayWidth.truncated(Self.oneLine(cell(row, column).text), to: maxColumnWidth)
            }
        }
        var widths = header.map { DisplayWidth.of($0) }
        for row in cells {
            for (column, text) in row.enumerated() { widths[column] = max(widths[column], DisplayWidth.of(text)) }
        }
        if let maxTableWidth, !Self.fit(&widths, into: maxTableWidth) { return lines(result) }
        func rule(_ ends: (String, String, String)) -> String {
            ends.0 + widths.map { String(repeating: style.horizontal, count: $0 + 2) }.joined(separator: ends.1)
                + ends.2 + "\n"
        }
        func line(_ texts: [String], numeric: [Bool]) -> String {
            let padded = texts.enumerated().map { column, text in
                let shown = DisplayWidth.truncated(text, to: widths[column])
                return " " + DisplayWidth.padded(shown, to: widths[column], rightAligned: numeric[column]) + " "
            }
            return style.vertical + padded.joined(separator: style.vertical) + style.vertical + "\n"
        }
        guard !result.columns.isEmpty else { return footer + "\n" }
        var out = rule(style.top)
        out += line(header, numeric: header.map { _ in false })
        out += rule(style.middle)
        for (row, texts) in zip(rows, cells) {
            out += line(texts, numeric: result.columns.indices.map { cell(row, $0).isNumber })
        }
        out += rule(style.bottom)
        return out + footer + "\n"
    }

    /// Narrows the widest columns one step at a time until the table (with its borders and
    /// padding, 3 columns per cell plus 1) fits in `total`, never below ``minColumnWidth``;
    /// false when it still does not fit (the caller then prints one line per value instead).
    static func fit(_ widths: inout [Int], into total: Int) -> Bool {
        var width = widths.reduce(1) { $0 + $1 + 3 }
        while width > total, let widest = widths.indices.max(by: { widths[$0] < widths[$1] }),
              widths[widest] > minColumnWidth {
            widths[widest] -= 1
            width -= 1
        }
        return width <= total
    }

    private func lines(_ result: ShellResult) -> String {
        let (rows, footer) = shownRows(result)
        let width = result.columns.map { DisplayWidth.of($0) }.max() ?? 0
        var out = ""
        for (index, row) in rows.enumerated() {
            if index > 0 { out += "\n" }
            for (column, name) in result.columns.enumerated() {
                out += DisplayWidth.padded(name, to: width, rightAligned: true) + " = "
                    + Self.oneLine(cell(row, column).text) + "\n"
            }
        }
        if !rows.isEmpty { out += "\n" }
        return out + footer + "\n"
    }

    private func delimited(_ result: ShellResult, separator: String) -> String {
        let field: (ShellValue) -> String = separator == "," ? { value in
            CSVField.quoted(value.text, neutralizingFormulas: !value.isNumber)
        } : { value in Self.tsvField(value.text) }
        let end = separator == "," ? "\r\n" : "\n"
        var out = result.columns.map { field(.text($0)) }.joined(separator: separator) + end
        for row in result.rows {
            out += result.columns.indices.map { field(cell(row, $0)) }.joined(separator: separator) + end
        }
        return out
    }

    /// A TSV field: backslash, tab, CR and LF written as `\\`, `\t`, `\r`, `\n`.
    static func tsvField(_ text: String) -> String {
        TextEscaping.replacing(text) { scalar in
            switch scalar {
            case "\\": "\\\\"
            case "\t": "\\t"
            case "\n": "\\n"
            case "\r": "\\r"
            default: nil
            }
        }
    }

    private func jsonObject(_ result: ShellResult, _ row: [ShellValue]) -> String {
        let members = result.columns.enumerated().map { column, name in
            JSONText.quoted(name) + ":" + Self.jsonValue(cell(row, column))
        }
        return "{" + members.joined(separator: ",") + "}"
    }

    private func json(_ result: ShellResult) -> String {
        guard !result.rows.isEmpty else { return "[]\n" }
        return "[" + result.rows.map { jsonObject(result, $0) }.joined(separator: ",\n") + "]\n"
    }

    private func jsonLines(_ result: ShellResult) -> String {
        result.rows.map { jsonObject(result, $0) + "\n" }.joined()
    }

    /// A cell as a JSON value: numbers bare (a decimal that is not valid JSON number syntax is
    /// quoted), null as `null`, text quoted.
    static func jsonValue(_ value: ShellValue) -> String {
        switch value {
        case .integer(let number): String(number)
        case .decimal(let text): isJSONNumber(text) ? text : JSONText.quoted(text)
        case .null: "null"
        case .text(let text): JSONText.quoted(text)
        }
    }

    /// Whether text is a number as JSON writes one: `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`.
    static func isJSONNumber(_ text: String) -> Bool {
        var rest = Substring(text)
        func digits() -> Int {
            let count = rest.prefix { $0.isASCII && $0.isNumber }.count
            rest = rest.dropFirst(count)
            return count
        }
        if rest.first == "-" { rest = rest.dropFirst() }
        if rest.first == "0" { rest = rest.dropFirst() } else if digits() == 0 { return false }
        if rest.first == "." {
            rest = rest.dropFirst()
            if digits() == 0 { return false }
        }
        if rest.first == "e" || rest.first == "E" {
            rest = rest.dropFirst()
            if rest.first == "+" || rest.first == "-" { rest = rest.dropFirst() }
            if digits() == 0 { return false }
        }
        return rest.isEmpty
    }

    /// The cell at a column, or null when the row is short.
    private func cell(_ row: [ShellValue], _ column: Int) -> ShellValue {
        row.indices.contains(column) ? row[column] : .null
    }
}

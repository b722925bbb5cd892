/// RFC 4180 field quoting shared by the CSV export and the shell's csv mode.
public enum CSVField {
    /// The characters that make a spreadsheet treat a cell as a formula when it starts with one.
    static let formulaStarters: Set<Character> = ["=", "+", "-", "@", "\t", "\r"]

    /// The text as one CSV field: quoted when it holds a comma, quote, CR or LF or starts or
    /// ends with a space, with quotes doubled.
    ///
    /// With `neutralizingFormulas`, text that starts with `=`, `+`, `-`, `@`, tab or CR gets a
    /// leading `'`, so spreadsheets show it as text instead of running it (OWASP's advice
    /// against CSV injection). Pass `false` for numbers.
    public static func quoted(_ text: String, neutralizingFormulas: Bool = true) -> String {
        var value = text
        if neutralizingFormulas, let first = value.first, formulaStarters.contains(first) {
            value = "'" + value
        }
        let needsQuotes = value.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
            || value.first == " " || value.last == " "
        guard needsQuotes else { return value }
        var out = "\""
        for character in value {
            if character == "\"" { out += "\"\"" } else { out.append(character) }
        }
        return out + "\""
    }

    /// A CSV record: the fields joined by commas, ended by CRLF.
    public static func record(_ fields: [String]) -> String {
        fields.joined(separator: ",") + "\r\n"
    }
}

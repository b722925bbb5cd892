/// One cell of a result row, typed so machine-readable modes can write numbers as numbers.
public enum ShellValue: Sendable, Hashable {
    /// Text: a name, a predicate, a literal string.
    case text(String)
    /// A whole number (counts, years).
    case integer(Int64)
    /// A decimal number, kept as its canonical text.
    case decimal(String)
    /// No value (an unbound optional variable).
    case null

    /// The value as plain text (`null` shows as an empty string).
    public var text: String {
        switch self {
        case .text(let value): value
        case .integer(let value): String(value)
        case .decimal(let value): value
        case .null: ""
        }
    }

    /// Whether the value is a number (right-aligned in tables, unquoted in JSON).
    public var isNumber: Bool {
        switch self {
        case .integer, .decimal: true
        case .text, .null: false
        }
    }
}

/// A literal value that can stand as the object of a fact.
public enum Literal: Sendable, Hashable, Codable {
    /// Free text, with an optional language tag (from N-Triples `"…"@en`).
    case string(String, language: String? = nil)
    /// A whole number.
    case integer(Int64)
    /// A decimal number, kept as its canonical text so it round-trips exactly (`"3.50"`).
    case decimal(String)
    /// A calendar date, ISO 8601 `YYYY-MM-DD`.
    case date(String)
    /// A year on its own (`in 2014`).
    case year(Int32)
}

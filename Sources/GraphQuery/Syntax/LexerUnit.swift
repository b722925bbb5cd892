/// One Character of query text as ``TokenScanner`` reads it: a `Character`, or a byte of text
/// that is all ASCII with no carriage return (there each byte is one Character, so offsets and
/// columns are the same either way, and the byte tests below avoid Unicode property lookups).
protocol LexerUnit: Sendable {
    /// The unit's byte when it is one ASCII scalar, else nil.
    var ascii: UInt8? { get }
    var isNewline: Bool { get }
    var isWhitespace: Bool { get }
    var isLetter: Bool { get }
    var isNumber: Bool { get }
    /// The unit as a Character.
    var character: Character { get }
    /// The text of a run of units.
    static func text(_ units: ArraySlice<Self>) -> String
}

extension Character: LexerUnit {
    var ascii: UInt8? { utf8.count == 1 ? utf8.first : nil }
    var character: Character { self }
    static func text(_ units: ArraySlice<Character>) -> String { String(units) }
}

/// A byte of ASCII text without carriage returns, read as the Character it is.
struct ASCIIUnit: LexerUnit {
    let byte: UInt8

    var ascii: UInt8? { byte }
    /// Line feed, vertical tab and form feed (carriage returns never reach this type).
    var isNewline: Bool { byte >= 0x0A && byte <= 0x0D }
    /// What `Character.isWhitespace` accepts below 0x80: tab to carriage return, and space.
    var isWhitespace: Bool { byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) }
    var isLetter: Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
    var isNumber: Bool { byte >= 0x30 && byte <= 0x39 }
    var character: Character { Character(Unicode.Scalar(byte)) }

    /// The bytes read in place (a unit is stored as its one byte).
    static func text(_ units: ArraySlice<ASCIIUnit>) -> String {
        units.withUnsafeBytes { String(decoding: $0, as: UTF8.self) }
    }
}

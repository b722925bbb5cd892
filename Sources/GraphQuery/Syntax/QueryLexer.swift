/// Splits query text into tokens, counting lines and columns by Characters.
///
/// Problems (an unknown character, an unclosed quote) are recorded as diagnostics and lexing goes
/// on, so one pass reports every lexical error. Text that is all ASCII with no carriage return
/// (where every byte is one Character) is read byte by byte; other text Character by Character,
/// with the same tokens, offsets and columns.
public enum QueryLexer {
    /// Lexes the whole text, which starts at `line` and `column` of its file; the last token is
    /// always `.end`.
    /// - Complexity: O(*n*) for *n* Characters.
    public static func tokenize(_ text: String, line: Int = 1, column: Int = 1)
        -> (tokens: [QueryToken], diagnostics: [Diagnostic]) {
        if text.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) {
            return scan(text.utf8.map(ASCIIUnit.init(byte:)), line: line, column: column)
        }
        return scan(Array(text), line: line, column: column)
    }

    /// Lexes `units` (the Characters of the text, or the bytes of ASCII text).
    static func scan<Unit: LexerUnit>(_ units: [Unit], line: Int, column: Int)
        -> (tokens: [QueryToken], diagnostics: [Diagnostic]) {
        var scanner = TokenScanner(units, line: line, column: column)
        var tokens: [QueryToken] = []
        while true {
            let token = scanner.next()
            tokens.append(token)
            if token.kind == .end { break }
        }
        return (tokens, scanner.diagnostics)
    }

    /// Whether `character` may continue a bare word (letters, digits, `_`, `-`, `'`, `’`).
    static func isWordCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber || character == "_" || character == "-"
            || character == "'" || character == "\u{2019}"
    }
}

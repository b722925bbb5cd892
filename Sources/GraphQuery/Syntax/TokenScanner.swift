/// The lexer proper, over Characters or (for ASCII text) bytes: splits the units into tokens,
/// counting lines and columns by units, which are Characters either way.
///
/// Problems (an unknown character, an unclosed quote) are recorded as diagnostics and lexing goes
/// on, so one pass reports every lexical error.
struct TokenScanner<Unit: LexerUnit> {
    private let units: [Unit]
    private var index = 0
    private var line: Int
    private var column: Int
    private var sawNewline = false
    /// Problems found so far.
    private(set) var diagnostics: [Diagnostic] = []

    /// A scanner over `units`, which start at `line` and `column` of their file.
    init(_ units: [Unit], line: Int, column: Int) {
        self.units = units
        self.line = line
        self.column = column
    }

    /// The spellings of the two-byte symbols (`!=`, `<=`, `>=`, `&&`, `||`), by first byte.
    private static func isTwoByteSymbol(_ first: UInt8, _ second: UInt8) -> Bool {
        switch (first, second) {
        case (UInt8(ascii: "!"), UInt8(ascii: "=")), (UInt8(ascii: "<"), UInt8(ascii: "=")),
             (UInt8(ascii: ">"), UInt8(ascii: "=")), (UInt8(ascii: "&"), UInt8(ascii: "&")),
             (UInt8(ascii: "|"), UInt8(ascii: "|")): true
        default: false
        }
    }

    private static var oneByteSymbols: [UInt8] { Array(".;,(){}*+?^/|=<>!".utf8) }

    private var location: SourceLocation { SourceLocation(offset: index, line: line, column: column) }

    @inline(__always)
    private func peek(_ ahead: Int = 0) -> Unit? {
        let position = index + ahead
        return position < units.count ? units[position] : nil
    }

    /// The byte of the unit `ahead` of the current one, when it is ASCII.
    @inline(__always)
    private func peekASCII(_ ahead: Int = 0) -> UInt8? { peek(ahead)?.ascii }

    private mutating func advance() {
        guard let unit = peek() else { return }
        index += 1
        if unit.isNewline {
            line += 1
            column = 1
            sawNewline = true
        } else {
            column += 1
        }
    }

    private mutating func skipTrivia() {
        while let unit = peek() {
            if unit.isWhitespace {
                advance()
            } else if unit.ascii == UInt8(ascii: "#") {
                while let next = peek(), !next.isNewline { advance() }
            } else {
                return
            }
        }
    }

    /// ``QueryLexer/isWordCharacter(_:)`` for a unit.
    @inline(__always)
    private static func isWordUnit(_ unit: Unit) -> Bool {
        guard let byte = unit.ascii else { return QueryLexer.isWordCharacter(unit.character) }
        return unit.isLetter || unit.isNumber || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-")
            || byte == UInt8(ascii: "'")
    }

    @inline(__always)
    private static func isDigit(_ unit: Unit) -> Bool {
        guard let byte = unit.ascii else { return false }
        return byte >= 0x30 && byte <= 0x39
    }

    /// Lexes the next token, recording and skipping unexpected characters on the way (in a loop,
    /// so a long run of them does not deepen the stack).
    mutating func next() -> QueryToken {
        while true {
            if let token = token() { return token }
        }
    }

    /// The next token, or nil after recording an unexpected character and stepping over it.
    private mutating func token() -> QueryToken? {
        skipTrivia()
        let startsLine = sawNewline
        sawNewline = false
        let start = location
        func make(_ kind: QueryToken.Kind, _ text: String) -> QueryToken {
            QueryToken(kind: kind, text: text, range: SourceRange(start: start, end: location), startsLine: startsLine)
        }
        guard let unit = peek() else { return make(.end, "") }
        let byte = unit.ascii

        if byte == UInt8(ascii: "\"") {
            return make(.string, lexString(closing: "\"", start: start))
        }
        if byte == nil, unit.character == "\u{201C}" {
            return make(.string, lexString(closing: "\u{201D}", start: start))
        }
        if byte == UInt8(ascii: "?"), let next = peek(1), next.isLetter || next.isNumber || next.ascii == UInt8(ascii: "_") {
            advance()
            return make(.variable, lexWord())
        }
        if unit.isNumber || (byte == UInt8(ascii: "-") && (peek(1)?.isNumber ?? false)) {
            if let number = lexNumber() { return make(.number, number) }
            return make(.word, lexWord())
        }
        if byte == UInt8(ascii: "_"), !(peek(1).map(Self.isWordUnit) ?? false) {
            advance()
            return make(.anonymous, "_")
        }
        if unit.isLetter || byte == UInt8(ascii: "_") {
            return make(.word, lexWord())
        }
        if let byte, let next = peekASCII(1), Self.isTwoByteSymbol(byte, next) {
            advance()
            advance()
            return make(.symbol, String(decoding: [byte, next], as: UTF8.self))
        }
        if let byte, Self.oneByteSymbols.contains(byte) {
            advance()
            return make(.symbol, String(decoding: [byte], as: UTF8.self))
        }
        advance()
        diagnostics.append(Diagnostic(.unexpectedCharacter, "unexpected character '\(unit.character)'",
                                      at: SourceRange(start: start, end: location)))
        return nil
    }

    private mutating func lexWord() -> String {
        let first = index
        while let unit = peek(), Self.isWordUnit(unit) { advance() }
        return Unit.text(units[first ..< index])
    }

    /// Lexes `-?digits(.digits)?` when no word character follows; otherwise leaves the input alone.
    private mutating func lexNumber() -> String? {
        var probe = index
        if units[probe].ascii == UInt8(ascii: "-") { probe += 1 }
        while probe < units.count, Self.isDigit(units[probe]) { probe += 1 }
        if probe + 1 < units.count, units[probe].ascii == UInt8(ascii: "."), Self.isDigit(units[probe + 1]) {
            probe += 1
            while probe < units.count, Self.isDigit(units[probe]) { probe += 1 }
        }
        if probe < units.count, Self.isWordUnit(units[probe]) { return nil }
        let first = index
        while index < probe { advance() }
        return Unit.text(units[first ..< probe])
    }

    private mutating func lexString(closing: Character, start: SourceLocation) -> String {
        advance()
        var text = ""
        while let unit = peek() {
            if unit.character == closing {
                advance()
                return text
            }
            if unit.isNewline { break }
            if unit.ascii == UInt8(ascii: "\\"), let escaped = peek(1) {
                advance()
                advance()
                switch escaped.ascii {
                case UInt8(ascii: "n"): text.append("\n")
                case UInt8(ascii: "t"): text.append("\t")
                default: text.append(escaped.character)
                }
                continue
            }
            text.append(unit.character)
            advance()
        }
        diagnostics.append(Diagnostic(.unterminatedString, "unterminated quoted name",
                                      at: SourceRange(start: start, end: location), expected: ["\""]))
        return text
    }
}

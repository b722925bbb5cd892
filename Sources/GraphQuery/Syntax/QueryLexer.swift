/// Splits query text into tokens, counting lines and columns by Characters.
///
/// Problems (an unknown character, an unclosed quote) are recorded as diagnostics and lexing goes
/// on, so one pass reports every lexical error.
public struct QueryLexer: Sendable {
    private let characters: [Character]
    private var index = 0
    private var line = 1
    private var column = 1
    private var sawNewline = false
    /// Problems found so far.
    public private(set) var diagnostics: [Diagnostic] = []

    /// Makes a lexer over `text`, which starts at `line` and `column` of its file (a statement
    /// after others): tokens get the file's lines and columns, offsets count from the text's start.
    public init(_ text: String, line: Int = 1, column: Int = 1) {
        characters = Array(text)
        self.line = line
        self.column = column
    }

    /// Lexes the whole text, which starts at `line` and `column` of its file; the last token is
    /// always `.end`.
    public static func tokenize(_ text: String, line: Int = 1, column: Int = 1)
        -> (tokens: [QueryToken], diagnostics: [Diagnostic]) {
        var lexer = QueryLexer(text, line: line, column: column)
        var tokens: [QueryToken] = []
        while true {
            let token = lexer.next()
            tokens.append(token)
            if token.kind == .end { break }
        }
        return (tokens, lexer.diagnostics)
    }

    private static let twoCharacterSymbols: Set<String> = ["!=", "<=", ">=", "&&", "||"]
    private static let oneCharacterSymbols: Set<Character> = [
        ".", ";", ",", "(", ")", "{", "}", "*", "+", "?", "^", "/", "|", "=", "<", ">", "!",
    ]

    private var location: SourceLocation { SourceLocation(offset: index, line: line, column: column) }

    private func peek(_ ahead: Int = 0) -> Character? {
        let position = index + ahead
        return position < characters.count ? characters[position] : nil
    }

    private mutating func advance() {
        guard let character = peek() else { return }
        index += 1
        if character.isNewline {
            line += 1
            column = 1
            sawNewline = true
        } else {
            column += 1
        }
    }

    private mutating func skipTrivia() {
        while let character = peek() {
            if character.isWhitespace {
                advance()
            } else if character == "#" {
                while let next = peek(), !next.isNewline { advance() }
            } else {
                return
            }
        }
    }

    static func isWordCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber || character == "_" || character == "-"
            || character == "'" || character == "\u{2019}"
    }

    /// Lexes the next token, recording and skipping unexpected characters on the way (in a loop,
    /// so a long run of them does not deepen the stack).
    public mutating func next() -> QueryToken {
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
        guard let character = peek() else { return make(.end, "") }

        if character == "\"" || character == "\u{201C}" {
            return make(.string, lexString(closing: character == "\"" ? "\"" : "\u{201D}", start: start))
        }
        if character == "?", let next = peek(1), next.isLetter || next.isNumber || next == "_" {
            advance()
            return make(.variable, lexWord())
        }
        if character.isNumber || (character == "-" && (peek(1)?.isNumber ?? false)) {
            if let number = lexNumber() { return make(.number, number) }
            return make(.word, lexWord())
        }
        if character == "_", !(peek(1).map(Self.isWordCharacter) ?? false) {
            advance()
            return make(.anonymous, "_")
        }
        if character.isLetter || character == "_" {
            return make(.word, lexWord())
        }
        if let next = peek(1), Self.twoCharacterSymbols.contains(String([character, next])) {
            advance()
            advance()
            return make(.symbol, String([character, next]))
        }
        if Self.oneCharacterSymbols.contains(character) {
            advance()
            return make(.symbol, String(character))
        }
        advance()
        diagnostics.append(Diagnostic(.unexpectedCharacter, "unexpected character '\(character)'",
                                      at: SourceRange(start: start, end: location)))
        return nil
    }

    private mutating func lexWord() -> String {
        var text = ""
        while let character = peek(), Self.isWordCharacter(character) {
            text.append(character)
            advance()
        }
        return text
    }

    /// Lexes `-?digits(.digits)?` when no word character follows; otherwise leaves the input alone.
    private mutating func lexNumber() -> String? {
        var probe = index
        var text = ""
        if characters[probe] == "-" {
            text.append("-")
            probe += 1
        }
        while probe < characters.count, characters[probe].isASCII, characters[probe].isNumber {
            text.append(characters[probe])
            probe += 1
        }
        if probe + 1 < characters.count, characters[probe] == ".", characters[probe + 1].isASCII,
           characters[probe + 1].isNumber {
            text.append(".")
            probe += 1
            while probe < characters.count, characters[probe].isASCII, characters[probe].isNumber {
                text.append(characters[probe])
                probe += 1
            }
        }
        if probe < characters.count, Self.isWordCharacter(characters[probe]) { return nil }
        while index < probe { advance() }
        return text
    }

    private mutating func lexString(closing: Character, start: SourceLocation) -> String {
        advance()
        var text = ""
        while let character = peek() {
            if character == closing {
                advance()
                return text
            }
            if character.isNewline { break }
            if character == "\\", let escaped = peek(1) {
                advance()
                advance()
                switch escaped {
                case "n": text.append("\n")
                case "t": text.append("\t")
                default: text.append(escaped)
                }
                continue
            }
            text.append(character)
            advance()
        }
        diagnostics.append(Diagnostic(.unterminatedString, "unterminated quoted name",
                                      at: SourceRange(start: start, end: location), expected: ["\""]))
        return text
    }
}

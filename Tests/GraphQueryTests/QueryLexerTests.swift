import Testing
@testable import GraphQuery

@Suite struct QueryLexerTests {
    /// Renders tokens compactly: `w:Blinken v:x s:. "q" n:12 _ end`.
    static func render(_ text: String) -> String {
        QueryLexer.tokenize(text).tokens.map { token in
            switch token.kind {
            case .word: "w:\(token.text)"
            case .string: "\"\(token.text)\""
            case .number: "n:\(token.text)"
            case .variable: "v:\(token.text)"
            case .anonymous: "_"
            case .symbol: "s:\(token.text)"
            case .end: "end"
            }
        }.joined(separator: " ")
    }

    @Test(arguments: [
        ("Blinken meet ?x", "w:Blinken w:meet v:x end"),
        ("\"Antony Blinken\" \"hold talks with\" ?who .", "\"Antony Blinken\" \"hold talks with\" v:who s:. end"),
        ("?x meet+ ?y", "v:x w:meet s:+ v:y end"),
        ("?x ^lead/annex* _", "v:x s:^ w:lead s:/ w:annex s:* _ end"),
        ("?x (a|b)? ?y", "v:x s:( w:a s:| w:b s:) s:? v:y end"),
        ("filter ?y >= 2000 && ?y != 3.5", "w:filter v:y s:>= n:2000 s:&& v:y s:!= n:3.5 end"),
        ("filter ?c > -1 || !bound(?x)", "w:filter v:c s:> n:-1 s:|| s:! w:bound s:( v:x s:) end"),
        ("Jean-Claude O'Neill 3M", "w:Jean-Claude w:O'Neill w:3M end"),
        ("_private _", "w:_private _ end"),
        ("a # comment ?x\nb", "w:a w:b end"),
        ("\"say \\\"hi\\\"\" x", "\"say \"hi\"\" w:x end"),
        ("“Zürich” ?x", "\"Zürich\" v:x end"),
        ("?x.?y", "v:x s:. v:y end"),
        ("limit 10;", "w:limit n:10 s:; end"),
        ("", "end"),
    ])
    func tokens(text: String, expected: String) {
        #expect(Self.render(text) == expected)
    }

    @Test func positionsCountCharacters() throws {
        let (tokens, diagnostics) = QueryLexer.tokenize("\"Šefčovič\" 👩‍👩‍👧 ?x\n  meet")
        #expect(diagnostics.map(\.id) == [.unexpectedCharacter])
        #expect(diagnostics.first?.range.start.column == 12)
        let variable = try #require(tokens.first { $0.kind == .variable })
        #expect(variable.range.start == SourceLocation(offset: 13, line: 1, column: 14))
        #expect(variable.range.end.column == 16)
        let meet = try #require(tokens.first { $0.text == "meet" })
        #expect(meet.range.start.line == 2)
        #expect(meet.range.start.column == 3)
        #expect(meet.startsLine)
        #expect(!variable.startsLine)
    }

    @Test func unterminatedStringIsReportedAtItsQuote() throws {
        let (tokens, diagnostics) = QueryLexer.tokenize("?x meet \"Sergei Lavrov\n?y")
        #expect(diagnostics.map(\.id) == [.unterminatedString])
        #expect(diagnostics.first?.range.start.column == 9)
        #expect(tokens.contains { $0.kind == .string && $0.text == "Sergei Lavrov" })
        #expect(tokens.contains { $0.kind == .variable && $0.text == "y" })
    }

    /// Every ASCII byte but the carriage return reads the same as a byte as it does as a Character.
    @Test func asciiUnitsAgreeWithCharacters() {
        for byte in UInt8(0) ..< 0x80 where byte != 0x0D {
            let unit = ASCIIUnit(byte: byte), character = Character(Unicode.Scalar(byte))
            #expect(unit.isNewline == character.isNewline, "byte \(byte)")
            #expect(unit.isWhitespace == character.isWhitespace, "byte \(byte)")
            #expect(unit.isLetter == character.isLetter, "byte \(byte)")
            #expect(unit.isNumber == character.isNumber, "byte \(byte)")
            #expect(unit.character == character)
            #expect(unit.ascii == character.ascii)
            #expect(MemoryLayout<ASCIIUnit>.stride == 1)
        }
    }

    /// The byte path for ASCII text gives exactly the tokens and diagnostics of the Character path,
    /// on random ASCII texts made of query fragments and stray bytes.
    @Test func asciiTextLexesAsCharactersDo() {
        var rng = SplitMix(seed: 7)
        let pieces = ["?x", "?", "_", "_a", "-", "-3", "3.5", "12x", "4.", "\"", "\\\"", "\\n", "#c\n", "\n", "\t", " ",
                      "meet", "O'Neill", "!=", "<=", ">=", "&&", "||", "!", "=", ".", ";", "(", ")", "{", "}", "^", "/",
                      "|", "*", "+", "@", "$", "%", "`", "~", "[", "]", "\u{0B}", "\u{0C}", "\u{1F}", "\u{7F}", "\u{00}"]
        for _ in 0 ..< 400 {
            let text = (0 ..< Int.random(in: 0 ... 14, using: &rng)).map { _ in pieces.randomElement(using: &rng) ?? "" }.joined()
            let bytes = QueryLexer.tokenize(text, line: 3, column: 5)
            let characters = QueryLexer.scan(Array(text), line: 3, column: 5)
            #expect(bytes.tokens == characters.tokens, "\(text.debugDescription)")
            #expect(bytes.diagnostics == characters.diagnostics, "\(text.debugDescription)")
        }
    }
}

/// A subject or object of a pattern, or a name in a helper statement, as written.
public struct PatternTerm: Sendable, Equatable {
    /// What was written.
    public enum Kind: Sendable, Equatable {
        /// A variable `?name`; holds the name without `?`.
        case variable(String)
        /// The anonymous term `_`: a fresh variable that is never shown.
        case anonymous
        /// A bare word or a "quoted name": matched against entity names and aliases.
        case name(String, quoted: Bool)
        /// A number: matches integer, year and decimal literals of that value.
        case number(String)
    }

    /// What was written.
    public var kind: Kind
    /// Where it was written.
    public var range: SourceRange

    /// Makes a term.
    public init(_ kind: Kind, range: SourceRange) {
        self.kind = kind
        self.range = range
    }

    /// The variable name, if the term is a variable.
    public var variableName: String? {
        if case .variable(let name) = kind { return name }
        return nil
    }
}

extension PatternTerm: CustomStringConvertible {
    /// The term as it would be typed.
    public var description: String {
        switch kind {
        case .variable(let name): "?\(name)"
        case .anonymous: "_"
        case .name(let text, let quoted): quoted || !PatternTerm.isBareWord(text) ? PatternTerm.quote(text) : text
        case .number(let text): text
        }
    }

    /// Whether `text` lexes back as one bare word. A name written bare prints bare even when it
    /// is spelled like a keyword: it parsed as a name where it stood, and the canonical form keeps
    /// it in the same kind of place.
    static func isBareWord(_ text: String) -> Bool {
        guard let first = text.first, first.isLetter || first == "_" else { return false }
        guard text != "_" else { return false }
        return text.allSatisfy(QueryLexer.isWordCharacter)
    }

    /// `text` in double quotes with `"` and `\` escaped, line feeds and tabs as `\n` and `\t`,
    /// and any other line break (form feed, vertical tab, carriage return, U+2028, …), which
    /// would end the quoted name, behind a backslash: the lexer reads `\` and any character as
    /// that character.
    static func quote(_ text: String) -> String {
        var out = "\""
        for character in text {
            switch character {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default:
                if character.isNewline { out += "\\" }
                out.append(character)
            }
        }
        return out + "\""
    }
}

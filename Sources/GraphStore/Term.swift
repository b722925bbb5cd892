/// A decoded term: what a ``TermID`` stands for.
public enum Term: Sendable, Hashable {
    /// An entity with its canonical name and type.
    case entity(name: String, type: EntityType)
    /// A predicate with its normalised phrase.
    case predicate(String)
    /// A literal value.
    case literal(Literal)

    /// The text people read for this term: the name, the phrase, or the literal's lexical form.
    public var displayText: String {
        switch self {
        case .entity(let name, _): name
        case .predicate(let text): text
        case .literal(let literal): literal.lexicalForm
        }
    }
}

extension Literal {
    /// The literal's lexical form (`2014`, `3.50`, `2022-02-24`, or the string itself).
    public var lexicalForm: String {
        switch self {
        case .string(let text, _): text
        case .integer(let value): String(value)
        case .decimal(let text): text
        case .date(let text): text
        case .year(let value): String(value)
        }
    }

    /// The stored form: the term kind and the text kept in the dictionary.
    ///
    /// A language-tagged string is stored as `tag NUL text` (tags never contain NUL).
    var encoded: (kind: TermKind, text: String) {
        switch self {
        case .string(let text, let language?): (.languageString, language.lowercased() + "\u{0}" + text)
        case .string(let text, nil): (.string, text)
        case .integer(let value): (.integer, String(value))
        case .decimal(let text): (.decimal, text)
        case .date(let text): (.date, text)
        case .year(let value): (.year, String(value))
        }
    }

    /// Rebuilds a literal from its stored form; `nil` for non-literal kinds.
    init?(kind: TermKind, text: String) {
        switch kind {
        case .entity, .predicate: return nil
        case .string: self = .string(text, language: nil)
        case .languageString:
            let parts = text.split(separator: "\u{0}", maxSplits: 1, omittingEmptySubsequences: false)
            self = .string(parts.count == 2 ? String(parts[1]) : text,
                           language: parts.count == 2 ? String(parts[0]) : nil)
        case .integer: self = .integer(Int64(text) ?? 0)
        case .decimal: self = .decimal(text)
        case .date: self = .date(text)
        case .year: self = .year(Int32(text) ?? 0)
        }
    }
}

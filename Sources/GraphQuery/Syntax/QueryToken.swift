/// One lexical token of query text with the range it covers.
public struct QueryToken: Sendable, Hashable {
    /// What kind of token this is.
    public enum Kind: Sendable, Hashable {
        /// A bare word: a name, predicate or keyword (`Blinken`, `meet`, `filter`).
        case word
        /// A "quoted name" or string; `text` holds the unescaped content.
        case string
        /// A number (`2014`, `0.75`).
        case number
        /// A variable `?x`; `text` holds the name without `?`.
        case variable
        /// The anonymous term `_`.
        case anonymous
        /// Punctuation or an operator; `text` holds its spelling (`.`, `;`, `(`, `!=`, `&&` …).
        case symbol
        /// The end of the text.
        case end
    }

    /// The kind of token.
    public var kind: Kind
    /// The token's text (unescaped for strings, without `?` for variables).
    public var text: String
    /// Where the token is in the source.
    public var range: SourceRange
    /// Whether a line break separates this token from the one before it.
    public var startsLine: Bool

    /// Makes a token.
    public init(kind: Kind, text: String, range: SourceRange, startsLine: Bool = false) {
        self.kind = kind
        self.text = text
        self.range = range
        self.startsLine = startsLine
    }

    /// Whether this is the symbol `spelling`.
    public func isSymbol(_ spelling: String) -> Bool { kind == .symbol && text == spelling }

    /// Whether this is the bare word `keyword` (given in lowercase), compared case-insensitively.
    /// An ASCII word is compared byte by byte with ASCII case folding, with no lowercased copy.
    public func isKeyword(_ keyword: String) -> Bool {
        guard kind == .word else { return false }
        let bytes = text.utf8
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return text.lowercased() == keyword }
        return bytes.elementsEqual(keyword.utf8) { ($0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0) == $1 }
    }

    /// How the token reads in an "expected …, found …" message.
    public var displayName: String {
        switch kind {
        case .word: "'\(text)'"
        case .string: "\"\(text)\""
        case .number: "'\(text)'"
        case .variable: "'?\(text)'"
        case .anonymous: "'_'"
        case .symbol: "'\(text)'"
        case .end: "end of query"
        }
    }
}

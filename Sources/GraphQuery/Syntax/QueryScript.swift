/// Text holding any number of statements, as typed at the prompt or saved in a `.kgq` file.
///
/// A statement ends at a `;`, or at the end of a line, unless the statement cannot end there:
/// a bracket `(` or `{` is still open, the line ends with a token that needs more (`.`, `/`, `|`,
/// `^`, `,`, a comparison, `and`, `or`, `not`, `where`, `select`, `distinct`, `filter`,
/// `optional`, `by`, `explain`, `why`), or the next line starts with one that continues
/// (`.`, `/`, `|`, `)`, `}`, `where`, `filter`, `optional`, `order`, `group`, `limit`,
/// `offset`, `and`, `or`).
public enum QueryScript {
    /// One statement of a script: where it is, its text, and its parse.
    public struct Entry: Sendable {
        /// Where the statement is in the script.
        public var range: SourceRange
        /// The statement's text.
        public var text: String
        /// The statement, or why it does not parse.
        public var result: Result<Statement, SyntaxError>
    }

    private static let continuingEnds: Set<String> = [
        ".", "/", "|", "^", ",", "(", "{", "=", "!=", "<", "<=", ">", ">=", "!", "&&", "||",
        "and", "or", "not", "where", "select", "distinct", "filter", "optional", "by", "explain", "why",
    ]
    private static let continuingStarts: Set<String> = [
        ".", "/", "|", ")", "}", "&&", "||",
        "where", "filter", "optional", "order", "group", "limit", "offset", "and", "or",
    ]

    private static func spelling(_ token: QueryToken) -> String? {
        switch token.kind {
        case .symbol: token.text
        case .word: token.text.lowercased()
        default: nil
        }
    }

    /// Where text typed line by line stands: its bracket depth, whether its last token needs
    /// more, and whether a statement is under way (a token after the last `;`). The lexer's state
    /// ends with each line (quoted names and comments do not cross line ends), so a prompt can add
    /// each line as it comes and lex every line once, however long the statement grows.
    public struct Progress: Sendable, Equatable {
        private var depth = 0
        private var endsWanting = false
        private var isOpen = false

        /// The progress of empty text.
        public init() {}

        /// Whether the text so far holds only complete statements (see ``isComplete(_:)``).
        public var isComplete: Bool { depth == 0 && !endsWanting }

        /// Adds `text` (one or more whole lines) after the text so far.
        /// - Complexity: O(length of `text`).
        public mutating func add(_ text: String) {
            for token in QueryLexer.tokenize(text).tokens where token.kind != .end {
                if token.isSymbol("(") || token.isSymbol("{") { depth += 1 }
                if token.isSymbol(")") || token.isSymbol("}") { depth = max(0, depth - 1) }
                endsWanting = spelling(token).map(continuingEnds.contains) ?? false
                isOpen = !(token.isSymbol(";") && depth == 0)
            }
        }

        /// Whether `line`, after the complete text so far, carries its last statement on: a
        /// statement is under way and the line's first token is one that continues (`where`,
        /// `filter`, `.`, `|`, `order`, …: the list above).
        /// - Complexity: O(length of `line`).
        public func continues(with line: String) -> Bool {
            guard isOpen, let first = QueryLexer.tokenize(line).tokens.first, first.kind != .end else { return false }
            return spelling(first).map(continuingStarts.contains) ?? false
        }
    }

    /// Whether `text` holds only complete statements, so a prompt can run it rather than ask for
    /// another line. Empty text and text with only comments are complete.
    public static func isComplete(_ text: String) -> Bool {
        var progress = Progress()
        progress.add(text)
        return progress.isComplete
    }

    /// Splits `text` into statements by the rules above and parses each. `line` and `column`
    /// are where the text starts in its file (a statement after others on its line): entries
    /// carry the file's lines and columns.
    /// - Complexity: O(n) in the length of `text`.
    public static func parse(_ text: String, line: Int = 1, column: Int = 1) -> [Entry] {
        let (tokens, lexical) = QueryLexer.tokenize(text, line: line, column: column)
        let characters = Array(text)
        var entries: [Entry] = []
        var segment: [QueryToken] = []
        var depth = 0
        // Lexical problems in text order; those before the next statement, or after the last, are
        // in no statement and come back as an entry of their own.
        var nextLexical = 0
        var orphans: [Diagnostic] = []

        func finish(endingAt location: SourceLocation) {
            guard let first = segment.first, let lastToken = segment.last else { return }
            let range = SourceRange(start: first.range.start, end: lastToken.range.end)
            let body = segment + [QueryToken(kind: .end, text: "", range: SourceRange(at: location))]
            while nextLexical < lexical.count, lexical[nextLexical].range.start < range.start {
                orphans.append(lexical[nextLexical])
                nextLexical += 1
            }
            var own: [Diagnostic] = []
            while nextLexical < lexical.count, lexical[nextLexical].range.start <= range.end {
                own.append(lexical[nextLexical])
                nextLexical += 1
            }
            let result: Result<Statement, SyntaxError>
            if !own.isEmpty {
                result = .failure(SyntaxError(diagnostics: own))
            } else {
                var parser = QueryParser(tokens: body)
                do {
                    result = .success(try parser.parseStatementToEnd())
                } catch {
                    result = .failure(SyntaxError(diagnostics: [error]))
                }
            }
            let lower = min(max(0, range.start.offset), characters.count)
            let upper = min(max(lower, range.end.offset), characters.count)
            entries.append(Entry(range: range, text: String(characters[lower..<upper]), result: result))
            segment = []
        }

        for token in tokens {
            if token.kind == .end {
                finish(endingAt: segment.last?.range.end ?? token.range.start)
                break
            }
            if token.isSymbol(";"), depth == 0 {
                finish(endingAt: token.range.start)
                continue
            }
            if token.startsLine, depth == 0, let previous = segment.last,
               !(spelling(previous).map(continuingEnds.contains) ?? false),
               !(spelling(token).map(continuingStarts.contains) ?? false) {
                finish(endingAt: previous.range.end)
            }
            if token.isSymbol("(") || token.isSymbol("{") { depth += 1 }
            if token.isSymbol(")") || token.isSymbol("}") { depth = max(0, depth - 1) }
            segment.append(token)
        }
        orphans += lexical[min(nextLexical, lexical.count)...]
        if let first = orphans.first {
            entries.append(Entry(range: first.range, text: "", result: .failure(SyntaxError(diagnostics: orphans))))
            entries.sort { $0.range.start < $1.range.start }
        }
        return entries
    }
}

/// Turns the tokens of one statement into a ``Statement``.
///
/// The parser never prints: it throws a ``Diagnostic`` naming the first problem with its range
/// and the tokens that would have been accepted. Use ``parse(_:)`` for one statement and
/// ``QueryScript`` for text that may hold several.
public struct QueryParser: Sendable {
    /// The deepest nesting of brackets, `not`, `optional` and `explain` accepted; deeper input is
    /// refused with ``Diagnostic/ID/nestingTooDeep`` rather than risking the stack.
    public static let maximumDepth = 48
    /// The most triple patterns one statement may hold.
    public static let maximumPatterns = 256

    /// Every keyword, lowercase and sorted, for Tab completion at the prompt.
    public static var keywords: [String] { Keyword.reserved.sorted() }

    /// Every filter function name, sorted, for Tab completion at the prompt.
    public static var functionNames: [String] { FilterExpression.Function.allCases.map(\.rawValue).sorted() }

    let tokens: [QueryToken]
    var position = 0
    var depth = 0
    var patternCount = 0

    /// Makes a parser over the tokens of one statement; the last token must be `.end`.
    init(tokens: [QueryToken]) {
        self.tokens = tokens
    }

    /// Parses exactly one statement (a trailing `;` is allowed). `line` and `column` are where
    /// the text starts in its file, so diagnostics name the file's positions.
    ///
    /// - Throws: ``SyntaxError`` with every lexical problem, or the first grammatical one.
    public static func parse(_ text: String, line: Int = 1, column: Int = 1) throws(SyntaxError) -> Statement {
        let (tokens, lexical) = QueryLexer.tokenize(text, line: line, column: column)
        if !lexical.isEmpty { throw SyntaxError(diagnostics: lexical) }
        var body = tokens
        if body.count >= 2, body[body.count - 2].isSymbol(";") { body.remove(at: body.count - 2) }
        var parser = QueryParser(tokens: body)
        do {
            return try parser.parseStatementToEnd()
        } catch {
            throw SyntaxError(diagnostics: [error])
        }
    }

    // MARK: QueryToken access

    var current: QueryToken {
        tokens[min(position, tokens.count - 1)]
    }

    func peek(_ ahead: Int) -> QueryToken {
        tokens[min(position + ahead, tokens.count - 1)]
    }

    @discardableResult
    mutating func advance() -> QueryToken {
        let token = current
        if position < tokens.count - 1 { position += 1 }
        return token
    }

    /// The range from `start` to the end of the last consumed token.
    func range(from start: SourceLocation) -> SourceRange {
        let last = position > 0 ? tokens[min(position - 1, tokens.count - 1)].range.end : start
        return SourceRange(start: start, end: max(last, start))
    }

    mutating func acceptKeyword(_ keyword: String) -> Bool {
        guard current.isKeyword(keyword) else { return false }
        advance()
        return true
    }

    mutating func acceptSymbol(_ symbol: String) -> Bool {
        guard current.isSymbol(symbol) else { return false }
        advance()
        return true
    }

    mutating func expectKeyword(_ keyword: String) throws(Diagnostic) {
        guard acceptKeyword(keyword) else { throw unexpected(expected: ["'\(keyword)'"]) }
    }

    mutating func expectSymbol(_ symbol: String) throws(Diagnostic) {
        guard acceptSymbol(symbol) else { throw unexpected(expected: ["'\(symbol)'"]) }
    }

    /// "expected X, found Y" at the current token.
    func unexpected(expected: [String]) -> Diagnostic {
        let list: String
        switch expected.count {
        case 0: list = "something else"
        case 1: list = expected[0]
        default: list = expected.dropLast().joined(separator: ", ") + " or " + (expected.last ?? "")
        }
        return Diagnostic(.unexpectedToken, "expected \(list), found \(current.displayName)",
                          at: current.range, expected: expected)
    }

    /// Enters one level of nesting, refusing to go past ``maximumDepth``.
    mutating func enter(at range: SourceRange) throws(Diagnostic) {
        depth += 1
        if depth > QueryParser.maximumDepth {
            throw Diagnostic(.nestingTooDeep, "query nested more than \(QueryParser.maximumDepth) levels deep", at: range)
        }
    }

    mutating func leave() { depth -= 1 }

    // MARK: Statements

    mutating func parseStatementToEnd() throws(Diagnostic) -> Statement {
        let statement = try parseStatement()
        guard current.kind == .end else {
            throw unexpected(expected: ["'.'", "'filter'", "'optional'", "'order by'", "'limit'", "end of query"])
        }
        return statement
    }

    mutating func parseStatement() throws(Diagnostic) -> Statement {
        let start = current.range.start
        if current.isKeyword("explain") {
            try enter(at: current.range)
            advance()
            let inner = try parseStatement()
            leave()
            return .explain(inner, range(from: start))
        }
        if current.isKeyword("why") {
            advance()
            let query = try parseQuery()
            return .why(query, range(from: start))
        }
        if current.isKeyword("neighbors") || current.isKeyword("neighbours"),
           peek(2).kind == .end || peek(2).isKeyword("depth") {
            advance()
            let term = try parseNameTerm()
            var depth = Statement.defaultNeighborDepth
            if acceptKeyword("depth") { depth = try parseCount(maximum: 6) }
            return .neighbors(term, depth: depth, range(from: start))
        }
        if current.isKeyword("path"), peek(2).isKeyword("to") {
            advance()
            let from = try parseNameTerm()
            try expectKeyword("to")
            let to = try parseNameTerm()
            var maxLength = Statement.defaultPathLength
            if acceptKeyword("max") { maxLength = try parseCount(maximum: 12) }
            return .path(from: from, to: to, maxLength: maxLength, range(from: start))
        }
        return .query(try parseQuery())
    }

    /// A name or number term for a helper statement (no variables).
    mutating func parseNameTerm() throws(Diagnostic) -> PatternTerm {
        let token = current
        switch token.kind {
        case .word, .string:
            advance()
            return PatternTerm(.name(token.text, quoted: token.kind == .string), range: token.range)
        default:
            throw unexpected(expected: ["a name"])
        }
    }

    /// A non-negative whole number no larger than `maximum`.
    mutating func parseCount(maximum: Int = Int(Int32.max)) throws(Diagnostic) -> Int {
        let token = current
        guard token.kind == .number else { throw unexpected(expected: ["a number"]) }
        guard let value = Int(token.text), value >= 0, value <= maximum else {
            throw Diagnostic(.invalidNumber, "expected a whole number from 0 to \(maximum), found '\(token.text)'",
                             at: token.range)
        }
        advance()
        return value
    }

    // MARK: Queries

    mutating func parseQuery() throws(Diagnostic) -> Query {
        let start = current.range.start
        var projection: [Query.ProjectionItem]?
        var distinct = false
        var braced = false
        if acceptKeyword("select") {
            distinct = acceptKeyword("distinct")
            projection = try parseProjection()
            try expectKeyword("where")
        }
        if current.isSymbol("{") {
            try enter(at: current.range)
            advance()
            braced = true
        }
        let group = try parseGroup(closedByBrace: braced)
        if braced {
            try expectSymbol("}")
            leave()
        }
        guard group.elements.contains(where: { if case .triple = $0 { true } else { false } }) else {
            throw Diagnostic(.unexpectedToken, "a query needs at least one pattern", at: range(from: start),
                             expected: ["a pattern"])
        }
        var query = Query(projection: projection, distinct: distinct, pattern: group, range: range(from: start))
        try parseModifiers(into: &query)
        query.range = range(from: start)
        try QueryValidator.validate(query)
        return query
    }

    /// `?x ?y count(*) as ?n …` up to `where`; nil for `*`.
    mutating func parseProjection() throws(Diagnostic) -> [Query.ProjectionItem]? {
        if acceptSymbol("*") { return nil }
        var items: [Query.ProjectionItem] = []
        while true {
            let token = current
            if token.kind == .variable {
                advance()
                items.append(.variable(token.text, token.range))
            } else if token.isKeyword("count") || (token.isSymbol("(") && peek(1).isKeyword("count")) {
                items.append(try parseCountItem())
            } else if items.isEmpty {
                throw unexpected(expected: ["a variable", "'count'", "'*'"])
            } else {
                return items
            }
            _ = acceptSymbol(",")
        }
    }

    /// `count(*)`, `count(?x)`, `count(distinct ?x)`, each with an optional `as ?name`, optionally
    /// inside parentheses as in SPARQL.
    mutating func parseCountItem() throws(Diagnostic) -> Query.ProjectionItem {
        let start = current.range.start
        let parenthesised = acceptSymbol("(")
        try expectKeyword("count")
        try expectSymbol("(")
        var variable: String?
        let distinct = acceptKeyword("distinct")
        if !distinct, acceptSymbol("*") {
            variable = nil
        } else if current.kind == .variable {
            variable = advance().text
        } else {
            throw unexpected(expected: distinct ? ["a variable"] : ["'*'", "a variable", "'distinct'"])
        }
        try expectSymbol(")")
        var alias = "count"
        if acceptKeyword("as") {
            guard current.kind == .variable else { throw unexpected(expected: ["a variable"]) }
            alias = advance().text
        }
        if parenthesised { try expectSymbol(")") }
        return .count(variable: variable, distinct: distinct, alias: alias, range(from: start))
    }

    /// `group by`, `order by`, `limit`, `offset`, in that order (`limit` and `offset` either way).
    mutating func parseModifiers(into query: inout Query) throws(Diagnostic) {
        if acceptKeyword("group") {
            try expectKeyword("by")
            while current.kind == .variable {
                query.groupBy.append(advance().text)
                _ = acceptSymbol(",")
            }
            if query.groupBy.isEmpty { throw unexpected(expected: ["a variable"]) }
        }
        if acceptKeyword("order") {
            try expectKeyword("by")
            while let key = try parseOrderKey() {
                query.orderBy.append(key)
                _ = acceptSymbol(",")
            }
            if query.orderBy.isEmpty { throw unexpected(expected: ["a variable", "'asc'", "'desc'"]) }
        }
        while current.isKeyword("limit") || current.isKeyword("offset") {
            let isLimit = current.isKeyword("limit")
            if isLimit ? query.limit != nil : query.offset != nil {
                throw Diagnostic(.unexpectedToken, "'\(current.text.lowercased())' given twice", at: current.range)
            }
            advance()
            let value = try parseCount()
            if isLimit { query.limit = value } else { query.offset = value }
        }
    }

    /// `?x`, `asc ?x`, `desc ?x`, `asc(?x)`, `desc(?x)`; nil when no key starts here.
    mutating func parseOrderKey() throws(Diagnostic) -> Query.OrderKey? {
        let start = current.range.start
        var descending = false
        var direction = false
        if current.isKeyword("asc") || current.isKeyword("desc") {
            descending = current.isKeyword("desc")
            direction = true
            advance()
        }
        let parenthesised = direction && acceptSymbol("(")
        guard current.kind == .variable else {
            if direction { throw unexpected(expected: ["a variable"]) }
            return nil
        }
        let name = advance().text
        if parenthesised { try expectSymbol(")") }
        return Query.OrderKey(variable: name, descending: descending, range: range(from: start))
    }
}

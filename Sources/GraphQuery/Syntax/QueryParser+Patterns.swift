extension QueryParser {
    /// What may follow a pattern or a filter inside a group.
    private func groupFollowers(closedByBrace: Bool) -> [String] {
        closedByBrace ? ["'.'", "'filter'", "'optional'", "'}'"]
            : ["'.'", "'filter'", "'optional'", "'order by'", "'group by'", "'limit'", "'offset'", "end of query"]
    }

    /// Whether the current token ends an unbraced group (a solution modifier or the end).
    private var atGroupEnd: Bool {
        current.kind == .end || current.isKeyword("order") || current.isKeyword("group")
            || current.isKeyword("limit") || current.isKeyword("offset")
    }

    /// Patterns, `filter`s and `optional { … }` blocks up to `}` (when braced) or a solution modifier.
    mutating func parseGroup(closedByBrace: Bool) throws(Diagnostic) -> GroupPattern {
        var elements: [GroupPattern.Element] = []
        while true {
            if closedByBrace ? current.isSymbol("}") : atGroupEnd { break }
            if closedByBrace, current.kind == .end { throw unexpected(expected: ["'}'"]) }
            if acceptSymbol(".") { continue }
            if acceptKeyword("filter") {
                elements.append(.filter(try parseExpression()))
            } else if current.isKeyword("optional") {
                let keyword = advance()
                try enter(at: keyword.range)
                try expectSymbol("{")
                let inner = try parseGroup(closedByBrace: true)
                try expectSymbol("}")
                leave()
                elements.append(.optional(inner))
            } else {
                elements.append(.triple(try parseTriple()))
            }
            let followerOK = current.isSymbol(".") || current.isKeyword("filter") || current.isKeyword("optional")
                || (closedByBrace ? current.isSymbol("}") : atGroupEnd)
            if !followerOK { throw unexpected(expected: groupFollowers(closedByBrace: closedByBrace)) }
        }
        return GroupPattern(elements)
    }

    /// `subject predicate object`.
    mutating func parseTriple() throws(Diagnostic) -> TriplePattern {
        let start = current.range.start
        patternCount += 1
        if patternCount > QueryParser.maximumPatterns {
            throw Diagnostic(.tooManyPatterns, "more than \(QueryParser.maximumPatterns) patterns in one query",
                             at: current.range)
        }
        let subject = try parseTerm(role: "a subject")
        let predicate: TriplePattern.Predicate
        switch current.kind {
        case .variable:
            let token = advance()
            predicate = .term(PatternTerm(.variable(token.text), range: token.range))
        case .anonymous:
            predicate = .term(PatternTerm(.anonymous, range: advance().range))
        default:
            predicate = .path(try parsePath())
        }
        let object = try parseTerm(role: "an object")
        return TriplePattern(subject: subject, predicate: predicate, object: object, range: range(from: start))
    }

    /// A variable, `_`, a bare word, a "quoted name" or a number.
    mutating func parseTerm(role: String) throws(Diagnostic) -> PatternTerm {
        let token = current
        let kind: PatternTerm.Kind
        switch token.kind {
        case .variable: kind = .variable(token.text)
        case .anonymous: kind = .anonymous
        case .word: kind = .name(token.text, quoted: false)
        case .string: kind = .name(token.text, quoted: true)
        case .number: kind = .number(token.text)
        case .symbol, .end:
            throw unexpected(expected: ["\(role) (a name, \"quoted name\", ?variable or _)"])
        }
        advance()
        return PatternTerm(kind, range: token.range)
    }

    // MARK: Paths

    /// `seq ('|' seq)*`.
    mutating func parsePath() throws(Diagnostic) -> PropertyPath {
        var options = [try parseSequence()]
        while acceptSymbol("|") { options.append(try parseSequence()) }
        return options.count == 1 ? options[0] : .alternative(options)
    }

    /// `elt ('/' elt)*`.
    private mutating func parseSequence() throws(Diagnostic) -> PropertyPath {
        var steps = [try parsePathElement()]
        while acceptSymbol("/") { steps.append(try parsePathElement()) }
        return steps.count == 1 ? steps[0] : .sequence(steps)
    }

    /// `'^' elt | primary ('+' | '*' | '?')?`.
    private mutating func parsePathElement() throws(Diagnostic) -> PropertyPath {
        if current.isSymbol("^") {
            let caret = advance()
            try enter(at: caret.range)
            let inner = try parsePathElement()
            leave()
            return .inverse(inner)
        }
        let primary = try parsePathPrimary()
        if acceptSymbol("+") { return .oneOrMore(primary) }
        if acceptSymbol("*") { return .zeroOrMore(primary) }
        if acceptSymbol("?") { return .zeroOrOne(primary) }
        return primary
    }

    /// A predicate name, `*`, or `( path )`.
    private mutating func parsePathPrimary() throws(Diagnostic) -> PropertyPath {
        let token = current
        switch token.kind {
        case .word, .string:
            advance()
            return .predicate(token.text, quoted: token.kind == .string, token.range)
        case .symbol where token.text == "*":
            advance()
            return .wildcard(token.range)
        case .symbol where token.text == "(":
            advance()
            try enter(at: token.range)
            let inner = try parsePath()
            try expectSymbol(")")
            leave()
            return inner
        default:
            throw unexpected(expected: ["a predicate", "'*'", "'^'", "'('", "?variable"])
        }
    }
}

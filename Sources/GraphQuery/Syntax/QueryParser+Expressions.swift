extension QueryParser {
    /// `and ('or' and)*`: one ``FilterExpression/or(_:)`` node for the whole chain.
    mutating func parseExpression() throws(Diagnostic) -> FilterExpression {
        var terms = [try parseConjunction()]
        while current.isKeyword("or") || current.isSymbol("||") {
            advance()
            terms.append(try parseConjunction())
        }
        return terms.count == 1 ? terms[0] : .or(terms)
    }

    /// `unary ('and' unary)*`: one ``FilterExpression/and(_:)`` node for the whole chain.
    private mutating func parseConjunction() throws(Diagnostic) -> FilterExpression {
        var terms = [try parseUnary()]
        while current.isKeyword("and") || current.isSymbol("&&") {
            advance()
            terms.append(try parseUnary())
        }
        return terms.count == 1 ? terms[0] : .and(terms)
    }

    /// `('not' | '!') unary | comparison`.
    private mutating func parseUnary() throws(Diagnostic) -> FilterExpression {
        if current.isKeyword("not") || current.isSymbol("!") {
            let token = advance()
            try enter(at: token.range)
            let inner = try parseUnary()
            leave()
            return .not(inner)
        }
        let left = try parsePrimary()
        if current.kind == .symbol, let comparison = FilterExpression.Comparison(rawValue: current.text) {
            advance()
            return .compare(comparison, left, try parsePrimary())
        }
        return left
    }

    /// `( expr )`, a variable, a name, a number, or a function call.
    private mutating func parsePrimary() throws(Diagnostic) -> FilterExpression {
        let token = current
        switch token.kind {
        case .variable:
            advance()
            return .variable(token.text, token.range)
        case .string:
            advance()
            return .name(token.text, quoted: true, token.range)
        case .number:
            advance()
            return .number(token.text, token.range)
        case .word where peek(1).isSymbol("("):
            return try parseCall()
        case .word:
            advance()
            return .name(token.text, quoted: false, token.range)
        case .symbol where token.text == "(":
            advance()
            try enter(at: token.range)
            let inner = try parseExpression()
            try expectSymbol(")")
            leave()
            return inner
        default:
            throw unexpected(expected: ["?variable", "a name", "a number", "a function", "'('", "'not'"])
        }
    }

    /// `name ( args )`, checking the name and the argument count.
    private mutating func parseCall() throws(Diagnostic) -> FilterExpression {
        let nameToken = advance()
        let lowered = nameToken.text.lowercased()
        let alias = ["str": "name", "strstarts": "startswith"][lowered] ?? lowered
        guard let function = FilterExpression.Function(rawValue: alias) else {
            let names = FilterExpression.Function.allCases.map(\.rawValue)
            var message = "unknown function '\(nameToken.text)'"
            if let suggestion = EditDistance.closest(to: lowered, among: names, limit: 1).first {
                message += "; did you mean '\(suggestion)'?"
            }
            throw Diagnostic(.unknownFunction, message, at: nameToken.range, expected: names)
        }
        try enter(at: nameToken.range)
        advance()
        var arguments: [FilterExpression] = []
        if !current.isSymbol(")") {
            arguments.append(try parseExpression())
            while acceptSymbol(",") { arguments.append(try parseExpression()) }
        }
        try expectSymbol(")")
        leave()
        let range = range(from: nameToken.range.start)
        guard function.arity.contains(arguments.count) else {
            let bounds = function.arity
            let wanted = bounds.lowerBound == bounds.upperBound ? "\(bounds.lowerBound)"
                : "\(bounds.lowerBound) or \(bounds.upperBound)"
            throw Diagnostic(.wrongArgumentCount,
                             "\(function.rawValue)() takes \(wanted) argument\(bounds.upperBound == 1 ? "" : "s"), "
                                 + "got \(arguments.count)", at: range)
        }
        return .call(function, arguments, range)
    }
}

/// A filter expression: comparisons, function calls, and `and` / `or` / `not`.
///
/// A chain `a and b and c` is one ``and(_:)`` node with three terms rather than a tree as deep
/// as the chain is long, so walking an expression recurses only as deep as its brackets, `not`s
/// and calls nest — which the parser bounds by ``QueryParser/maximumDepth``.
public indirect enum FilterExpression: Sendable, Equatable {
    /// A comparison operator.
    public enum Comparison: String, Sendable, Equatable, CaseIterable {
        /// `=`
        case equal = "="
        /// `!=`
        case notEqual = "!="
        /// `<`
        case less = "<"
        /// `<=`
        case lessOrEqual = "<="
        /// `>`
        case greater = ">"
        /// `>=`
        case greaterOrEqual = ">="
    }

    /// A filter function.
    public enum Function: String, Sendable, Equatable, CaseIterable {
        /// `type(?x)`: the entity type name (`person`, `organization`, `place`, `event`, `other`).
        case type
        /// `name(?x)`: the canonical name of an entity, the text of a predicate or literal.
        case name
        /// `contains(a, b)`: whether the text of `a` contains `b`, ignoring case.
        case contains
        /// `startswith(a, b)`: whether the text of `a` starts with `b`, ignoring case.
        case startswith
        /// `regex(a, "pattern" [, "flags"])`: a regular-expression match (`i` ignores case).
        case regex
        /// `confidence()`: the lowest confidence among the facts the row has matched.
        case confidence
        /// `bound(?x)`: whether the variable has a value.
        case bound
        /// `date()`: the latest publication date (`YYYY-MM-DD`) among the documents of the facts the
        /// row has matched.
        case date
        /// `time()`: the time qualifier (`in 2014`, `on Friday`) of the first source of the row's
        /// facts that has one.
        case time
        /// `place()`: the place qualifier (`in Geneva`) of the first source that has one.
        case place
        /// `negated()`: whether a source of the row's facts states the fact as not holding.
        case negated
        /// `hedged()`: whether a source of the row's facts hedges it (`could`, `may`).
        case hedged
        /// `future()`: whether a source of the row's facts puts it in the future (`will`).
        case future

        /// The argument counts the function accepts.
        var arity: ClosedRange<Int> {
            switch self {
            case .type, .name, .bound: 1...1
            case .contains, .startswith: 2...2
            case .regex: 2...3
            case .confidence, .date, .time, .place, .negated, .hedged, .future: 0...0
            }
        }

        /// Whether the function reads the provenance of the facts the row matched.
        var readsFacts: Bool {
            switch self {
            case .confidence, .date, .time, .place, .negated, .hedged, .future: true
            case .type, .name, .contains, .startswith, .regex, .bound: false
            }
        }
    }

    /// A variable's value.
    case variable(String, SourceRange)
    /// A bare word or quoted name: an entity by name when compared with an entity, else text.
    case name(String, quoted: Bool, SourceRange)
    /// A number.
    case number(String, SourceRange)
    /// `not e`, `!e`.
    case not(FilterExpression)
    /// `a and b and …`, `a && b`: two or more terms.
    case and([FilterExpression])
    /// `a or b or …`, `a || b`: two or more terms.
    case or([FilterExpression])
    /// `a op b`.
    case compare(Comparison, FilterExpression, FilterExpression)
    /// `f(args…)`.
    case call(Function, [FilterExpression], SourceRange)

    /// Every variable the expression reads, with where it is written, in source order.
    var variableUses: [(name: String, range: SourceRange)] {
        switch self {
        case .variable(let name, let range): [(name, range)]
        case .name, .number: []
        case .not(let inner): inner.variableUses
        case .and(let terms), .or(let terms), .call(_, let terms, _): terms.flatMap(\.variableUses)
        case .compare(_, let left, let right): left.variableUses + right.variableUses
        }
    }

    /// Whether the expression calls a function of the row's facts (`confidence()`, `date()` …),
    /// which depends on every fact the row matched.
    var readsFacts: Bool {
        switch self {
        case .variable, .name, .number: false
        case .not(let inner): inner.readsFacts
        case .and(let terms), .or(let terms): terms.contains { $0.readsFacts }
        case .compare(_, let left, let right): left.readsFacts || right.readsFacts
        case .call(let function, let arguments, _):
            function.readsFacts || arguments.contains { $0.readsFacts }
        }
    }
}

extension FilterExpression: CustomStringConvertible {
    /// The expression as it would be typed, parenthesised only where precedence needs it (and
    /// where the terms of a chain are chains themselves, so the text parses back to the same
    /// expression).
    public var description: String { text(precedence: 0) }

    /// Precedence: 0 or, 1 and, 2 not, 3 comparison, 4 primary.
    private func text(precedence: Int) -> String {
        let (body, own): (String, Int)
        switch self {
        case .variable(let name, _): (body, own) = ("?\(name)", 4)
        case .name(let text, let quoted, _):
            (body, own) = (quoted || !PatternTerm.isBareWord(text) ? PatternTerm.quote(text) : text, 4)
        case .number(let text, _): (body, own) = (text, 4)
        case .not(let inner): (body, own) = ("not " + inner.text(precedence: 2), 2)
        case .and(let terms):
            (body, own) = (terms.map { $0.text(precedence: 2) }.joined(separator: " and "), 1)
        case .or(let terms):
            (body, own) = (terms.map { $0.text(precedence: 1) }.joined(separator: " or "), 0)
        case .compare(let op, let left, let right):
            (body, own) = (left.text(precedence: 4) + " \(op.rawValue) " + right.text(precedence: 4), 3)
        case .call(let function, let arguments, _):
            (body, own) = (function.rawValue + "(" + arguments.map { $0.text(precedence: 0) }
                .joined(separator: ", ") + ")", 4)
        }
        return own < precedence ? "(\(body))" : body
    }
}

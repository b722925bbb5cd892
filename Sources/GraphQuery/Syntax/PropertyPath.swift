/// A predicate path: a predicate name, the wildcard, or a path expression over them.
public indirect enum PropertyPath: Sendable, Equatable {
    /// One predicate by its normalised text (`meet`, `"hold talks with"`).
    case predicate(String, quoted: Bool, SourceRange)
    /// `*`: any one predicate.
    case wildcard(SourceRange)
    /// `^p`: `p` traversed from object to subject.
    case inverse(PropertyPath)
    /// `p1/p2/…`: each step from where the last ended.
    case sequence([PropertyPath])
    /// `p1|p2|…`: any of the paths.
    case alternative([PropertyPath])
    /// `p+`: one or more steps.
    case oneOrMore(PropertyPath)
    /// `p*`: zero or more steps.
    case zeroOrMore(PropertyPath)
    /// `p?`: zero or one step.
    case zeroOrOne(PropertyPath)

}

extension PropertyPath: CustomStringConvertible {
    /// The path as it would be typed, parenthesised only where precedence needs it.
    public var description: String { text(precedence: 0) }

    /// Precedence: 0 alternative, 1 sequence, 2 unary and primary.
    private func text(precedence: Int) -> String {
        switch self {
        case .predicate(let name, let quoted, _):
            return quoted || !PatternTerm.isBareWord(name) ? PatternTerm.quote(name) : name
        case .wildcard:
            return "*"
        case .inverse(let inner):
            return "^" + inner.text(precedence: 2)
        case .sequence(let steps):
            let body = steps.map { $0.text(precedence: 2) }.joined(separator: "/")
            return precedence > 1 ? "(\(body))" : body
        case .alternative(let options):
            let body = options.map { $0.text(precedence: 1) }.joined(separator: "|")
            return precedence > 0 ? "(\(body))" : body
        case .oneOrMore(let inner):
            return inner.modifiedText + "+"
        case .zeroOrMore(let inner):
            return inner.modifiedText + "*"
        case .zeroOrOne(let inner):
            return inner.modifiedText + "?"
        }
    }

    /// The text of a path that takes a `+`, `*` or `?` modifier: anything but a bare predicate
    /// is parenthesised, so `(^p)+` and `(p+)+` read back the same.
    private var modifiedText: String {
        switch self {
        case .predicate: text(precedence: 2)
        default: "(\(text(precedence: 0)))"
        }
    }
}

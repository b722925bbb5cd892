/// One `subject predicate object` pattern.
public struct TriplePattern: Sendable, Equatable {
    /// The predicate position: a variable (or `_`) or a predicate path.
    public enum Predicate: Sendable, Equatable {
        /// `?p` or `_`: binds the predicate of each matching fact.
        case term(PatternTerm)
        /// A predicate name or path.
        case path(PropertyPath)
    }

    /// The subject.
    public var subject: PatternTerm
    /// The predicate or path.
    public var predicate: Predicate
    /// The object.
    public var object: PatternTerm
    /// Where the pattern was written.
    public var range: SourceRange

    /// Makes a pattern.
    public init(subject: PatternTerm, predicate: Predicate, object: PatternTerm, range: SourceRange) {
        self.subject = subject
        self.predicate = predicate
        self.object = object
        self.range = range
    }
}

extension TriplePattern: CustomStringConvertible {
    /// The pattern as it would be typed.
    public var description: String {
        let predicateText: String
        switch predicate {
        case .term(let term): predicateText = term.description
        case .path(let path): predicateText = path.description
        }
        return "\(subject) \(predicateText) \(object)"
    }
}

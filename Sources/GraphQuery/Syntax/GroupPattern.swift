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

/// A group: patterns joined with `.`, `optional { … }` blocks and `filter` clauses, in order.
public struct GroupPattern: Sendable, Equatable {
    /// One element of a group.
    public enum Element: Sendable, Equatable {
        /// A triple pattern.
        case triple(TriplePattern)
        /// `filter EXPR`: applies to the whole group, wherever it is written (as in SPARQL).
        case filter(FilterExpression)
        /// `optional { … }`: a left join.
        case optional(GroupPattern)
    }

    /// The elements, in written order.
    public var elements: [Element]

    /// Makes a group.
    public init(_ elements: [Element]) {
        self.elements = elements
    }

    /// Named variables (not `_`) in order of first appearance, including those in optionals.
    public var namedVariables: [String] {
        var seen: Set<String> = []
        var names: [String] = []
        func visit(_ group: GroupPattern) {
            for element in group.elements {
                switch element {
                case .triple(let triple):
                    var terms = [triple.subject]
                    if case .term(let term) = triple.predicate { terms.append(term) }
                    terms.append(triple.object)
                    for name in terms.compactMap(\.variableName) where seen.insert(name).inserted {
                        names.append(name)
                    }
                case .filter: break
                case .optional(let inner): visit(inner)
                }
            }
        }
        visit(self)
        return names
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

extension GroupPattern: CustomStringConvertible {
    /// The group's elements separated by ` . `.
    public var description: String {
        elements.map { element -> String in
            switch element {
            case .triple(let triple): triple.description
            case .filter(let expression): "filter \(expression)"
            case .optional(let group): "optional { \(group) }"
            }
        }.joined(separator: " . ")
    }
}

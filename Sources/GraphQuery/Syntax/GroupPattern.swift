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

extension GroupPattern {
    /// Whether any filter in the group or its optionals reads the provenance of the row's facts
    /// (`confidence()`, `date()` …), so rows must remember their facts.
    var readsFacts: Bool {
        elements.contains { element in
            switch element {
            case .triple: false
            case .filter(let expression): expression.readsFacts
            case .optional(let inner): inner.readsFacts
            }
        }
    }
}

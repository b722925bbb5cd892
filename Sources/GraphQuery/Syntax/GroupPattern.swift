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
    /// - Complexity: O(*n*) for *n* variable uses (a short list is searched, a long one hashed).
    public var namedVariables: [String] {
        var names: [String] = []
        var seen: Set<String> = []
        func add(_ term: PatternTerm) {
            guard case .variable(let name) = term.kind else { return }
            if names.count < 16 {
                if !names.contains(name) { names.append(name) }
                return
            }
            if seen.isEmpty { seen = Set(names) }
            if seen.insert(name).inserted { names.append(name) }
        }
        func visit(_ group: GroupPattern) {
            for element in group.elements {
                switch element {
                case .triple(let triple):
                    add(triple.subject)
                    if case .term(let term) = triple.predicate { add(term) }
                    add(triple.object)
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

/// Checks that a parsed query's variables make sense: projected, grouped and ordered variables
/// must occur in its patterns, and an aggregate may only show grouped variables.
enum QueryValidator {
    /// The variables read by the filters of a group and its optionals (a variable that no pattern
    /// binds would make its filter an error, so false, every time: almost always a typo).
    static func filterVariables(_ group: GroupPattern) -> [(name: String, range: SourceRange)] {
        group.elements.flatMap { element -> [(name: String, range: SourceRange)] in
            switch element {
            case .triple: []
            case .filter(let expression): expression.variableUses
            case .optional(let inner): filterVariables(inner)
            }
        }
    }

    static func validate(_ query: Query) throws(Diagnostic) {
        let patternVariables = query.pattern.namedVariables
        let known = Set(patternVariables)
        func check(_ name: String, at range: SourceRange, extra: [String] = []) throws(Diagnostic) {
            guard !known.contains(name), !extra.contains(name) else { return }
            var message = "unknown variable '?\(name)'"
            if let near = EditDistance.closest(to: name, among: patternVariables + extra, limit: 1).first {
                message += "; did you mean '?\(near)'?"
            }
            throw Diagnostic(.unknownVariable, message, at: range, expected: (patternVariables + extra).map { "?\($0)" })
        }
        var aliases: [String] = []
        for item in query.projection ?? [] {
            switch item {
            case .variable(let name, let range): try check(name, at: range)
            case .count(let variable, _, let alias, let range):
                if let variable { try check(variable, at: range) }
                aliases.append(alias)
            }
        }
        for name in query.groupBy { try check(name, at: query.range) }
        for (name, range) in Self.filterVariables(query.pattern) { try check(name, at: range) }
        for key in query.orderBy { try check(key.variable, at: key.range, extra: aliases) }
        guard query.isAggregate else { return }
        guard let projection = query.projection else {
            throw Diagnostic(.invalidAggregation, "'group by' needs a 'select' list (select ?x count(*) as ?n where …)",
                             at: query.range)
        }
        for case .variable(let name, let range) in projection where !query.groupBy.contains(name) {
            throw Diagnostic(.invalidAggregation, "'?\(name)' is shown but not grouped; add it to 'group by'",
                             at: range, expected: ["group by ?\(name)"])
        }
        if query.isAggregate {
            let groupedOrAlias = Set(query.groupBy + aliases)
            for key in query.orderBy where !groupedOrAlias.contains(key.variable) {
                throw Diagnostic(.invalidAggregation, "cannot order by '?\(key.variable)': it is not grouped",
                                 at: key.range)
            }
        }
    }
}

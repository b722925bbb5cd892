import GraphExport
import GraphQuery
import GraphStore

/// The listing, provenance and drawing side of ``GraphEngine``: `.stats`, `.entities`,
/// `.predicates`, `.why`, `.dot` and completion names.
extension GraphEngine {
    /// Counts of terms, facts, sources and documents, entities by type, and the top entities
    /// and predicates.
    public func stats() throws -> ShellResult {
        let stats = graph.stats(top: 5)
        var rows: [[ShellValue]] = [
            [.text("facts"), .integer(Int64(stats.triples))],
            [.text("entities"), .integer(Int64(stats.entities))],
        ]
        for type in EntityType.allCases {
            rows.append([.text("  " + type.name), .integer(Int64(stats.entitiesByType[type] ?? 0))])
        }
        rows += [
            [.text("predicates"), .integer(Int64(stats.predicates))],
            [.text("literals"), .integer(Int64(stats.literals))],
            [.text("aliases"), .integer(Int64(stats.aliases))],
            [.text("sources"), .integer(Int64(stats.sources))],
            [.text("documents"), .integer(Int64(stats.documents))],
        ]
        rows += stats.topEntities.map { [.text("top entity: " + $0.name), .integer(Int64($0.degree))] }
        rows += stats.topPredicates.map { [.text("top predicate: " + $0.name), .integer(Int64($0.count))] }
        return ShellResult(columns: ["what", "count"], rows: rows)
    }

    /// Entities whose name or alias contains the filter (ignoring case), most facts first.
    public func entities(matching filter: String?) throws -> ShellResult {
        let needle = filter?.lowercased() ?? ""
        let found = graph.ids(of: .entity).compactMap { id -> (name: String, type: String, degree: Int, aliases: [String])? in
            guard case .entity(let name, let type)? = graph.term(id) else { return nil }
            let aliases = graph.aliases(of: id)
            guard needle.isEmpty || name.lowercased().contains(needle)
                || aliases.contains(where: { $0.lowercased().contains(needle) }) else { return nil }
            return (name, type.name, graph.degree(of: id), aliases)
        }
        let sorted = found.sorted { ($0.degree, $1.name) > ($1.degree, $0.name) }
        return ShellResult(columns: ["entity", "type", "facts", "aliases"], rows: sorted.map {
            [.text($0.name), .text($0.type), .integer(Int64($0.degree)), .text($0.aliases.joined(separator: ", "))]
        })
    }

    /// Predicates containing the filter (ignoring case), most used first.
    public func predicates(matching filter: String?) throws -> ShellResult {
        let needle = filter?.lowercased() ?? ""
        let found = graph.ids(of: .predicate).map { (name: graph.name(of: $0), count: graph.count(nil, $0, nil)) }
            .filter { needle.isEmpty || $0.name.lowercased().contains(needle) }
            .sorted { ($0.count, $1.name) > ($1.count, $0.name) }
        return ShellResult(columns: ["predicate", "facts"], rows: found.map { [.text($0.name), .integer(Int64($0.count))] })
    }

    /// One row per source of each fact: the fact, document id, title, date, sentence, rule, confidence.
    public func why(_ facts: [Triple]) throws -> ShellResult {
        let result = QueryEngine(graph).sources(of: facts)
        return ShellResult(columns: result.columns, rows: result.rows.map { $0.values.map(ShellValue.init) },
                           facts: facts)
    }

    /// The facts as a graph to draw.
    public func subgraph(_ facts: [Triple]) throws -> ExportGraph {
        ExportGraph(graph: graph, facts: facts)
    }

    /// The facts within `depth` hops of the entity with this name or alias (ignoring case).
    public func neighbourhood(of entity: String, depth: Int) throws -> ExportGraph {
        guard let id = graph.entities(matching: entity).first else {
            var message = "no entity named \"\(entity)\""
            let close = EditDistance.closest(to: entity, among: graph.entityNames)
            if !close.isEmpty { message += "; did you mean " + close.map { "\"\($0)\"" }.joined(separator: ", ") + "?" }
            throw StatementError(message)
        }
        return ExportGraph(graph: graph, neighbourhoodOf: id, depth: depth)
    }

    /// Entity names and aliases starting with the prefix, ignoring case.
    public func entityNames(prefix: String, limit: Int) -> [String] {
        names().entities.withPrefix(prefix, limit: limit)
    }

    /// Predicates starting with the prefix, ignoring case.
    public func predicateNames(prefix: String, limit: Int) -> [String] {
        names().predicates.withPrefix(prefix, limit: limit)
    }
}

extension ShellValue {
    /// A query value as a shell cell: numbers stay numbers, terms show their text, unbound is null.
    init(_ value: QueryValue?) {
        switch value {
        case nil: self = .null
        case .number(let number)?: self = .integer(Int64(number))
        case .literal(_, .integer(let number))?: self = .integer(number)
        case .literal(_, .decimal(let text))?: self = .decimal(text)
        case .literal(_, .year(let year))?: self = .integer(Int64(year))
        case let value?: self = .text(value.displayText)
        }
    }
}

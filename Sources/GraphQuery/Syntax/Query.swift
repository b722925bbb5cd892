/// A pattern query: projection, a group of patterns and filters, and solution modifiers.
public struct Query: Sendable, Equatable {
    /// One column of a `select`.
    public enum ProjectionItem: Sendable, Equatable {
        /// A variable's value.
        case variable(String, SourceRange)
        /// `count(*)`, `count(?x)` or `count(distinct ?x)`, shown in column `alias`.
        case count(variable: String?, distinct: Bool, alias: String, SourceRange)

        /// The column name.
        public var columnName: String {
            switch self {
            case .variable(let name, _): name
            case .count(_, _, let alias, _): alias
            }
        }
    }

    /// One `order by` key.
    public struct OrderKey: Sendable, Equatable {
        /// The variable (or count alias) to order by.
        public var variable: String
        /// Largest first.
        public var descending: Bool
        /// Where it was written.
        public var range: SourceRange

        /// Makes an order key.
        public init(variable: String, descending: Bool, range: SourceRange) {
            self.variable = variable
            self.descending = descending
            self.range = range
        }
    }

    /// The `select` columns, or nil for every named variable in order of first appearance.
    public var projection: [ProjectionItem]?
    /// `select distinct`: drop duplicate rows.
    public var distinct: Bool
    /// The patterns, optionals and filters.
    public var pattern: GroupPattern
    /// `group by` variables.
    public var groupBy: [String]
    /// `order by` keys, most significant first.
    public var orderBy: [OrderKey]
    /// `limit N`.
    public var limit: Int?
    /// `offset N`.
    public var offset: Int?
    /// Where the query was written.
    public var range: SourceRange

    /// Makes a query.
    public init(projection: [ProjectionItem]? = nil, distinct: Bool = false, pattern: GroupPattern,
                groupBy: [String] = [], orderBy: [OrderKey] = [], limit: Int? = nil, offset: Int? = nil,
                range: SourceRange) {
        self.projection = projection
        self.distinct = distinct
        self.pattern = pattern
        self.groupBy = groupBy
        self.orderBy = orderBy
        self.limit = limit
        self.offset = offset
        self.range = range
    }

    /// Whether the query aggregates (`count` or `group by`).
    public var isAggregate: Bool {
        !groupBy.isEmpty || (projection ?? []).contains {
            if case .count = $0 { return true }
            return false
        }
    }

    /// The result columns, in order.
    public var columnNames: [String] {
        projection?.map(\.columnName) ?? pattern.namedVariables
    }
}

extension Query: CustomStringConvertible {
    /// The query in canonical form; parsing it gives back an equal query (ranges aside).
    public var description: String {
        var parts: [String] = []
        if let projection {
            let items = projection.map { item -> String in
                switch item {
                case .variable(let name, _): return "?\(name)"
                case .count(let variable, let distinct, let alias, _):
                    let argument = variable.map { (distinct ? "distinct " : "") + "?\($0)" } ?? "*"
                    return "count(\(argument)) as ?\(alias)"
                }
            }
            parts.append("select " + (distinct ? "distinct " : "") + items.joined(separator: " ") + " where {")
            parts.append(pattern.description)
            parts.append("}")
        } else if distinct {
            parts.append("select distinct * where {")
            parts.append(pattern.description)
            parts.append("}")
        } else {
            parts.append(pattern.description)
        }
        if !groupBy.isEmpty { parts.append("group by " + groupBy.map { "?\($0)" }.joined(separator: " ")) }
        if !orderBy.isEmpty {
            parts.append("order by " + orderBy.map { ($0.descending ? "desc " : "") + "?\($0.variable)" }
                .joined(separator: ", "))
        }
        if let limit { parts.append("limit \(limit)") }
        if let offset { parts.append("offset \(offset)") }
        return parts.joined(separator: " ")
    }
}

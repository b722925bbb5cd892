/// One statement: a query, or one of the news-graph helpers, optionally under `explain`.
public indirect enum Statement: Sendable, Equatable {
    /// A pattern query.
    case query(Query)
    /// `why QUERY`: the sources (documents, sentences, rules, confidence) of every fact the query's
    /// rows matched.
    case why(Query, SourceRange)
    /// `neighbors NAME [depth N]`: every fact within `depth` hops of the entity (default 1).
    case neighbors(PatternTerm, depth: Int, SourceRange)
    /// `path A to B [max N]`: a shortest chain of facts between two entities, in either direction,
    /// at most `max` facts long (default 6).
    case path(from: PatternTerm, to: PatternTerm, maxLength: Int, SourceRange)
    /// `explain STATEMENT`: the plan with per-step row counts, instead of the rows.
    case explain(Statement, SourceRange)

    /// Where the statement was written.
    public var range: SourceRange {
        switch self {
        case .query(let query): query.range
        case .why(_, let range), .neighbors(_, _, let range), .path(_, _, _, let range), .explain(_, let range):
            range
        }
    }

    /// The default `depth` of `neighbors`.
    public static let defaultNeighborDepth = 1
    /// The default `max` of `path`.
    public static let defaultPathLength = 6
}

extension Statement: CustomStringConvertible {
    /// The statement in canonical form; parsing it gives back an equal statement (ranges aside).
    public var description: String {
        switch self {
        case .query(let query): query.description
        case .why(let query, _): "why \(query)"
        case .neighbors(let term, let depth, _): "neighbors \(term) depth \(depth)"
        case .path(let from, let to, let maxLength, _): "path \(from) to \(to) max \(maxLength)"
        case .explain(let inner, _): "explain \(inner)"
        }
    }
}

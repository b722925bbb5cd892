/// The language's keywords; all are matched case-insensitively.
enum Keyword {
    /// Words that start a clause or statement; a name spelled like one must be quoted where a
    /// clause could start.
    static let reserved: Set<String> = [
        "select", "distinct", "where", "filter", "optional", "order", "group", "by", "limit", "offset",
        "asc", "desc", "as", "and", "or", "not", "explain", "why", "neighbors", "neighbours", "path",
        "to", "depth", "max", "count",
    ]
}

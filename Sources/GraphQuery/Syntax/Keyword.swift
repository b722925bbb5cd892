/// The language's keywords; all are matched case-insensitively.
enum Keyword {
    /// Words that start a clause or statement; a name spelled like one must be quoted where a
    /// clause could start (the printer always quotes them).
    static let reserved: Set<String> = [
        "select", "distinct", "where", "filter", "optional", "order", "group", "by", "limit", "offset",
        "asc", "desc", "as", "and", "or", "not", "explain", "why", "neighbors", "neighbours", "path",
        "to", "depth", "max", "count",
    ]

    /// Words that end a pattern list when they appear where a subject could start.
    static let clauseStarts: Set<String> = ["filter", "optional", "order", "group", "limit", "offset"]
}

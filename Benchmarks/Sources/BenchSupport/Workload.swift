/// The benchmark workload of `shared/bench/queries.json` (Q01–Q13) in kg's query language,
/// exactly as docs/QUERY.md §8 gives it.
public enum Workload {
    /// Query id → kg query text.
    public static let queries: [String: String] = [
        "Q01": "Antony_Blinken ?p ?o",
        "Q02": "?s ?p Ukraine",
        "Q03": "?s accuse ?o",
        "Q04": "?x visit Ukraine . ?x meet ?y",
        "Q05": "?x meet Vladimir_Putin . ?x visit China . ?x born_in_year ?y",
        "Q06": "?x lead ?y . ?y annex ?z . ?z border Poland",
        "Q07": "Vladimir_Putin ?p Ukraine",
        "Q08": "Russia annex+ ?x",
        "Q09": "select ?p count(*) as ?n where ?s ?p ?o group by ?p order by desc ?n limit 10",
        "Q10": "Ukraine border ?n . ?n border ?m . filter ?m != Ukraine",
        "Q11": #"?x type Person . filter regex(?x, "ivan", "i")"#,
        "Q12": "select distinct ?s where ?s sanction ?o order by ?s limit 20",
        "Q13": "?x born_in_year ?y . filter ?y >= 2000",
    ]

    /// The ids in order.
    public static var ids: [String] { queries.keys.sorted() }

    /// A cheap query that makes the engine build its name tables (predicate and word tables
    /// are built on first use), so that load time covers everything a first query would pay.
    public static let warmUp = "select ?s where ?s type ?o limit 1"
}

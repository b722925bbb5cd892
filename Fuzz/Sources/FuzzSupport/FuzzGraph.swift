import GraphStore

/// The small fixed graph the query fuzzers evaluate against: a few people, places and
/// organisations with typed entities, aliases-free names, integer literals and confidences,
/// so that every kind of pattern, filter, path and aggregate has something to match.
public enum FuzzGraph {
    /// The triples, as kg's TSV import reads them.
    public static let tsv = """
        Antony Blinken\tmeet\tSergei Lavrov\t0.9
        Antony Blinken\thold talks with\tSergei Lavrov\t0.7
        Russia\tannex\tCrimea\t0.95
        Ukraine\tborder\tPoland
        Ukraine\tborder\tRussia
        Russia\tborder\tUkraine
        Poland\tborder\tUkraine
        Vladimir Putin\tlead\tRussia\t0.9
        Volodymyr Zelenskyy\tlead\tUkraine
        Antony Blinken\tvisit\tUkraine\t0.85
        Antony Blinken\tvisit\tPoland\t0.6
        Vladimir Putin\twarn\tNATO\t0.6
        Joe Biden\tsanction\tRussia
        Antony Blinken\tborn in year\t1962
        Sergei Lavrov\tborn in year\t1950
        Antony Blinken\taccuse\tRussia
        Russia\taccuse\tNATO\t0.4
        Vladimir Putin\tmeet\tSergei Lavrov\t0.3
        Antony Blinken\ttype\tPerson
        Sergei Lavrov\ttype\tPerson
        Vladimir Putin\ttype\tPerson
        Russia\ttype\tPlace
        Ukraine\ttype\tPlace
        NATO\ttype\tOrganisation

        """

    /// The graph built from ``tsv``, committed.
    public static func make() -> Graph {
        var graph = Graph()
        graph.importTSV(text: tsv)
        graph.commit()
        return graph
    }
}

/// Stops the fuzzer with a message naming the broken promise, so libFuzzer saves the input.
public func fuzzFailure(_ message: String) -> Never {
    fatalError("fuzz: \(message)")
}

import Testing
@testable import GraphQuery

/// Random token soup: the parser never traps, and whatever parses prints back to text that parses
/// to the same statement (the fuzzer's round trip).
@Suite struct QueryParserFuzzTests {
    static let vocabulary = [
        "?x", "?y", "?z", "_", "Blinken", "\"Antony Blinken\"", "meet", "\"hold talks with\"", "2014", "0.5",
        ".", ";", "(", ")", "{", "}", "*", "+", "?", "^", "/", "|", "=", "!=", "<", ">=", "!", "&&", "||",
        "select", "distinct", "where", "filter", "optional", "order", "by", "group", "limit", "offset",
        "asc", "desc", "count", "as", "and", "or", "not", "why", "explain", "neighbors", "path", "to", "depth",
        "type", "contains", "regex", "bound", "confidence", "person", "\n", "#c\n", "\"open", "@",
    ]

    /// Mostly well-formed starts, mutated by random tokens.
    static let seeds = [
        "?x meet ?y", "select ?x where { ?x meet ?y }", "?x meet ?y . filter type(?y) = person",
        "?x ^meet/(visit|call)+ ?y", "select ?p count(*) as ?n where ?s ?p ?o group by ?p order by desc ?n",
    ]

    @Test(arguments: 0..<12)
    func randomTextNeverTrapsAndRoundTrips(seed: Int) throws {
        var rng = SplitMix(seed: UInt64(seed) &+ 99)
        for _ in 0..<100 {
            var tokens = RandomQueries.pick(Self.seeds, &rng).split(separator: " ").map(String.init)
            for _ in 0..<Int.random(in: 0...4, using: &rng) {
                let position = Int.random(in: 0...tokens.count, using: &rng)
                if Bool.random(using: &rng), position < tokens.count {
                    tokens[position] = RandomQueries.pick(Self.vocabulary, &rng)
                } else {
                    tokens.insert(RandomQueries.pick(Self.vocabulary, &rng), at: position)
                }
            }
            let text = tokens.joined(separator: " ")
            _ = QueryScript.isComplete(text)
            _ = QueryScript.parse(text)
            guard let statement = try? QueryParser.parse(text) else { continue }
            let printed = statement.description
            let reparsed = try QueryParser.parse(printed)
            #expect(reparsed.description == printed, "\(text)")
            #expect(QueryParserTests.strip(reparsed) == QueryParserTests.strip(statement), "\(text)")
        }
    }

    /// The longest query the parser accepts runs on a 1 MiB thread stack.
    @Test func longestQueryRunsOnASmallStack() throws {
        let chain = Array(repeating: "?a border ?b", count: QueryParser.maximumPatterns).joined(separator: " . ")
        let engine = NewsGraph.engine()
        let rows = try OnThread.run(stackSize: 1 << 20) { try engine.execute(chain).rows.count }.get()
        #expect(rows > 0)
    }
}

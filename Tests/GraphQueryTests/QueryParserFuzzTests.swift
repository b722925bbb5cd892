import Foundation
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

    /// Whether the tests run under AddressSanitizer (`scripts/reliability/sanitizers.sh asan`
    /// sets `KG_SANITIZER=address`).
    static let underAddressSanitizer = ProcessInfo.processInfo.environment["KG_SANITIZER"] == "address"

    /// The longest query the parser accepts runs on a 1 MiB thread stack. Skipped under
    /// AddressSanitizer: its larger frames overflow 1 MiB (the evaluator recurses three frames
    /// per pattern), and the overflow would abort the whole run.
    @Test(.disabled(if: underAddressSanitizer, "AddressSanitizer's larger stack frames overflow the 1 MiB stack"))
    func longestQueryRunsOnASmallStack() throws {
        let chain = Array(repeating: "?a border ?b", count: QueryParser.maximumPatterns).joined(separator: " . ")
        let engine = NewsGraph.engine()
        let rows = try OnThread.run(stackSize: 1 << 20) { try engine.execute(chain).rows.count }.get()
        #expect(rows > 0)
    }

    /// A flat chain of 20,000 `and`s (`or`s, `&&`s) is one node, not a tree as deep as the chain
    /// (issue 7: 5,000 terms overflowed the stack): it parses, prints back to text that parses
    /// to the same statement, and runs on a 1 MiB thread stack with the answer of one term.
    @Test(arguments: [" and ", " or ", " && ", " and ?a != ?b or "])
    func longFlatFilterChainsRunOnASmallStack(connective: String) throws {
        let chain = "?a border ?b filter " + Array(repeating: "?a != ?b", count: 20_000).joined(separator: connective)
        let statement = try QueryParser.parse(chain)
        let reparsed = try QueryParser.parse(statement.description)
        #expect(reparsed.description == statement.description)
        guard case .query(let query) = reparsed, case .filter(let filter)? = query.pattern.elements.last else {
            Issue.record("not a query with a filter: \(statement.description.prefix(100))")
            return
        }
        switch filter {
        case .and(let terms), .or(let terms): #expect(terms.count >= 10_000)
        default: Issue.record("not a chain: \(filter.description.prefix(100))")
        }
        let engine = NewsGraph.engine()
        let one = try engine.execute("?a border ?b filter ?a != ?b").rows
        let rows = try OnThread.run(stackSize: 1 << 20) { try engine.execute(chain).rows }.get()
        #expect(!one.isEmpty)
        #expect(rows == one)
    }
}

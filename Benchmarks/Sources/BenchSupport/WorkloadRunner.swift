import GraphQuery
import GraphStore

/// Runs workload queries against one graph the way the benchmark measures them: parse, plan,
/// evaluate and consume every row, without recording matched facts and without limits.
public struct WorkloadRunner: Sendable {
    /// The engine, kept for the graph's lifetime (it caches name tables).
    public let engine: QueryEngine<Graph>

    /// Options for benchmark runs: no row or time limit, no fact recording.
    public static let options = EvaluationOptions(limits: .unlimited, recordFacts: false)

    /// Makes a runner over `graph`.
    public init(graph: Graph) {
        engine = QueryEngine(graph)
    }

    /// Runs `text`, counting the rows; returns the count and the wall time in milliseconds of
    /// parse + plan + evaluation + consuming the rows.
    /// - Throws: the engine's ``SyntaxError`` or ``QueryError``.
    public func run(_ text: String) throws -> (count: Int, milliseconds: Double) {
        let start = ContinuousClock.now
        var count = 0
        _ = try engine.stream(QueryParser.parse(text), options: Self.options) { _ in count += 1 }
        return (count, Timing.seconds(ContinuousClock.now - start) * 1000)
    }
}

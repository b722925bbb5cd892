import Foundation
import GraphStore
import Testing
@testable import GraphQuery

/// Cancellation, row limits and time limits stop runaway statements with clear errors.
@Suite struct CancellationTokenTests {
    /// A graph whose four-way self join has 200^4 rows: far too many to finish.
    static let big: Graph = {
        var graph = Graph()
        let predicate = graph.intern(predicate: "link")
        let nodes = (0..<200).map { graph.intern(entity: EntityRecord(name: "n\($0)")) }
        for (index, node) in nodes.enumerated() {
            graph.insert(Triple(node, predicate, nodes[(index + 1) % nodes.count]))
        }
        graph.commit()
        return graph
    }()

    static let runaway = "?a link ?b . ?c link ?d . ?e link ?f . ?g link ?h"

    @Test func tokenFlag() {
        let token = CancellationToken()
        #expect(!token.isCancelled)
        token.cancel()
        #expect(token.isCancelled)
        token.reset()
        #expect(!token.isCancelled)
    }

    @Test func cancelledBeforeStartStopsAtOnce() {
        let token = CancellationToken()
        token.cancel()
        let engine = QueryEngine(Self.big)
        #expect(throws: QueryError(.cancelled)) {
            try engine.execute(Self.runaway, options: .init(limits: .unlimited, cancellation: token))
        }
    }

    @Test func cancelFromAnotherThreadStopsARunningQuery() throws {
        let token = CancellationToken()
        let engine = QueryEngine(Self.big)
        let started = ContinuousClock.now
        let outcome = try OnThread.run(stackSize: 1 << 20) {
            try engine.stream(QueryParser.parse(Self.runaway), options: .init(limits: .unlimited, cancellation: token)) { _ in
                if ContinuousClock.now - started > .milliseconds(50) { token.cancel() }
            }
        }
        #expect(throws: QueryError(.cancelled)) { try outcome.get() }
        #expect(ContinuousClock.now - started < .seconds(20))
    }

    @Test func rowLimitGivesAClearError() throws {
        let engine = QueryEngine(Self.big)
        do {
            _ = try engine.execute(Self.runaway, options: .init(limits: EvaluationLimits(maxRows: 1000)))
            Issue.record("no error")
        } catch let error as QueryError {
            #expect(error.kind == .rowLimitExceeded(1000))
            #expect(error.message.contains("1000 rows"))
        }
        // Sorting holds rows too, so it is bounded the same way.
        #expect(throws: QueryError(.rowLimitExceeded(50))) {
            try engine.execute("?a link ?b . ?c link ?d order by ?a", options: .init(limits: EvaluationLimits(maxRows: 50)))
        }
        // A limit clause keeps a large query within the row limit.
        let limited = try engine.execute(Self.runaway + " limit 10", options: .init(limits: EvaluationLimits(maxRows: 10)))
        #expect(limited.rows.count == 10)
    }

    @Test func timeLimitGivesAClearError() {
        let engine = QueryEngine(Self.big)
        #expect(throws: QueryError(.timeLimitExceeded(.milliseconds(50)))) {
            try engine.execute("select count(*) where { \(Self.runaway) }",
                               options: .init(limits: EvaluationLimits(timeout: .milliseconds(50))))
        }
    }

    @Test func invalidRegexIsAQueryErrorWithARange() {
        let engine = QueryEngine(Self.big)
        do {
            _ = try engine.execute("?a link ?b . filter regex(?a, \"(unclosed\")")
            Issue.record("no error")
        } catch let error as QueryError {
            #expect(error.range?.start.column == 31)
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    /// `order by … limit` keeps only the best rows while running (top-k), so it stays within a row
    /// limit far below the number of solutions, and gives the same rows as sorting everything.
    @Test func orderedLimitKeepsFewRows() throws {
        let engine = QueryEngine(Self.big)
        let query = "?a link ?b . ?c link ?d order by desc ?b, ?c"
        let everything = try engine.execute(query, options: .init(limits: .unlimited)).rows
        #expect(everything.count == 40_000)
        let top = try engine.execute(query + " limit 5 offset 3", options: .init(limits: EvaluationLimits(maxRows: 3000))).rows
        #expect(top.map(\.values) == everything.dropFirst(3).prefix(5).map(\.values))
    }
}

import BenchSupport
import GraphQuery
import Testing

/// The workload's kg texts stay in step with the query language and docs/QUERY.md §8.
struct WorkloadTests {
    @Test func everyWorkloadQueryParses() throws {
        #expect(Workload.ids == (1 ... 13).map { $0 < 10 ? "Q0\($0)" : "Q\($0)" })
        for id in Workload.ids {
            let text = try #require(Workload.queries[id])
            #expect(throws: Never.self, "\(id): \(text)") { try QueryParser.parse(text) }
        }
        #expect(throws: Never.self) { try QueryParser.parse(Workload.warmUp) }
    }
}

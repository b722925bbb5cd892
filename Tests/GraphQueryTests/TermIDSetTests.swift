import GraphStore
import Testing
@testable import GraphQuery

/// The path walks' id set answers every insert as `Set<TermID>` does, across growth, clustered
/// and spread ids, and the id that marks empty slots.
@Suite struct TermIDSetTests {
    @Test(arguments: [UInt64(1), 2, 3, 4])
    func insertsAgreeWithSet(seed: UInt64) {
        var rng = SplitMix(seed: seed)
        var set = TermIDSet()
        var reference: Set<TermID> = []
        let ranges: [ClosedRange<UInt32>] = [0 ... 40, 0 ... 5_000, UInt32.max - 3 ... UInt32.max, 0 ... UInt32.max]
        for step in 0 ..< 3_000 {
            let range = ranges[step % ranges.count]
            let id = TermID(rawValue: UInt32.random(in: range, using: &rng))
            #expect(set.insert(id) == reference.insert(id).inserted, "id \(id.rawValue)")
            #expect(set.count == reference.count)
        }
    }
}

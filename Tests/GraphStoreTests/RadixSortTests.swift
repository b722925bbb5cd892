import Testing
@testable import GraphStore

@Suite struct RadixSortTests {
    @Test(arguments: [(10, 50), (5000, 3), (20000, 1 << 12), (20000, 1 << 23), (9000, Int(UInt32.max))])
    func sortsLikeTheStandardSort(count: Int, maxID: Int) {
        var rng = SeededGenerator(seed: UInt64(count ^ maxID))
        let limit = UInt32(maxID)
        var keys = (0 ..< count).map { _ in
            PackedKey(UInt32.random(in: 0 ... limit, using: &rng), UInt32.random(in: 0 ... limit, using: &rng),
                      UInt32.random(in: 0 ... limit, using: &rng))
        }
        let expected = keys.sorted()
        RadixSort.sort(&keys, maxID: limit)
        #expect(keys == expected)
    }

    /// Keys listed in another permutation's order need only a stable sort by their first id, as
    /// the import sorts the OSP and POS indexes.
    @Test(arguments: [(100, 50), (20000, 1 << 12), (20000, 1 << 23)])
    func finishesKeysSortedAfterTheirFirstID(count: Int, maxID: Int) {
        var rng = SeededGenerator(seed: UInt64(count &* 31 ^ maxID))
        let limit = UInt32(maxID)
        let triples = (0 ..< count).map { _ in
            Triple(TermID(rawValue: UInt32.random(in: 0 ... limit, using: &rng)), TermID(rawValue: UInt32.random(in: 0 ... 9, using: &rng)),
                   TermID(rawValue: UInt32.random(in: 0 ... limit, using: &rng)))
        }
        let spo = triples.map { Permutation.spo.key($0) }.sorted()
        var osp = spo.map { Permutation.osp.key(Permutation.spo.triple($0)) }
        RadixSort.sort(&osp, sortedAfterFirst: limit)
        #expect(osp == triples.map { Permutation.osp.key($0) }.sorted())
        var pos = osp.map { Permutation.pos.key(Permutation.osp.triple($0)) }
        RadixSort.sort(&pos, sortedAfterFirst: limit)
        #expect(pos == triples.map { Permutation.pos.key($0) }.sorted())
    }
}

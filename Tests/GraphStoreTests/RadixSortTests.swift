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
}

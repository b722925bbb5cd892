import Testing
@testable import Language

@Suite struct PrefaultTests {
    /// Arrays made with their pages mapped up front equal plain ones, below and above the
    /// 1 MiB threshold.
    @Test(arguments: [0, 1, 1000, 1 << 17, (1 << 18) + 3]) func arraysEqualPlainOnes(count: Int) {
        #expect(Prefault.array(repeating: UInt64(0x5A5A), count: count) == [UInt64](repeating: 0x5A5A, count: count))
    }

    /// Mapping the pages of a buffer already written leaves its bytes as they are.
    @Test func contentIsKept() {
        var values = (0..<(1 << 19)).map { UInt32(truncatingIfNeeded: $0 &* 2_654_435_761) }
        let copy = values
        values.withUnsafeMutableBytes { Prefault.pages(of: $0) }
        #expect(values == copy)
    }
}

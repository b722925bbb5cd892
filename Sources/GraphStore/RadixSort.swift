/// Least-significant-digit radix sort of packed keys, for the large batches of an import.
///
/// Sorts by the third id, then (stably) the second, then the first, 11 bits per pass, skipping
/// the passes above the largest id; a few sequential sweeps instead of O(*n* log *n*) comparisons.
enum RadixSort {
    private static let bits = 11
    private static let buckets = 1 << bits

    /// Sorts `keys` lexicographically; every id must be at most `maxID`.
    /// - Complexity: O(*n* · passes), passes = 3 · ⌈bits of `maxID` / 11⌉.
    static func sort(_ keys: inout [PackedKey], maxID: UInt32) {
        if keys.count < 4096 {
            keys.sort()
            return
        }
        runPasses(&keys, components: [2, 1, 0], maxID: maxID)
    }

    /// Stable counting passes over the digits of `components`, last component's digits first.
    private static func runPasses(_ keys: inout [PackedKey], components: [Int], maxID: UInt32) {
        var shifts: [UInt32] = []
        var shift: UInt32 = 0
        repeat {
            shifts.append(shift)
            shift += UInt32(bits)
        } while shift < 32 && maxID >> shift != 0
        var scratch = keys
        var inKeys = true
        for component in components {
            for shift in shifts {
                if inKeys {
                    pass(from: keys, to: &scratch, component: component, shift: shift)
                } else {
                    pass(from: scratch, to: &keys, component: component, shift: shift)
                }
                inKeys.toggle()
            }
        }
        if !inKeys { keys = scratch }
    }

    /// Sorts `keys` lexicographically when they are already sorted by their second and third ids
    /// (a permutation's keys listed in another index's order, see ``Graph/mergeIntoIndexes(_:)``):
    /// a stable sort by the first id alone finishes the order.
    /// - Complexity: O(*n* · ⌈bits of `maxID` / 11⌉).
    static func sort(_ keys: inout [PackedKey], sortedAfterFirst maxID: UInt32) {
        if keys.count < 4096 {
            // The standard sort is not guaranteed stable: compare whole keys.
            keys.sort()
            return
        }
        runPasses(&keys, components: [0], maxID: maxID)
    }

    @inline(__always)
    private static func digit(_ key: PackedKey, _ component: Int, _ shift: UInt32) -> Int {
        let id = component == 0 ? key.a : component == 1 ? key.b : key.c
        return Int((id >> shift) & UInt32(buckets - 1))
    }

    /// One stable counting pass on the digit at `shift` of id `component`.
    private static func pass(from source: [PackedKey], to target: inout [PackedKey], component: Int, shift: UInt32) {
        var counts = [Int](repeating: 0, count: buckets)
        source.withUnsafeBufferPointer { source in
            counts.withUnsafeMutableBufferPointer { counts in
                for key in source { counts[digit(key, component, shift)] += 1 }
                var total = 0
                for b in 0 ..< buckets {
                    let c = counts[b]
                    counts[b] = total
                    total += c
                }
                target.withUnsafeMutableBufferPointer { target in
                    for key in source {
                        let d = digit(key, component, shift)
                        target[counts[d]] = key
                        counts[d] += 1
                    }
                }
            }
        }
    }
}

/// The second and third ids of a key whose first id is given by the run it is stored in.
struct IDPair: BitwiseCopyable, Equatable {
    var b: UInt32
    var c: UInt32
}

extension TripleIndex {
    /// The index as stored in a file: for every term id `t`, how many keys start with `t`
    /// (`termCount` run lengths), then the other two ids of every key, in order.
    /// - Complexity: O(*n* + terms).
    func runs(termCount: Int) -> (lengths: [UInt32], pairs: [IDPair]) {
        var lengths = [UInt32](repeating: 0, count: termCount)
        for key in keys where Int(key.a) < termCount { lengths[Int(key.a)] += 1 }
        return (lengths, keys.map { IDPair(b: $0.b, c: $0.c) })
    }

    /// Rebuilds an index from its runs (`lengths`: `UInt32` per term; `pairs`: two `UInt32` per
    /// key, both little-endian, read in place), checking that the lengths add up to the pairs,
    /// every id is below `termCount` and the keys are strictly sorted; returns the wrapping sum
    /// of every triple's ``fingerprint(_:)`` in `fingerprint`, so the caller can check the three
    /// indexes hold the same triples.
    /// - Complexity: O(*n* + terms), sequential.
    static func decode(_ order: Permutation, lengths: UnsafeRawBufferPointer, pairs: UnsafeRawBufferPointer,
                       termCount: Int, fingerprint: inout UInt64, _ r: BinaryReader) throws(GraphFileError) -> TripleIndex {
        let runCount = lengths.count / 4, keyCount = pairs.count / 8
        try r.require(runCount == termCount, "\(order) has \(runCount) runs for \(termCount) terms")
        var total: UInt64 = 0
        for a in 0 ..< runCount { total += UInt64(UInt32(littleEndian: lengths.loadUnaligned(fromByteOffset: a * 4, as: UInt32.self))) }
        try r.require(total == UInt64(keyCount), "\(order) runs add up to \(total), not \(keyCount)")
        let limit = UInt32(truncatingIfNeeded: termCount)
        var valid = true, sum: UInt64 = 0
        let keys = [PackedKey](unsafeUninitializedCapacity: keyCount) { out, count in
            var i = 0
            for a in 0 ..< runCount {
                let length = Int(UInt32(littleEndian: lengths.loadUnaligned(fromByteOffset: a * 4, as: UInt32.self)))
                for _ in 0 ..< length {
                    let b = UInt32(littleEndian: pairs.loadUnaligned(fromByteOffset: i * 8, as: UInt32.self))
                    let c = UInt32(littleEndian: pairs.loadUnaligned(fromByteOffset: i * 8 + 4, as: UInt32.self))
                    let key = PackedKey(UInt32(truncatingIfNeeded: a), b, c)
                    valid = valid && b < limit && c < limit && (i == 0 || out[i - 1] < key)
                    out[i] = key
                    sum &+= Self.fingerprint(order.triple(key))
                    i += 1
                }
            }
            count = i
        }
        try r.require(valid, "\(order) holds an unknown id or is not strictly sorted")
        fingerprint = sum
        return TripleIndex(order, sortedKeys: keys)
    }

    /// A 64-bit mix of a triple; the wrapping sum over an index is the same for every index
    /// holding the same triples.
    @inline(__always)
    static func fingerprint(_ t: Triple) -> UInt64 {
        var h = UInt64(t.subject.rawValue) &* 0x9E37_79B9_7F4A_7C15
        h ^= UInt64(t.predicate.rawValue) &* 0xC2B2_AE3D_27D4_EB4F
        h = (h ^ (h >> 29)) &* 0xBF58_476D_1CE4_E5B9
        h ^= UInt64(t.object.rawValue) &* 0x1656_67B1_9E37_79F9
        h = (h ^ (h >> 32)) &* 0x94D0_49BB_1331_11EB
        return h ^ (h >> 29)
    }
}

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
        let limit = UInt64(termCount)
        var sum: UInt64 = 0
        var bad: UInt64 = 0
        let keys = [PackedKey](unsafeUninitializedCapacity: keyCount) { out, count in
            // One loop per order, so the rotation back to subject, predicate, object is inlined.
            switch order {
            case .spo: sum = decodeRuns(runCount, lengths, pairs, into: out, limit: limit, bad: &bad) { Triple($0, $1, $2) }
            case .pos: sum = decodeRuns(runCount, lengths, pairs, into: out, limit: limit, bad: &bad) { Triple($2, $0, $1) }
            case .osp: sum = decodeRuns(runCount, lengths, pairs, into: out, limit: limit, bad: &bad) { Triple($1, $2, $0) }
            }
            count = keyCount
        }
        try r.require(bad == 0, "\(order) holds an unknown id or is not strictly sorted")
        fingerprint = sum
        return TripleIndex(order, sortedKeys: keys)
    }

    /// Writes the keys of every run to `out`; sets `bad` nonzero when an id reaches `limit` or a
    /// run is not strictly increasing (runs start with increasing first ids by construction);
    /// returns the sum of the triples' fingerprints, `triple` turning a key's ids back into a triple.
    @inline(__always)
    private static func decodeRuns(_ runCount: Int, _ lengths: UnsafeRawBufferPointer, _ pairs: UnsafeRawBufferPointer,
                                   into out: UnsafeMutableBufferPointer<PackedKey>, limit: UInt64, bad: inout UInt64,
                                   triple: (TermID, TermID, TermID) -> Triple) -> UInt64 {
        var sum: UInt64 = 0, i = 0, flags: UInt64 = 0
        for a in 0 ..< runCount {
            let length = Int(UInt32(littleEndian: lengths.loadUnaligned(fromByteOffset: a * 4, as: UInt32.self)))
            let first = TermID(rawValue: UInt32(truncatingIfNeeded: a))
            var previous: UInt64 = 0
            for k in 0 ..< length {
                let pair = UInt64(littleEndian: pairs.loadUnaligned(fromByteOffset: i * 8, as: UInt64.self))
                let b = pair & 0xFFFF_FFFF, c = pair >> 32
                let ordered = (pair >> 32) | (pair << 32)
                flags |= (b >= limit ? 1 : 0) | (c >= limit ? 1 : 0) | (k > 0 && ordered <= previous ? 1 : 0)
                previous = ordered
                out[i] = PackedKey(first.rawValue, UInt32(truncatingIfNeeded: b), UInt32(truncatingIfNeeded: c))
                sum &+= fingerprint(triple(first, TermID(rawValue: UInt32(truncatingIfNeeded: b)),
                                           TermID(rawValue: UInt32(truncatingIfNeeded: c))))
                i += 1
            }
        }
        bad |= flags
        return sum
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

/// FNV-1a hashing of names for the dictionary's hash tables, exact or case-folded.
///
/// Deterministic across processes (unlike `Hasher`), and streaming, so the ASCII case fold
/// needs no temporary copy.
enum NameHash {
    private static let offsetBasis: UInt64 = 0xCBF2_9CE4_8422_2325
    private static let prime: UInt64 = 0x0000_0100_0000_01B3

    /// The hash of `bytes` as they are.
    /// - Complexity: O(*n*).
    static func exact<C: Collection<UInt8>>(_ bytes: C, seed: UInt64 = 0) -> UInt64 {
        var h = offsetBasis ^ seed
        for byte in bytes { h = (h ^ UInt64(byte)) &* prime }
        return mix(h)
    }

    /// The hash of the case-folded form of `bytes` (see ``fold(_:)``).
    /// - Complexity: O(*n*); allocates only for names with non-ASCII letters.
    static func folded<C: Collection<UInt8>>(_ bytes: C) -> UInt64 {
        if bytes.allSatisfy({ $0 < 0x80 }) {
            var h = offsetBasis
            for byte in bytes { h = (h ^ UInt64(asciiLower(byte))) &* prime }
            return mix(h)
        }
        return exact(fold(bytes))
    }

    /// The case-folded UTF-8 form of a name: ASCII letters lowered in place, anything else
    /// through `String.lowercased()`.
    static func fold<C: Collection<UInt8>>(_ bytes: C) -> [UInt8] {
        if bytes.allSatisfy({ $0 < 0x80 }) { return bytes.map(asciiLower) }
        return Array(String(decoding: bytes, as: UTF8.self).lowercased().utf8)
    }

    /// The MurmurHash3 finaliser, spreading FNV's weak low bits over the whole word.
    @inline(__always)
    private static func mix(_ value: UInt64) -> UInt64 {
        var h = value
        h ^= h >> 33
        h = h &* 0xFF51_AFD7_ED55_8CCD
        h ^= h >> 33
        h = h &* 0xC4CE_B9FE_1A85_EC53
        h ^= h >> 33
        return h
    }

    @inline(__always)
    static func asciiLower(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    }
}

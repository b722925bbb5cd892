import Foundation

/// CRC-32 (IEEE 802.3, the zlib polynomial), for model file sections; slicing-by-16, so a
/// 14 MB model is checked in a few milliseconds.
enum CRC32 {
    /// Sixteen 256-entry tables: `tables[k * 256 + b]` is the CRC of byte `b` followed by `k` zeros.
    private static let tables: [UInt32] = {
        var t = [UInt32](repeating: 0, count: 16 * 256)
        for n in 0..<256 {
            var c = UInt32(n)
            for _ in 0..<8 { c = c & 1 != 0 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
            t[n] = c
        }
        for k in 1..<16 {
            for n in 0..<256 {
                let prev = t[(k - 1) * 256 + n]
                t[k * 256 + n] = t[Int(prev & 0xFF)] ^ (prev >> 8)
            }
        }
        return t
    }()

    /// The CRC-32 of `bytes`.
    static func checksum(_ bytes: [UInt8]) -> UInt32 {
        bytes.withUnsafeBytes { checksum($0) }
    }

    /// The CRC-32 of `bytes`.
    static func checksum(_ bytes: Data) -> UInt32 {
        bytes.withUnsafeBytes { checksum($0) }
    }

    /// The CRC-32 of `b`.
    static func checksum(_ b: UnsafeRawBufferPointer) -> UInt32 {
        var c: UInt32 = 0xFFFF_FFFF
        tables.withUnsafeBufferPointer { t in
            var i = 0
            while i + 16 <= b.count {
                // Bytes 0…7 (with the running CRC folded in) and 8…15, each through its own table.
                let lo = UInt64(littleEndian: b.loadUnaligned(fromByteOffset: i, as: UInt64.self)) ^ UInt64(c)
                let hi = UInt64(littleEndian: b.loadUnaligned(fromByteOffset: i + 8, as: UInt64.self))
                c = t[15 * 256 + Int(lo & 0xFF)] ^ t[14 * 256 + Int((lo >> 8) & 0xFF)]
                    ^ t[13 * 256 + Int((lo >> 16) & 0xFF)] ^ t[12 * 256 + Int((lo >> 24) & 0xFF)]
                    ^ t[11 * 256 + Int((lo >> 32) & 0xFF)] ^ t[10 * 256 + Int((lo >> 40) & 0xFF)]
                    ^ t[9 * 256 + Int((lo >> 48) & 0xFF)] ^ t[8 * 256 + Int(lo >> 56)]
                    ^ t[7 * 256 + Int(hi & 0xFF)] ^ t[6 * 256 + Int((hi >> 8) & 0xFF)]
                    ^ t[5 * 256 + Int((hi >> 16) & 0xFF)] ^ t[4 * 256 + Int((hi >> 24) & 0xFF)]
                    ^ t[3 * 256 + Int((hi >> 32) & 0xFF)] ^ t[2 * 256 + Int((hi >> 40) & 0xFF)]
                    ^ t[256 + Int((hi >> 48) & 0xFF)] ^ t[Int(hi >> 56)]
                i += 16
            }
            while i < b.count {
                c = t[Int((c ^ UInt32(b[i])) & 0xFF)] ^ (c >> 8)
                i += 1
            }
        }
        return c ^ 0xFFFF_FFFF
    }
}

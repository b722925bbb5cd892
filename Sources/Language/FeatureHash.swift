/// Hashing of feature parts: strings to 64-bit ids, and ids combined into feature keys.
enum FeatureHash {
    /// FNV-1a over bytes, then finalised.
    @inline(__always) static func bytes<C: Collection>(_ b: C) -> UInt64 where C.Element == UInt8 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for c in b { h = (h ^ UInt64(c)) &* 0x0000_0100_0000_01B3 }
        return finish(h)
    }

    /// The hash of a string's UTF-8 bytes.
    @inline(__always) static func string(_ s: String) -> UInt64 { bytes(s.utf8) }

    /// Combines two ids into one (order matters).
    @inline(__always) static func mix(_ a: UInt64, _ b: UInt64) -> UInt64 {
        finish(a ^ (b &* 0x9E37_79B9_7F4A_7C15 &+ 0x632B_E59B_D9B4_E019))
    }

    /// A feature key from a template number and up to three parts; never 0 (0 marks an empty slot).
    @inline(__always) static func feature(_ template: UInt64, _ a: UInt64, _ b: UInt64 = 0, _ c: UInt64 = 0) -> UInt64 {
        let h = mix(mix(mix(template &* 0xA24B_AED4_963E_E407, a), b), c)
        return h == 0 ? 1 : h
    }

    @inline(__always) static func finish(_ x: UInt64) -> UInt64 {
        var z = x
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

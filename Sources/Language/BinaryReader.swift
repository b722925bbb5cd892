/// Reads little-endian values from a byte buffer, checking every length before use.
struct BinaryReader {
    private let bytes: [UInt8]
    private var at = 0
    /// The section being read, for error messages.
    let section: String

    init(_ bytes: [UInt8], section: String) {
        self.bytes = bytes
        self.section = section
    }

    /// Whether every byte has been consumed.
    var isAtEnd: Bool { at == bytes.count }

    private mutating func take(_ n: Int) throws(ModelError) -> ArraySlice<UInt8> {
        guard n >= 0, n <= bytes.count - at else { throw .truncated(section: section) }
        defer { at += n }
        return bytes[at..<(at + n)]
    }

    mutating func u8() throws(ModelError) -> UInt8 { try integer() }
    mutating func u32() throws(ModelError) -> UInt32 { try integer() }
    mutating func u64() throws(ModelError) -> UInt64 { try integer() }
    mutating func f32() throws(ModelError) -> Float { Float(bitPattern: try u32()) }

    private mutating func integer<T: FixedWidthInteger>() throws(ModelError) -> T {
        let raw = try take(MemoryLayout<T>.size)
        var v: T = 0
        for (k, b) in raw.enumerated() { v |= T(truncatingIfNeeded: b) << (8 * k) }
        return v
    }

    mutating func string() throws(ModelError) -> String {
        let n = Int(try u32())
        return String(decoding: try take(n), as: UTF8.self)
    }

    mutating func strings() throws(ModelError) -> [String] {
        let n = Int(try u32())
        guard n <= bytes.count - at else { throw .truncated(section: section) }
        var out: [String] = []
        out.reserveCapacity(n)
        for _ in 0..<n { out.append(try string()) }
        return out
    }

    /// A count then raw little-endian elements; the count is checked against the bytes left.
    mutating func array<T: FixedWidthInteger>(of _: T.Type) throws(ModelError) -> [T] {
        let n = try u64()
        let size = MemoryLayout<T>.size
        guard n <= UInt64(bytes.count - at) / UInt64(size) else { throw .truncated(section: section) }
        let raw = try take(Int(n) * size)
        // One bulk copy: element-wise decoding made loading the models take seconds in debug builds.
        let values = [T](unsafeUninitializedCapacity: Int(n)) { out, initialized in
            raw.withUnsafeBytes { UnsafeMutableRawBufferPointer(out).copyMemory(from: $0) }
            initialized = Int(n)
        }
        return T(littleEndian: 1) == 1 ? values : values.map { T(littleEndian: $0) }
    }
}

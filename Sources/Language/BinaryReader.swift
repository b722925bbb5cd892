import Foundation

/// Reads little-endian values from a byte buffer, checking every length before use.
///
/// The buffer is a slice of the model file's bytes (mapped from the file), so a section is
/// read where it lies, without copying it first.
struct BinaryReader {
    private let bytes: Data
    /// Offset of the next byte from `bytes.startIndex`.
    private var at = 0
    /// The section being read, for error messages.
    let section: String

    init(_ bytes: Data, section: String) {
        self.bytes = bytes
        self.section = section
    }

    init(_ bytes: [UInt8], section: String) {
        self.init(Data(bytes), section: section)
    }

    /// Whether every byte has been consumed.
    var isAtEnd: Bool { at == bytes.count }

    /// The number of bytes not read yet.
    private var left: Int { bytes.count - at }

    /// Consumes `n` bytes and passes them to `body`.
    private mutating func take<R>(_ n: Int, _ body: (UnsafeRawBufferPointer) -> R) throws(ModelError) -> R {
        guard n >= 0, n <= left else { throw .truncated(section: section) }
        defer { at += n }
        return bytes.withUnsafeBytes { body(UnsafeRawBufferPointer(rebasing: $0[at..<(at + n)])) }
    }

    mutating func u8() throws(ModelError) -> UInt8 { try integer() }
    mutating func u32() throws(ModelError) -> UInt32 { try integer() }
    mutating func u64() throws(ModelError) -> UInt64 { try integer() }
    mutating func f32() throws(ModelError) -> Float { Float(bitPattern: try u32()) }

    private mutating func integer<T: FixedWidthInteger>() throws(ModelError) -> T {
        try take(MemoryLayout<T>.size) { T(littleEndian: $0.loadUnaligned(as: T.self)) }
    }

    /// A count then that many strings, each a `u32` byte count and UTF-8 bytes; read in one
    /// access to the buffer, as a model has about a hundred thousand of them.
    mutating func strings() throws(ModelError) -> [String] {
        let n = Int(try u32())
        guard n <= left else { throw .truncated(section: section) }
        let start = at
        let (out, end) = bytes.withUnsafeBytes { raw -> ([String], Int?) in
            var out: [String] = []
            out.reserveCapacity(n)
            var p = start
            for _ in 0..<n {
                guard raw.count - p >= 4 else { return (out, nil) }
                let length = Int(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: p, as: UInt32.self)))
                p += 4
                guard length <= raw.count - p else { return (out, nil) }
                out.append(String(decoding: UnsafeRawBufferPointer(rebasing: raw[p..<(p + length)]), as: UTF8.self))
                p += length
            }
            return (out, p)
        }
        guard let end else { throw .truncated(section: section) }
        at = end
        return out
    }

    /// A count then raw little-endian elements; the count is checked against the bytes left.
    mutating func array<T: FixedWidthInteger>(of _: T.Type) throws(ModelError) -> [T] {
        let count = try count(of: T.self)
        // One bulk copy: element-wise decoding made loading the models take seconds in debug builds.
        let values = try take(count * MemoryLayout<T>.size) { raw in
            [T](unsafeUninitializedCapacity: count) { out, initialized in
                Prefault.pages(of: UnsafeMutableRawBufferPointer(out))
                UnsafeMutableRawBufferPointer(out).copyMemory(from: raw)
                initialized = count
            }
        }
        return T(littleEndian: 1) == 1 ? values : values.map { T(littleEndian: $0) }
    }

    /// Reads an element count and checks that that many elements of `T` fit in the bytes left.
    private mutating func count<T: FixedWidthInteger>(of _: T.Type) throws(ModelError) -> Int {
        let n = try u64()
        guard n <= UInt64(left) / UInt64(MemoryLayout<T>.size) else { throw .truncated(section: section) }
        return Int(n)
    }

    /// A count then raw little-endian 16-bit integers, each times `scale`; the count is
    /// checked against the bytes left before anything is allocated.
    mutating func array(of _: Int16.Type, scaledBy scale: Float) throws(ModelError) -> [Float] {
        let count = try count(of: Int16.self)
        // One pass into uninitialised storage, with no intermediate array of integers.
        return try take(count * 2) { raw in
            [Float](unsafeUninitializedCapacity: count) { out, initialized in
                Prefault.pages(of: UnsafeMutableRawBufferPointer(out))
                for i in 0..<count {
                    out.initializeElement(at: i, to: Float(Int16(littleEndian: raw.loadUnaligned(fromByteOffset: 2 * i, as: Int16.self))) * scale)
                }
                initialized = count
            }
        }
    }
}

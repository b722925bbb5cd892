/// Reads little-endian values from a byte buffer, checking every length before use.
///
/// The buffer is a slice of the model file's bytes, so a section is read where it lies,
/// without copying it first.
struct BinaryReader {
    private let bytes: ArraySlice<UInt8>
    /// Offset of the next byte from `bytes.startIndex`.
    private var at = 0
    /// The section being read, for error messages.
    let section: String

    init(_ bytes: ArraySlice<UInt8>, section: String) {
        self.bytes = bytes
        self.section = section
    }

    init(_ bytes: [UInt8], section: String) {
        self.init(bytes[...], section: section)
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

    mutating func string() throws(ModelError) -> String {
        let n = Int(try u32())
        return try take(n) { String(decoding: $0, as: UTF8.self) }
    }

    mutating func strings() throws(ModelError) -> [String] {
        let n = Int(try u32())
        guard n <= left else { throw .truncated(section: section) }
        var out: [String] = []
        out.reserveCapacity(n)
        for _ in 0..<n { out.append(try string()) }
        return out
    }

    /// A count then raw little-endian elements; the count is checked against the bytes left.
    mutating func array<T: FixedWidthInteger>(of _: T.Type) throws(ModelError) -> [T] {
        let count = try count(of: T.self)
        // One bulk copy: element-wise decoding made loading the models take seconds in debug builds.
        let values = try take(count * MemoryLayout<T>.size) { raw in
            [T](unsafeUninitializedCapacity: count) { out, initialized in
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

    /// A count then raw little-endian elements of type `T`, each converted by `convert`; the
    /// count is checked against the bytes left before anything is allocated.
    mutating func array<T: FixedWidthInteger, U>(of _: T.Type, _ convert: (T) -> U) throws(ModelError) -> [U] {
        let count = try count(of: T.self)
        let size = MemoryLayout<T>.size
        // One pass into uninitialised storage, with no intermediate array of `T`.
        return try take(count * size) { raw in
            [U](unsafeUninitializedCapacity: count) { out, initialized in
                for i in 0..<count {
                    out.initializeElement(at: i, to: convert(T(littleEndian: raw.loadUnaligned(fromByteOffset: i * size, as: T.self))))
                }
                initialized = count
            }
        }
    }
}

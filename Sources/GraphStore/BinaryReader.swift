/// Reads the columns of one graph file section written by ``BinaryWriter``, checking every length
/// against the bytes that remain before allocating anything.
struct BinaryReader {
    private let bytes: UnsafeRawBufferPointer
    private var offset = 0
    private let path: String
    private let section: String

    /// Reads `bytes`, the content of `section` of the file at `path` (for error messages).
    init(_ bytes: UnsafeRawBufferPointer, path: String, section: String) {
        self.bytes = bytes
        self.path = path
        self.section = section
    }

    /// A malformed-section error naming the file and this section.
    func malformed(_ detail: String) -> GraphFileError {
        .malformed(path: path, detail: "\(section): \(detail)")
    }

    /// Reads a little-endian `UInt64`.
    mutating func uint64(_ name: String) throws(GraphFileError) -> UInt64 {
        guard bytes.count - offset >= 8 else { throw malformed("\(name) runs past the end") }
        let value = UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
        offset += 8
        return value
    }

    /// Reads a column of `T` (count, elements, padding), copied in bulk. The stored count may
    /// count smaller units, `unitsPerElement` of them to one `T` (ids of packed triples).
    /// - Complexity: O(bytes of the column).
    mutating func column<T: BitwiseCopyable>(_ type: T.Type, _ name: String,
                                             unitsPerElement: Int = 1) throws(GraphFileError) -> [T] {
        let stored = try uint64(name)
        let stride = MemoryLayout<T>.stride
        let available = (bytes.count - offset) / stride
        guard stored % UInt64(unitsPerElement) == 0 else {
            throw malformed("column \(name) holds \(stored) ids, not a multiple of \(unitsPerElement)")
        }
        guard stored / UInt64(unitsPerElement) <= UInt64(available) else {
            throw malformed("column \(name) claims \(stored) elements, more than the section holds")
        }
        let count = Int(stored) / unitsPerElement
        let source = bytes.baseAddress.map { $0 + offset }
        let array = [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            if let source, let target = buffer.baseAddress, count > 0 {
                UnsafeMutableRawPointer(target).copyMemory(from: source, byteCount: count * stride)
            }
            initialized = count
        }
        offset += count * stride
        let padded = (offset + 7) & ~7
        guard padded <= bytes.count else { throw malformed("column \(name) padding runs past the end") }
        offset = padded
        return array
    }

    /// Reads a column's element count and returns its bytes in place, without copying, for
    /// decoders that transform while they read; the bytes live as long as the mapped file.
    mutating func rawColumn<T: BitwiseCopyable>(_ type: T.Type, _ name: String,
                                                unitsPerElement: Int = 1) throws(GraphFileError) -> UnsafeRawBufferPointer {
        let stored = try uint64(name)
        let stride = MemoryLayout<T>.stride
        guard stored % UInt64(unitsPerElement) == 0,
              stored / UInt64(unitsPerElement) <= UInt64((bytes.count - offset) / stride)
        else { throw malformed("column \(name) claims \(stored) elements, more than the section holds") }
        let size = Int(stored) / unitsPerElement * stride
        let raw = UnsafeRawBufferPointer(rebasing: bytes[offset ..< offset + size])
        offset = (offset + size + 7) & ~7
        guard offset <= bytes.count else { throw malformed("column \(name) padding runs past the end") }
        return raw
    }

    /// Reads a string column (offsets, then bytes) and checks the offsets.
    mutating func strings(_ name: String) throws(GraphFileError) -> StringColumn {
        let offsets = try column(UInt64.self, "\(name) offsets")
        let text = try column(UInt8.self, "\(name) bytes")
        guard StringColumn.isValid(bytes: text, offsets: offsets) else { throw malformed("\(name) offsets are inconsistent") }
        return StringColumn(bytes: text, offsets: offsets)
    }

    /// Checks that every byte of the section was read.
    func finish() throws(GraphFileError) {
        guard offset == bytes.count else { throw malformed("\(bytes.count - offset) unexpected bytes at the end") }
    }

    /// Throws a malformed-section error with `detail` unless `condition` holds.
    func require(_ condition: Bool, _ detail: @autoclosure () -> String) throws(GraphFileError) {
        if !condition { throw malformed(detail()) }
    }
}

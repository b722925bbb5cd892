/// Builds the bytes of a graph file section: little-endian integers and columns
/// (an element count, then the elements' bytes, padded to 8 bytes).
struct BinaryWriter {
    /// The bytes written so far.
    private(set) var bytes: [UInt8] = []

    /// Appends an integer in little-endian order.
    mutating func append<T: FixedWidthInteger>(_ value: T) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    /// Appends raw bytes.
    mutating func append(bytes new: UnsafeRawBufferPointer) { bytes.append(contentsOf: new) }

    /// Appends a column: its element count, its elements copied in bulk, zero padding to 8 bytes.
    /// - Complexity: O(bytes of the column).
    mutating func column<T: BitwiseCopyable>(_ elements: [T], count: Int? = nil) {
        append(UInt64(count ?? elements.count))
        elements.withUnsafeBytes { bytes.append(contentsOf: $0) }
        pad()
    }

    /// Appends a string column as two columns: offsets, then bytes.
    mutating func column(_ strings: StringColumn) {
        column(strings.offsets)
        column(strings.bytes)
    }

    /// Appends zero bytes up to the next multiple of 8.
    mutating func pad() {
        while bytes.count % 8 != 0 { bytes.append(0) }
    }
}

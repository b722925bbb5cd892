#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A column of strings kept as one UTF-8 byte buffer and an offset per string.
///
/// Two allocations however many strings, and saved or loaded with two bulk copies.
struct StringColumn: Sendable, Equatable {
    /// The concatenated UTF-8 bytes of every string.
    private(set) var bytes: [UInt8] = []
    /// `offsets[i] ..< offsets[i + 1]` are the bytes of string `i`; `offsets[0] == 0`.
    private(set) var offsets: [UInt64] = [0]

    /// Makes an empty column.
    init() {}

    /// Makes a column from loaded parts; the caller has validated them (see ``isValid``).
    init(bytes: [UInt8], offsets: [UInt64]) {
        self.bytes = bytes
        self.offsets = offsets
    }

    /// Whether loaded parts form a column: offsets start at 0, never decrease, end at the byte count.
    static func isValid(bytes: [UInt8], offsets: [UInt64]) -> Bool {
        guard offsets.first == 0, offsets.last == UInt64(bytes.count) else { return false }
        var previous: UInt64 = 0
        for offset in offsets {
            if offset < previous { return false }
            previous = offset
        }
        return true
    }

    /// The number of strings.
    var count: Int { offsets.count - 1 }

    /// Appends a string and returns its index.
    /// - Complexity: amortised O(*length*).
    @discardableResult
    mutating func append(_ string: String) -> Int {
        var copy = string
        copy.withUTF8 { append(bytes: $0) }
        return count - 1
    }

    /// Appends a string given as UTF-8 bytes.
    /// - Complexity: amortised O(*length*).
    mutating func append<C: Collection<UInt8>>(bytes new: C) {
        bytes.append(contentsOf: new)
        offsets.append(UInt64(bytes.count))
    }

    /// The byte range of string `i`.
    func range(_ i: Int) -> Range<Int> { Int(offsets[i]) ..< Int(offsets[i + 1]) }

    /// The bytes of string `i`.
    /// - Complexity: O(1).
    func utf8(_ i: Int) -> ArraySlice<UInt8> { bytes[range(i)] }

    /// Calls `body` with the bytes of string `i`, in place.
    /// - Complexity: O(1) beyond `body`.
    @inline(__always)
    func withUTF8<R>(_ i: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        let r = range(i)
        return try bytes.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[r])) }
    }

    /// String `i`, decoded (invalid UTF-8 is repaired, never trapped on).
    /// - Complexity: O(*length*).
    subscript(i: Int) -> String { String(decoding: utf8(i), as: UTF8.self) }

    /// Whether string `i` has exactly `other` as its bytes.
    /// - Complexity: O(*length*), comparing contiguous buffers directly when it can.
    func equals<C: Collection<UInt8>>(_ i: Int, _ other: C) -> Bool {
        let r = range(i)
        let fast = other.withContiguousStorageIfAvailable { o in
            bytes.withUnsafeBufferPointer { b in
                guard o.count == r.count else { return false }
                guard let x = b.baseAddress, let y = o.baseAddress, o.count > 0 else { return true }
                return memcmp(x + r.lowerBound, y, o.count) == 0
            }
        }
        return fast ?? utf8(i).elementsEqual(other)
    }
}

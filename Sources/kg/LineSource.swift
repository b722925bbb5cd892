import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Reads a file or a buffer line by line in bounded memory: a line longer than the limit is
/// reported as too long and skipped without being held whole.
struct LineSource {
    /// One line: its 1-based number, its bytes (without the newline) or too long, and how many
    /// input bytes it took (newline included).
    struct Line {
        /// A line's bytes, or the fact that it was over the limit (its bytes were dropped).
        enum Content { case bytes([UInt8]), tooLong }
        /// 1-based line number.
        var number: Int
        /// The bytes, or `.tooLong`.
        var content: Content
        /// Bytes of input the line took, its newline included.
        var inputBytes: Int
    }

    private let handle: FileHandle
    private var buffer: [UInt8]
    private var position = 0
    private var exhausted: Bool
    private var lineNumber = 0
    private let maxLineBytes: Int

    /// Lines of an open file, read in 1 MB chunks, after `prefix` (bytes already read from it).
    init(handle: FileHandle, prefix: [UInt8] = [], maxLineBytes: Int) {
        self.handle = handle
        buffer = prefix
        exhausted = false
        self.maxLineBytes = maxLineBytes
    }

    /// The next line, or `nil` at the end of the input.
    /// - Complexity: O(length of the line); memory O(min(length, limit) + chunk size).
    mutating func next() -> Line? {
        var line: [UInt8] = []
        var tooLong = false
        var taken = 0
        while true {
            if position == buffer.count {
                if !refill() {
                    if taken == 0 { return nil }
                    lineNumber += 1
                    return Line(number: lineNumber, content: tooLong ? .tooLong : .bytes(line), inputBytes: taken)
                }
            }
            let end = newline(from: position) ?? buffer.count
            taken += end - position
            if !tooLong {
                if line.count + (end - position) > maxLineBytes {
                    tooLong = true
                    line = []
                } else {
                    line.append(contentsOf: buffer[position ..< end])
                }
            }
            let foundNewline = end < buffer.count
            position = foundNewline ? end + 1 : end
            if foundNewline {
                lineNumber += 1
                return Line(number: lineNumber, content: tooLong ? .tooLong : .bytes(line), inputBytes: taken + 1)
            }
        }
    }

    /// The index of the first newline in the buffer at or after `start`, found with `memchr`.
    private func newline(from start: Int) -> Int? {
        buffer.withUnsafeBufferPointer { bytes in
            guard let base = bytes.baseAddress, start < bytes.count,
                  let found = memchr(base + start, 0x0A, bytes.count - start) else { return nil }
            return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
        }
    }

    private mutating func refill() -> Bool {
        guard !exhausted else { return false }
        let chunk = (try? handle.read(upToCount: 1 << 20)) ?? nil
        guard let chunk, !chunk.isEmpty else {
            exhausted = true
            return false
        }
        buffer = Array(chunk)
        position = 0
        return true
    }
}
